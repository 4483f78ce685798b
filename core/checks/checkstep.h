#pragma once

#include "core/checks/runinput.h"
#include "core/checks/stepoutcomes.h"
#include "core/checks/stepresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace SmtpDoctor {

class DomainChecker;
class OAuthSignIn;
class PortSweep;
class SmtpSession;
class Transcript;

// What the runner gives a step: the run's input and the earlier steps' outcomes to read, and the
// runner's own tools to use (its transcript, its port sweep, its open connection and, for an OAuth run,
// its browser sign-in, and the sender-domain check it started with the run; null when there is none).
// The runner owns all of them.
struct StepContext
{
    const RunInput& input;
    const RunOutcomes& earlier;
    Transcript* transcript = nullptr;
    PortSweep* sweep = nullptr;
    SmtpSession* session = nullptr;
    OAuthSignIn* signIn = nullptr;
    DomainChecker* domainCheck = nullptr;

    const AccountSettings& settings() const { return input.settings; }
};

// One item of the checklist. start() begins the work; the step ends with exactly one finished(), after
// which the runner asks it for its outcome (recordOutcome()).
class CheckStep : public QObject
{
    Q_OBJECT
public:
    CheckStep(const StepContext& context, QObject* parent = nullptr);
    virtual StepId id() const = 0;
    void start();
    virtual void cancel() { }
    // Writes this step's typed outcome, if it hands one on, into `outcomes` (once, after finished()).
    virtual void recordOutcome(RunOutcomes& /*outcomes*/) const { }

signals:
    void activity(const SmtpDoctor::LocalizedText& text);
    void finished(const SmtpDoctor::StepResult& result);

protected:
    virtual void run() = 0;
    void finish(StepStatus status, const LocalizedText& summary, const QList<Finding>& findings = {});
    // Ends with a result made elsewhere (its id and duration are this step's).
    void finish(const StepResult& result);
    // Skip because `earlier` did not work; the finding (this step's "not run" id) names it.
    void skipBecause(StepId earlier);
    // Status from the findings: any error fails, any warning warns, else passes.
    static StepStatus statusFor(const QList<Finding>& findings);

    const StepContext m_ctx;

private:
    QElapsedTimer m_clock;
    bool m_finished = false;
};

// The result of a step that cannot run because `earlier` failed: "Not checked, because ... did not work."
StepResult notRunResult(StepId step, StepId earlier);

} // namespace SmtpDoctor
