#include "core/report/report.h"

namespace SmtpDoctor {

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
        const QList<LocalizedText::Arg> args { settings.shownHost(), QString::number(recommendation->port),
            securityLabel(recommendation->security) };
        if (signedIn && settings.signIn == SignInMethod::OAuth)
            return { "Report",
                QT_TRANSLATE_NOOP("Report",
                    "Everything works: use %1, port %2 with %3, and sign in through the browser (OAuth "
                    "2.0)."),
                args };
        return signedIn ? LocalizedText { "Report",
            QT_TRANSLATE_NOOP("Report", "Everything works: use %1, port %2 with %3."), args }
                        : LocalizedText { "Report",
                              QT_TRANSLATE_NOOP("Report",
                                  "The server works: use %1, port %2 with %3. Sign-in was not tested."),
                              args };
    }
    return { "Report",
        QT_TRANSLATE_NOOP(
            "Report", "No problem was found, but no working settings could be confirmed either.") };
}

} // namespace SmtpDoctor
