#include "core/report/report.h"

#include "core/settings/usernameform.h"

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

const Finding* Report::firstWarning() const
{
    for (const StepResult& s : steps) {
        if (s.status != StepStatus::Warn)
            continue;
        for (const Finding& f : s.findings)
            if (f.severity == Severity::Warning)
                return &f;
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

LocalizedText Report::domainHeadline(const Finding& problem) const
{
    // Only the domain step failed: sending works, receiving servers are what may refuse the mail, and
    // the fix is in the domain's DNS, which is neither this computer nor the mail provider's server.
    if (stepOf(problem.id) != StepId::Domain)
        return {};
    const LocalizedText who { "Report",
        QT_TRANSLATE_NOOP("Report",
            "This is fixed in the DNS settings of the domain, by whoever manages it (often in the control "
            "panel of your web host or domain registrar).") };
    const QString domain = domainOf(settings.email);
    if (recommendation && signedIn)
        return { "Report",
            QT_TRANSLATE_NOOP("Report",
                "Mail can be sent (use %1, port %2 with %3), but receiving servers may refuse it because of "
                "the settings of your domain %4: %5. %6"),
            { settings.shownHost(), QString::number(recommendation->port),
                securityLabel(recommendation->security), domain, problem.title(), who } };
    return { "Report",
        QT_TRANSLATE_NOOP("Report",
            "Receiving servers may refuse mail from your domain %1 because of its settings: %2. %3"),
        { domain, problem.title(), who } };
}

LocalizedText Report::headline() const
{
    const Finding* problem = mainProblem();
    if (!problem) {
        // "Everything works" beside a warning sign reads as a contradiction: name what to look at.
        const Finding* caution = firstWarning();
        if (caution && recommendation && signedIn)
            return { "Report",
                QT_TRANSLATE_NOOP("Report", "Mail can be sent: use %1, port %2 with %3. One thing needs attention: %4."),
                { settings.shownHost(), QString::number(recommendation->port),
                    securityLabel(recommendation->security), caution->title() } };
        return verdict();
    }
    if (const LocalizedText domain = domainHeadline(*problem); !domain.isEmpty())
        return domain;
    LocalizedText where;
    switch (problem->side) {
    case Side::You:
        where = { "Report", QT_TRANSLATE_NOOP("Report", "in your settings or on this computer") };
        break;
    case Side::Network:
        where = { "Report",
            QT_TRANSLATE_NOOP("Report", "in the network (internet provider, firewall or antivirus)") };
        break;
    case Side::Server:
        where = { "Report", QT_TRANSLATE_NOOP("Report", "on your mail provider's server") };
        break;
    case Side::Recipient:
        where = { "Report", QT_TRANSLATE_NOOP("Report", "on the receiving side") };
        break;
    }
    return { "Report", QT_TRANSLATE_NOOP("Report", "%1 — the cause is %2."), { problem->title(), where } };
}

} // namespace SmtpDoctor
