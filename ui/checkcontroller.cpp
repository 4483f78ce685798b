#include "ui/checkcontroller.h"

#include "core/checks/checkrunner.h"

namespace SmtpDoctor {

CheckController::CheckController(QObject* parent)
    : QObject(parent)
{
}

CheckController::~CheckController()
{
    if (m_runner)
        m_runner->disconnect(this);
    delete m_runner; // closes any socket still open
}

void CheckController::start(const RunInput& input, const QString& helpdesk)
{
    if (m_runner) {
        m_runner->disconnect(this); // the old run ends quietly: the pages are about to show the new one
        m_runner->cancel();
        m_runner->deleteLater();
    }
    m_settings = input.settings;
    m_helpdesk = helpdesk;
    m_hasReport = false;
    m_cancelled = false;
    m_finalElapsedMs = 0;
    m_report = Report();
    m_runner = new CheckRunner(input, this);
    m_steps = m_runner->steps();
    connect(m_runner, &CheckRunner::stepStarted, this, &CheckController::stepStarted);
    connect(m_runner, &CheckRunner::activity, this, &CheckController::activity);
    connect(m_runner, &CheckRunner::browserSignInRequested, this, &CheckController::browserSignInRequested);
    connect(m_runner, &CheckRunner::browserSignInEnded, this, &CheckController::browserSignInEnded);
    connect(m_runner, &CheckRunner::stepFinished, this, [this](const StepResult& result) {
        if (result.leftOut)
            m_steps.removeAll(result.id);
        emit stepFinished(result);
    });
    connect(m_runner, &CheckRunner::finished, this, &CheckController::onRunnerFinished);
    m_clock.start();
    emit started();
    m_runner->start();
}

void CheckController::cancel()
{
    if (m_runner && m_runner->isRunning())
        m_runner->cancel(); // emits finished() before it returns
}

void CheckController::cancelSignIn()
{
    if (m_runner)
        m_runner->cancelSignIn();
}

bool CheckController::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

qint64 CheckController::elapsedMs() const
{
    if (isRunning())
        return m_clock.elapsed();
    return m_finalElapsedMs;
}

bool CheckController::signInPassed() const
{
    return m_hasReport && m_report.signedIn; // also when only the other user name form worked
}

void CheckController::onRunnerFinished()
{
    m_finalElapsedMs = m_clock.elapsed();
    m_cancelled = m_runner->wasCancelled();
    m_report = Report(m_runner->record());
    m_report.helpdesk = m_helpdesk;
    m_hasReport = !m_cancelled;
    emit finished(m_cancelled);
}

} // namespace SmtpDoctor
