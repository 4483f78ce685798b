#pragma once

#include "core/checks/runinput.h"
#include "core/checks/stepresult.h"
#include "core/report/report.h"
#include "core/settings/accountsettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace SmtpDoctor {

class CheckRunner;

// One check run at a time for the wizard: wraps core's CheckRunner (the same one `smtpdoctor check`
// uses), keeps the last report after the runner is gone and times the run for the elapsed-time label.
// The pages only listen to these signals; none of them probes anything itself.
class CheckController : public QObject
{
    Q_OBJECT
public:
    explicit CheckController(QObject* parent = nullptr);
    ~CheckController() override;

    // Cancels a run still going, then starts a new one.
    void start(const RunInput& input, const QString& helpdesk);
    void cancel();
    // Ends the wait for the browser sign-in; the run goes on and reports it as not finished.
    void cancelSignIn();

    bool isRunning() const;
    bool hasReport() const { return m_hasReport; }
    bool wasCancelled() const { return m_cancelled; }
    QList<StepId> steps() const { return m_steps; }
    qint64 elapsedMs() const;
    // The last finished run (helpdesk contact included); valid when hasReport().
    const Report& report() const { return m_report; }
    AccountSettings lastSettings() const { return m_settings; }
    // True once a run's sign-in step passed (the moment to store a password the user wants remembered).
    bool signInPassed() const;

signals:
    void started();
    void stepStarted(SmtpDoctor::StepId id);
    void activity(const SmtpDoctor::LocalizedText& text);
    // The run waits for the user to sign in at `url` in the browser, until browserSignInEnded().
    void browserSignInRequested(const QUrl& url);
    void browserSignInEnded();
    void stepFinished(const SmtpDoctor::StepResult& result);
    void finished(bool cancelled);

private:
    void onRunnerFinished();

    QPointer<CheckRunner> m_runner;
    QList<StepId> m_steps;
    AccountSettings m_settings;
    QString m_helpdesk;
    Report m_report;
    QElapsedTimer m_clock;
    qint64 m_finalElapsedMs = 0;
    bool m_hasReport = false;
    bool m_cancelled = false;
};

} // namespace SmtpDoctor
