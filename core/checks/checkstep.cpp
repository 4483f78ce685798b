#include "core/checks/checkstep.h"

namespace SmtpDoctor {

CheckStep::CheckStep(const StepContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
{
}

void CheckStep::start()
{
    m_clock.start();
    run();
}

void CheckStep::finish(StepStatus status, const LocalizedText& summary, const QList<Finding>& findings)
{
    StepResult result;
    result.status = status;
    result.summary = summary;
    result.findings = findings;
    finish(result);
}

void CheckStep::finish(const StepResult& made)
{
    if (m_finished)
        return;
    m_finished = true;
    StepResult result = made;
    result.id = id();
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished(result);
}

void CheckStep::skipBecause(StepId earlier)
{
    const StepResult skipped = notRunResult(id(), earlier);
    finish(skipped.status, skipped.summary, skipped.findings);
}

StepStatus CheckStep::statusFor(const QList<Finding>& findings)
{
    StepStatus status = StepStatus::Pass;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error)
            return StepStatus::Fail;
        if (f.severity == Severity::Warning)
            status = StepStatus::Warn;
    }
    return status;
}

StepResult notRunResult(StepId step, StepId earlier)
{
    StepResult r;
    r.id = step;
    r.status = StepStatus::Skip;
    // The earlier step's title stays a LocalizedText: it follows a later language switch.
    r.summary = { "CheckStep", QT_TRANSLATE_NOOP("CheckStep", "Not checked, because \"%1\" did not work."),
        { stepTitle(earlier) } };
    if (const std::optional<FindingId> finding = notRunFinding(step))
        r.findings = { Finding::make(*finding, { stepTitle(earlier) }) };
    return r;
}

} // namespace SmtpDoctor
