#include "core/checks/checkstep.h"

namespace SmtpDoctor {

CheckStep::CheckStep(CheckContext& context, QObject* parent)
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
    if (m_finished)
        return;
    m_finished = true;
    StepResult result;
    result.id = id();
    result.status = status;
    result.summary = summary;
    result.findings = findings;
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_ctx.results.insert(result.id, result);
    emit finished(result);
}

void CheckStep::skipBecause(StepId earlier, const QString& findingId)
{
    finish(StepStatus::Skip,
        { "CheckStep", QT_TRANSLATE_NOOP("CheckStep", "Not checked, because \"%1\" did not work."), { stepTitle(earlier).toString() } },
        { Finding::make(findingId, { stepTitle(earlier).toString() }) });
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

} // namespace SmtpDoctor
