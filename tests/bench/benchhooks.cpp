// See benchhooks.h: numbers for tests/bench/bench.py, printed on stderr.
#include "benchhooks.h"

#include "ui/accountmodel.h"
#include "ui/checkcontroller.h"
#include "ui/mainwizard.h"
#include "ui/pageid.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>

namespace SmtpDoctor::BenchHooks {
namespace {

double monotonicMs()
{
    // steady_clock is CLOCK_MONOTONIC on Linux, the clock Python's time.monotonic() reads.
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The longest the GUI thread's event loop went without running a 1 ms timer.
class Heartbeat : public QObject
{
public:
    explicit Heartbeat(QObject* parent)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.nsecsElapsed();
            m_maxGapNs = qMax(m_maxGapNs, gap);
            const double cpu = threadCpuMs();
            // The GUI thread's own CPU time in the stall: on a loaded machine the wall time also counts
            // waiting for a core, this does not.
            if (m_verbose && gap > 10'000'000)
                std::fprintf(stderr, "bench: stall of %.1f ms (GUI thread CPU %.1f ms) ending at %.1f ms\n",
                    double(gap) / 1e6, cpu - m_cpuMs, sinceStartMs());
            m_cpuMs = cpu;
            m_clock.restart();
        });
    }
    // A page change lasts from the click to the end of the window's first paint after it: what the user
    // waits for. Work the new page queues behind that paint shows in the stalls, not here.
    void beginPageChange(const char* page)
    {
        m_pageChange = page;
        m_clicked = false;
        m_pageChangeStartMs = sinceStartMs();
        m_pageChangeCpuMs = threadCpuMs();
    }
    // The click's own repaints (the button going down and up) are not the new page's.
    void clicked() { m_clicked = m_pageChange != nullptr; }
    void windowPainted()
    {
        if (!m_pageChange || !m_clicked)
            return;
        const double wallMs = sinceStartMs() - m_pageChangeStartMs;
        const double cpuMs = threadCpuMs() - m_pageChangeCpuMs;
        if (m_verbose)
            std::fprintf(stderr, "bench: page change to %s: %.1f ms (GUI thread CPU %.1f ms)\n", m_pageChange,
                wallMs, cpuMs);
        std::fprintf(stderr, "page-change-ms=%s:%.3f:%.3f\n", m_pageChange, wallMs, cpuMs);
        m_pageChange = nullptr;
        m_clicked = false;
    }
    void start()
    {
        m_cpuMs = threadCpuMs();
        m_run.start();
        m_clock.start();
        m_timer.start();
    }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    double sinceStartMs() const { return double(m_run.nsecsElapsed()) / 1e6; }

private:
    const bool m_verbose = qEnvironmentVariableIntValue("SMTPDOCTOR_BENCH_VERBOSE") == 1;
    QElapsedTimer m_run;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_maxGapNs = 0;
    double m_cpuMs = 0;
    const char* m_pageChange = nullptr;
    bool m_clicked = false;
    double m_pageChangeStartMs = 0;
    double m_pageChangeCpuMs = 0;
};

// Tells the heartbeat when the wizard has painted: an update request is the whole window's paint and
// flush, so the filter delivers it itself and reports once it is done.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget* window, Heartbeat* heartbeat)
        : QObject(window)
        , m_heartbeat(heartbeat)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::UpdateRequest || m_delivering)
            return false;
        m_delivering = true;
        QCoreApplication::sendEvent(watched, event);
        m_delivering = false;
        m_heartbeat->windowPainted();
        return true;
    }

private:
    Heartbeat* m_heartbeat;
    bool m_delivering = false;
};

// Calls `onShown` once, after the window's first exposure has been painted.
class FirstExposure : public QObject
{
public:
    FirstExposure(QWindow* window, std::function<void()> onShown)
        : QObject(window)
        , m_onShown(std::move(onShown))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        auto* window = qobject_cast<QWindow*>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed()) {
            window->removeEventFilter(this);
            // The expose handler paints synchronously; the zero timer runs once that is done.
            QTimer::singleShot(0, this, m_onShown);
        }
        return false;
    }

private:
    std::function<void()> m_onShown;
};

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

void finishWith(int code)
{
    std::fflush(stderr);
    QTimer::singleShot(0, qApp, [code] { QCoreApplication::exit(code); });
}

void mark(const Heartbeat* heartbeat, const char* what)
{
    if (qEnvironmentVariableIntValue("SMTPDOCTOR_BENCH_VERBOSE") == 1)
        std::fprintf(stderr, "bench: %.1f ms: %s\n", heartbeat->sinceStartMs(), what);
}

void clickNext(MainWizard& wizard, Heartbeat* heartbeat, const char* page)
{
    heartbeat->beginPageChange(page);
    WizardDriver::click(WizardDriver::wizardButton(wizard, QWizard::NextButton));
    heartbeat->clicked();
    if (qEnvironmentVariableIntValue("SMTPDOCTOR_BENCH_VERBOSE") == 1)
        std::fprintf(stderr, "bench: %.1f ms: %s page shown\n", heartbeat->sinceStartMs(), page);
}

void autorun(MainWizard& wizard, Heartbeat* heartbeat)
{
    QFile passwordFile(env("SMTPDOCTOR_BENCH_PASSWORD_FILE"));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench: cannot read SMTPDOCTOR_BENCH_PASSWORD_FILE\n");
        finishWith(2);
        return;
    }
    QByteArray password = passwordFile.readAll();
    while (password.endsWith('\n') || password.endsWith('\r'))
        password.chop(1);
    AccountModel* model = wizard.accountModel();
    model->setEmail(env("SMTPDOCTOR_BENCH_USER"));
    model->setHostText(env("SMTPDOCTOR_BENCH_HOST"));
    model->setUser(env("SMTPDOCTOR_BENCH_USER"));
    model->setPassword(QString::fromUtf8(password));
    model->setCaFile(env("SMTPDOCTOR_BENCH_CA_FILE"));

    CheckController* controller = wizard.checkController();
    if (qEnvironmentVariableIntValue("SMTPDOCTOR_BENCH_VERBOSE") == 1) {
        QObject::connect(controller, &CheckController::stepStarted, &wizard, [heartbeat](StepId id) {
            std::fprintf(stderr, "bench: step %s starts at %.1f ms\n", qPrintable(stepIdName(id)),
                heartbeat->sinceStartMs());
        });
        QObject::connect(
            controller, &CheckController::activity, &wizard, [heartbeat](const LocalizedText& text) {
                std::fprintf(
                    stderr, "bench: %.1f ms: %s\n", heartbeat->sinceStartMs(), qPrintable(text.sourceText()));
            });
    }
    QObject::connect(controller, &CheckController::finished, &wizard, [&wizard, controller, heartbeat](bool) {
        mark(heartbeat, "run finished");
        // The result page a moment later, as a user would click Next: its layout is part of the run.
        QTimer::singleShot(50, &wizard, [&wizard, heartbeat] { clickNext(wizard, heartbeat, "result"); });
        QTimer::singleShot(500, &wizard, [controller, heartbeat] {
            std::fprintf(stderr, "max-stall-ms=%.3f\nsigned-in=%d\n", heartbeat->maxGapMs(),
                controller->signInPassed() ? 1 : 0);
            finishWith(0);
        });
    });
    // One page at a time, 50 ms apart (far quicker than anyone reads), as clicks would come.
    QTimer::singleShot(50, &wizard, [&wizard, heartbeat] {
        clickNext(wizard, heartbeat, "account"); // Welcome → Account
        QTimer::singleShot(50, &wizard, [&wizard, heartbeat] {
            clickNext(wizard, heartbeat, "checking"); // Account → Checking: starts the run
            if (wizard.currentId() != CheckingPageId) {
                std::fprintf(stderr, "bench: the account page did not accept the settings\n");
                finishWith(2);
            }
        });
    });
}

} // namespace

void install(MainWizard& wizard)
{
    const bool startup = env("SMTPDOCTOR_BENCH_STARTUP") == QLatin1String("1");
    const bool run = env("SMTPDOCTOR_BENCH_AUTORUN") == QLatin1String("1");
    if (!startup && !run)
        return;
    auto* heartbeat = new Heartbeat(&wizard);
    wizard.winId(); // creates the QWindow to watch
    new FirstExposure(wizard.windowHandle(), [&wizard, heartbeat, startup, run] {
        std::fprintf(stderr, "first-page-monotonic-ms=%.3f\n", monotonicMs());
        if (startup && !run) {
            finishWith(0);
            return;
        }
        heartbeat->start();
        new PaintWatch(&wizard, heartbeat);
        autorun(wizard, heartbeat);
    });
    // Whatever happens, the bench never waits forever on this process.
    QTimer::singleShot(180000, &wizard, [] {
        std::fprintf(stderr, "bench: gave up after 180 s\n");
        finishWith(3);
    });
}

} // namespace SmtpDoctor::BenchHooks
