#pragma once

#include "core/checks/runinput.h"
#include "core/checks/runrecord.h"
#include "core/checks/stepoutcomes.h"
#include "core/smtp/certificatepin.h"

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace SmtpDoctor {

class CheckStep;
class DomainChecker;
class OAuthSignIn;
class PortSweep;
class SmtpSession;
class Transcript;

// Runs the checklist in order for one account and collects the record. The wizard and
// `smtpdoctor check` both drive this same class: start(), watch the signals, read record().
// The runner owns everything a run shares: the transcript, the port sweep, the connection the steps
// work on, for a run that signs in with OAuth the browser sign-in, and for a run with a domain step the
// sender-domain check (started with the run, since its DNS lookups need nothing from SMTP); each step
// reads the input and the earlier steps' outcomes and hands on its own.
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(const RunInput& input, QObject* parent = nullptr);
    ~CheckRunner() override;

    void start();
    // Stops at once: every socket is closed, no further step runs, finished() is emitted.
    void cancel();
    // Ends a browser sign-in still under way (the listener closes at once); the run goes on, and the
    // credentials step reports the sign-in as not finished. False when no sign-in was running.
    bool cancelSignIn();
    bool isSigningIn() const;
    // OAuth: the refresh token to keep after the run (empty when there is none), and whether the
    // provider issued it in this run (a new sign-in, or a rotated one). A secret: the caller saves it in
    // the keychain if the user asked for that, and shows it nowhere.
    QString refreshTokenToKeep() const { return m_outcomes.auth.refreshToken; }
    bool refreshTokenIsNew() const { return m_outcomes.auth.refreshTokenIsNew; }
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    const RunRecord& record() const { return m_record; }
    Transcript* transcript() const { return m_transcript; }
    QList<StepId> steps() const { return m_steps; }

signals:
    void stepStarted(SmtpDoctor::StepId id);
    void activity(const SmtpDoctor::LocalizedText& text);
    // The user must sign in at `url` in the browser: the wizard opens it, the command line prints it
    // (and opens it). browserSignInEnded() follows when the browser came back, or the wait ended.
    void browserSignInRequested(const QUrl& url);
    void browserSignInEnded();
    void stepFinished(const SmtpDoctor::StepResult& result);
    void finished();

protected:
    void customEvent(QEvent* event) override;

private:
    // Begins run number `run` (start() posts it; a run cancelled before then does not begin).
    struct BeginEvent : QEvent
    {
        static inline const QEvent::Type Kind = static_cast<QEvent::Type>(QEvent::registerEventType());
        explicit BeginEvent(int run)
            : QEvent(Kind)
            , run(run)
        {
        }
        const int run;
    };
    void startStep(int index);
    void onStepFinished(const StepResult& result);
    void adoptConnection();
    void wrapUp();
    void emitFinished();
    CheckStep* createStep(StepId id);
    std::optional<Endpoint> recommendation() const;

    RunInput m_input;
    RunOutcomes m_outcomes;
    SharedCertificatePin m_certificatePin = std::make_shared<CertificatePin>();
    Transcript* m_transcript = nullptr;
    PortSweep* m_sweep = nullptr; // from the server step on
    SmtpSession* m_session = nullptr; // the connection the later steps use, once the server step chose it
    OAuthSignIn* m_signIn = nullptr; // OAuth runs only
    QString m_senderDomain; // the domain step's domain, empty when the run has no domain step
    DomainChecker* m_domainCheck = nullptr; // started with the run, read by the domain step at the end
    bool m_waitingForBrowser = false;
    QList<StepId> m_steps;
    int m_index = -1;
    QPointer<CheckStep> m_current;
    RunRecord m_record;
    bool m_running = false;
    bool m_cancelled = false;
    int m_runNumber = 0; // a run cancelled and started again must not begin twice
};

} // namespace SmtpDoctor
