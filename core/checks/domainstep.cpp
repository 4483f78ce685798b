#include "core/checks/domainstep.h"

#include "core/autodetect/providertable.h"
#include "core/domain/domainchecker.h"
#include "core/domain/domainname.h"
#include "core/settings/usernameform.h"

namespace SmtpDoctor {

namespace {

constexpr const char* Ctx = "DomainStep";

bool has(const DomainReport& r, FindingId id)
{
    return std::any_of(
        r.findings.cbegin(), r.findings.cend(), [id](const DomainFinding& f) { return f.id == id; });
}

} // namespace

QString DomainStep::domainFor(const AccountSettings& settings)
{
    if (settings.email.isEmpty())
        return {};
    const QString domain = DomainName::normalized(domainOf(settings.email));
    // A mailbox provider's own domain: its records are the provider's, not the user's, to change.
    if (domain.isEmpty() || ProviderTable::forDomain(domain))
        return {};
    return domain;
}

DomainCheckRequest DomainStep::requestFor(const AccountSettings& settings)
{
    DomainCheckRequest request;
    request.domain = domainFor(settings);
    request.server = settings.host; // the runner keeps to this host: it is the one that works, if any
    request.sender = settings.email;
    request.timeoutMs = settings.timeoutMs();
    return request;
}

StepResult DomainStep::resultFor(const DomainReport& r)
{
    StepResult result;
    result.id = StepId::Domain;
    // Missing DNS answers are never held against the domain: at most a warning here.
    bool unreadable = false;
    const bool reserved = DomainName::isReservedForTests(r.domain);
    const bool reservedAndUnknown = has(r, FindingId::DomainNotFound) && reserved;
    for (const DomainFinding& df : r.findings) {
        Finding f = df.toFinding();
        if (df.id == FindingId::DomainDnsFailed && f.severity == Severity::Error) {
            unreadable = true;
            f.severity = Severity::Warning;
        }
        if (df.id == FindingId::DomainNotFound && reservedAndUnknown)
            f.severity = Severity::Info; // the step is left out (below): nothing here reaches a user
        if (df.id == FindingId::DomainNotFound && !reserved) {
            // Whoever has an address there receives mail there: a domain this computer cannot find is
            // far more often a typing mistake or a DNS that does not see the internet than a domain
            // that is gone. Worth a look, not a verdict on the run.
            f.severity = Severity::Warning;
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("DomainStep",
                    "Check the e-mail address for a typing mistake. If it is right, the DNS this computer "
                    "uses cannot see %1 (for example on a network without internet access)."),
                { r.domain } });
        }
        result.findings << f;
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
        [](const Finding& a, const Finding& b) { return int(a.severity) > int(b.severity); });
    if (reservedAndUnknown || (reserved && unreadable)) {
        // Test and example names: nothing to say unless a DNS server set up for tests serves them.
        result.leftOut = true;
        result.status = StepStatus::Skip;
        result.summary = { Ctx,
            QT_TRANSLATE_NOOP("DomainStep", "Not checked: %1 is a name reserved for tests and examples."),
            { r.domain } };
    } else if (unreadable) {
        result.status = StepStatus::Skip;
        result.summary = { Ctx,
            QT_TRANSLATE_NOOP("DomainStep",
                "Not checked: the DNS records of %1 could not be read, because DNS did not answer."),
            { r.domain } };
    } else {
        result.status = statusFor(result.findings);
        result.summary = r.summary();
    }
    return result;
}

void DomainStep::run()
{
    DomainChecker* checker = m_ctx.domainCheck;
    if (!checker) {
        finish(StepStatus::Skip,
            { Ctx, QT_TRANSLATE_NOOP("DomainStep", "Not checked: the address has no domain to check.") });
        return;
    }
    if (!checker->isRunning()) { // the answers came while the other steps ran
        finish(resultFor(checker->report()));
        return;
    }
    emit activity(
        { Ctx, QT_TRANSLATE_NOOP("DomainStep", "Reading the DNS records of %1 (SPF, DKIM, DMARC, MX)…"),
            { domainFor(m_ctx.settings()) } });
    connect(checker, &DomainChecker::finished, this, [this](const DomainReport& report) {
        m_deadline.stop();
        finish(resultFor(report));
    });
    // The lookups started with the run: they get one timeout from then, not from now.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, checker, &DomainChecker::finishNow);
    m_deadline.start(int(std::max<qint64>(0, m_ctx.settings().timeoutMs() - checker->elapsedMs())));
}

} // namespace SmtpDoctor
