// The domain assessment: DKIM, DMARC, MX, reverse DNS and DNS failures (SPF is in spfassessment.cpp).
#include "core/domain/domainassessment.h"

#include "core/domain/assessmentparts.h"
#include "core/domain/domainname.h"
#include "core/domain/providerrecords.h"

namespace SmtpDoctor::DomainAssessment {

namespace {

constexpr const char* Ctx = "DomainAssessment";

LocalizedText keyProblem(DkimKeyError e)
{
    switch (e) {
    case DkimKeyError::Malformed:
        return { Ctx,
            QT_TRANSLATE_NOOP(
                "DomainAssessment", "The record is not a list of tag=value pairs separated by \";\".") };
    case DkimKeyError::WrongVersion:
        return { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment", "The record must start with v=DKIM1 (or leave v= out).") };
    case DkimKeyError::MissingKey:
        return { Ctx, QT_TRANSLATE_NOOP("DomainAssessment", "The record has no key (no p= part).") };
    case DkimKeyError::BadKeyData:
        return { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "The key after p= is damaged: it is not a complete public key (often cut off, or with extra "
                "characters from copying).") };
    case DkimKeyError::UnknownKeyType:
        return { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment", "The key type (k=) is neither rsa nor ed25519.") };
    case DkimKeyError::NotForEmail:
        return { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment", "The record says (s=) that the key is not for email.") };
    case DkimKeyError::None:
        break;
    }
    return {};
}

bool aligned(const QString& signingDomain, const QString& domain)
{
    return DomainName::isSameOrSubdomain(signingDomain, domain)
        || DomainName::isSameOrSubdomain(domain, signingDomain);
}

void assessMx(const DomainReport& r, QList<DomainFinding>& out)
{
    if (r.mxStatus == DnsStatus::Ok) {
        if (r.mx.size() == 1 && r.mx.first().host.isEmpty()) {
            out << DomainFinding { FindingId::DomainMxNull, { r.domain }, {}, {} };
            return;
        }
        QStringList hosts, dead;
        for (const MxSeen& mx : r.mx) {
            hosts << mx.host;
            if (mx.addressStatus == DnsStatus::NoData || mx.addressStatus == DnsStatus::NxDomain)
                dead << mx.host;
        }
        if (!dead.isEmpty() && dead.size() == hosts.size())
            out << DomainFinding { FindingId::DomainMxUnresolvable,
                { r.domain, dead.join(QStringLiteral(", ")) }, {}, {} };
        else if (!dead.isEmpty())
            out << DomainFinding { FindingId::DomainMxUnresolvable,
                { r.domain, dead.join(QStringLiteral(", ")) }, {}, Severity::Warning };
        else
            out << DomainFinding { FindingId::DomainMxOk, { r.domain, hosts.join(QStringLiteral(", ")) }, {},
                {} };
        return;
    }
    if (r.mxStatus != DnsStatus::NoData)
        return; // no answer: domain.dns-failed says so
    DomainFinding f { FindingId::DomainMxMissing, { r.domain }, {}, {} };
    if (!r.domainAddresses.isEmpty()) {
        f.withSeverity(Severity::Warning);
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "Mail for %1 then goes to the address of %1 itself (%2), which works only if a mail server "
                "answers there."),
            { r.domain, r.domainAddresses.first().toString() } });
    }
    out << f;
}

void assessPtr(const DomainReport& r, QList<DomainFinding>& out)
{
    for (const PtrSeen& p : r.ptr) {
        const QString ip = p.address.toString();
        if (p.status == DnsStatus::NoData || p.status == DnsStatus::NxDomain)
            out << DomainFinding { FindingId::DomainPtrMissing, { ip }, {}, {} };
        else if (p.status == DnsStatus::Ok && !p.confirmedName.isEmpty())
            out << DomainFinding { FindingId::DomainPtrOk, { ip, p.confirmedName }, {}, {} };
        else if (p.status == DnsStatus::Ok && !p.names.isEmpty())
            out << DomainFinding { FindingId::DomainPtrMismatch, { ip, p.names.first() }, {}, {} };
    }
}

void assessDns(const DomainReport& r, QList<DomainFinding>& out)
{
    if (r.unanswered.isEmpty() && r.complete)
        return;
    QStringList names = r.unanswered;
    names.removeDuplicates();
    DomainFinding f { FindingId::DomainDnsFailed, { r.domain, names.mid(0, 8).join(QStringLiteral(", ")) },
        {}, {} };
    const auto answered = [](DnsStatus s) {
        return s == DnsStatus::Ok || s == DnsStatus::NoData || s == DnsStatus::NxDomain;
    };
    const bool nothing = !answered(r.domainStatus) && !answered(r.mxStatus);
    if (nothing) {
        f.withSeverity(Severity::Error);
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "Not even the basic records of %1 could be read, so nothing about the domain could be "
                "checked."),
            { r.domain } });
    }
    if (!r.complete)
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "The check stopped at its time limit before every answer had arrived.") });
    out << f;
}

} // namespace

bool assessDkim(const DomainReport& r, const ProviderRecords* provider, QList<DomainFinding>& out)
{
    bool works = false;
    QStringList providerMissing, commonTried;
    bool providerFound = false;
    for (const DkimKeySeen& k : r.dkim) {
        const bool isVoid = k.status == DnsStatus::NoData || k.status == DnsStatus::NxDomain;
        if (k.origin == SelectorOrigin::Common) {
            commonTried << k.selector;
        }
        if (k.status == DnsStatus::Ok) {
            providerFound = providerFound || k.origin == SelectorOrigin::Provider;
            const bool forDomain = aligned(k.domain, r.domain);
            if (k.key.revoked) {
                out << DomainFinding { FindingId::DomainDkimRevoked, { k.name() }, {}, {} };
            } else if (k.key.error != DkimKeyError::None) {
                out << DomainFinding { FindingId::DomainDkimInvalid, { k.name() },
                    { keyProblem(k.key.error) }, {} };
            } else if (k.key.keyType == QLatin1String("rsa") && k.key.bits < 1024) {
                out << DomainFinding { FindingId::DomainDkimWeakKey,
                    { k.name(), QString::number(k.key.bits) }, {}, {} };
            } else {
                DomainFinding f { FindingId::DomainDkimOk,
                    { k.name(), k.key.keyType, QString::number(k.key.bits) }, {}, {} };
                if (k.key.keyType == QLatin1String("rsa") && k.key.bits < 2048)
                    f.withDetail({ Ctx,
                        QT_TRANSLATE_NOOP("DomainAssessment",
                            "A 1024-bit key still works, but 2048 bits is recommended today.") });
                if (k.key.testing)
                    f.withDetail({ Ctx,
                        QT_TRANSLATE_NOOP("DomainAssessment",
                            "The key is marked as a test (t=y): some receivers do not act on its "
                            "results.") });
                if (!k.cnames.isEmpty())
                    f.withDetail({ Ctx,
                        QT_TRANSLATE_NOOP(
                            "DomainAssessment", "The name points (CNAME) to %1, where the key is."),
                        { k.cnames.last() } });
                out << f;
                works = works || forDomain;
            }
            continue;
        }
        if (!isVoid)
            continue; // no answer: domain.dns-failed
        if (k.origin == SelectorOrigin::Provider) {
            providerMissing << k.selector;
        } else if (k.origin != SelectorOrigin::Common) {
            DomainFinding f { FindingId::DomainDkimMissing, { k.domain, k.selector }, {}, {} };
            if (provider)
                f.withDetail(provider->dkimInstructions());
            out << f;
        }
    }
    if (!providerMissing.isEmpty() && !providerFound) {
        DomainFinding f { FindingId::DomainDkimMissing,
            { r.domain, providerMissing.join(QStringLiteral(" / ")) }, {}, {} };
        f.withDetail(provider->dkimInstructions());
        out << f;
    }
    for (const QString& d : r.signatureDomains) {
        if (!aligned(d, r.domain)) {
            out << DomainFinding { FindingId::DomainDkimForeignSignature, { d, r.domain }, {}, {} };
            break;
        }
    }
    const bool onlyGuessed = std::all_of(r.dkim.cbegin(), r.dkim.cend(),
        [](const DkimKeySeen& k) { return k.origin == SelectorOrigin::Common; });
    const bool anyFound = std::any_of(
        r.dkim.cbegin(), r.dkim.cend(), [](const DkimKeySeen& k) { return k.status == DnsStatus::Ok; });
    if (onlyGuessed && !anyFound && !commonTried.isEmpty()) {
        const bool allAnswered = std::all_of(r.dkim.cbegin(), r.dkim.cend(), [](const DkimKeySeen& k) {
            return k.status == DnsStatus::NoData || k.status == DnsStatus::NxDomain;
        });
        if (allAnswered)
            out << DomainFinding { FindingId::DomainDkimNotFound,
                { r.domain, commonTried.join(QStringLiteral(", ")) }, {}, {} };
    }
    return works;
}

QList<DomainFinding> assess(const DomainReport& r)
{
    QList<DomainFinding> out;
    if (r.domainStatus == DnsStatus::NxDomain
        && (r.mxStatus == DnsStatus::NxDomain || r.mxStatus == DnsStatus::NoData)) {
        out << DomainFinding { FindingId::DomainNotFound, { r.domain }, {}, {} };
        assessPtr(r, out);
        return out;
    }
    const ProviderRecords* provider = ProviderRecordsTable::byId(r.providerId);
    const SpfVerdict spf = assessSpf(r, provider, out);
    const bool dkimWorks = assessDkim(r, provider, out);
    assessDmarc(r, spf, dkimWorks, out);
    assessMx(r, out);
    assessPtr(r, out);
    assessDns(r, out);
    std::stable_sort(out.begin(), out.end(), [](const DomainFinding& a, const DomainFinding& b) {
        return int(a.toFinding().severity) > int(b.toFinding().severity);
    });
    return out;
}

} // namespace SmtpDoctor::DomainAssessment
