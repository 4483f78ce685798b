// The DMARC part of the domain assessment (RFC 7489): the record, its policy against what SPF and
// DKIM can deliver today, alignment and reports.
#include "core/domain/assessmentparts.h"
#include "core/domain/dmarcrecord.h"
#include "core/domain/domainname.h"

namespace SmtpDoctor::DomainAssessment {

namespace {

constexpr const char* Ctx = "DomainAssessment";

LocalizedText issueText(DmarcIssue issue)
{
    switch (issue) {
    case DmarcIssue::BadPolicy:
        return { Ctx,
            QT_TRANSLATE_NOOP(
                "DomainAssessment", "The policy p= is missing or is not none, quarantine or reject.") };
    case DmarcIssue::BadSubdomainPolicy:
        return { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "The subdomain policy sp= is not none, quarantine or reject; receivers use p= instead.") };
    case DmarcIssue::BadAlignment:
        return { Ctx,
            QT_TRANSLATE_NOOP(
                "DomainAssessment", "adkim= and aspf= may only be r (relaxed) or s (strict).") };
    case DmarcIssue::BadPercent:
        return { Ctx, QT_TRANSLATE_NOOP("DomainAssessment", "pct= must be a number from 0 to 100.") };
    case DmarcIssue::BadReportAddress:
        return { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "A report address (rua= or ruf=) is not of the form mailto:name@example.com; receivers skip "
                "it.") };
    case DmarcIssue::Malformed:
        return { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "The record is not a list of tag=value pairs separated by \";\" that starts with "
                "v=DMARC1.") };
    }
    return {};
}

} // namespace

void assessDmarc(const DomainReport& r, const SpfVerdict& spf, bool dkimWorks, QList<DomainFinding>& out)
{
    if (r.dmarcStatus != DnsStatus::Ok && r.dmarcStatus != DnsStatus::NoData
        && r.dmarcStatus != DnsStatus::NxDomain)
        return; // no answer: domain.dns-failed
    if (r.dmarcRecords.isEmpty()) {
        out << DomainFinding { FindingId::DomainDmarcMissing,
            { r.domain, QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc-reports@%1").arg(r.domain) }, {},
            {} };
        return;
    }
    if (r.dmarcRecords.size() > 1) {
        out << DomainFinding { FindingId::DomainDmarcInvalid,
            { r.dmarcName, r.dmarcRecords.join(QStringLiteral(" | ")) },
            { { Ctx,
                QT_TRANSLATE_NOOP("DomainAssessment",
                    "There are %1 DMARC records at this name; with more than one, receivers use none of "
                    "them."),
                { QString::number(r.dmarcRecords.size()) } } },
            {} };
        return;
    }
    const DmarcRecord d = DmarcRecord::parse(r.dmarcRecords.first());
    const bool atParent = r.dmarcName != QStringLiteral("_dmarc.") + r.domain;
    const DmarcPolicy policy = atParent ? d.subdomainPolicy : d.policy;
    if (!d.issues.isEmpty()) {
        DomainFinding f { FindingId::DomainDmarcInvalid, { r.dmarcName, d.text }, {}, {} };
        for (const DmarcIssue issue : d.issues)
            f.withDetail(issueText(issue));
        if (d.usable)
            f.withSeverity(Severity::Warning);
        out << f;
        if (!d.usable)
            return;
    }
    if (policy != DmarcPolicy::None && !dkimWorks) {
        DomainFinding f { FindingId::DomainDmarcPolicy, { r.domain, dmarcPolicyName(policy) }, {}, {} };
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "No working DKIM key was found for %1, so only SPF can vouch for your mail. Forwarded mail "
                "and mailing lists fail SPF, and with this policy receivers then refuse it."),
            { r.domain } });
        if (!spf.valid || spf.authorises == std::optional<bool>(false)) {
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("DomainAssessment",
                    "SPF does not vouch for your sending server either, so receivers that follow the policy "
                    "refuse your mail right now.") });
        } else {
            f.withSeverity(Severity::Warning);
        }
        out << f;
        return; // the policy is the news; the record itself is in the report's records
    }
    DomainFinding ok { FindingId::DomainDmarcOk, { r.dmarcName, dmarcPolicyName(policy), d.text }, {}, {} };
    if (atParent)
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "%1 has no DMARC record of its own; the record of its parent domain applies to it (with the "
                "subdomain policy sp= when given)."),
            { r.domain } });
    if (policy == DmarcPolicy::None)
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "p=none only watches: receivers deliver failing mail as usual and report it. Once the "
                "reports show that all your mail passes, p=quarantine protects the domain against "
                "forgery.") });
    if (d.reportAddresses.isEmpty())
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "The record asks for no reports (rua=), so nobody learns when mail fails. Add rua=mailto: "
                "with an address that may receive them.") });
    if (d.percent < 100 && policy != DmarcPolicy::None)
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment", "The policy applies to %1% of failing mail only (pct=)."),
            { QString::number(d.percent) } });
    if (d.strictSpf || d.strictDkim)
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "Alignment is strict (aspf=s or adkim=s): mail passes only when SPF or DKIM is for exactly "
                "%1, not a subdomain."),
            { r.domain } });
    out << ok;
}

} // namespace SmtpDoctor::DomainAssessment
