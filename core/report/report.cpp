#include "core/report/report.h"

namespace SmtpDoctor {

bool Report::anyFailed() const
{
    for (const StepResult& s : steps)
        if (s.status == StepStatus::Fail)
            return true;
    return false;
}

const StepResult* Report::step(StepId id) const
{
    for (const StepResult& s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Finding* Report::mainProblem() const
{
    for (const StepResult& s : steps) {
        if (s.status != StepStatus::Fail)
            continue;
        for (const Finding& f : s.findings)
            if (f.severity == Severity::Error)
                return &f;
        if (!s.findings.isEmpty())
            return &s.findings.first();
    }
    return nullptr;
}

LocalizedText Report::verdict() const
{
    if (const Finding* problem = mainProblem())
        return problem->title();
    if (recommendation) {
        const bool authTested = step(StepId::Auth) && step(StepId::Auth)->status == StepStatus::Pass;
        const QStringList args { settings.shownHost(), QString::number(recommendation->port), securityLabel(recommendation->security).toString() };
        return authTested
            ? LocalizedText { "Report", QT_TRANSLATE_NOOP("Report", "Everything works: use %1, port %2 with %3."), args }
            : LocalizedText { "Report", QT_TRANSLATE_NOOP("Report", "The server works: use %1, port %2 with %3. Sign-in was not tested."), args };
    }
    return { "Report", QT_TRANSLATE_NOOP("Report", "No problem was found, but no working settings could be confirmed either.") };
}

} // namespace SmtpDoctor
