// The SPF part of the domain assessment (RFC 7208): presence, one record, syntax and limits over
// the whole include/redirect tree, and whether it allows the server the user sends through.
#include "core/domain/assessmentparts.h"
#include "core/domain/domainassessment.h"
#include "core/domain/domainname.h"
#include "core/domain/providerrecords.h"
#include "core/domain/spfevaluator.h"
#include "core/domain/spfrecord.h"

#include <QRegularExpression>
#include <QSet>

namespace SmtpDoctor::DomainAssessment {

namespace {

constexpr const char* Ctx = "DomainAssessment";

QString recordOf(const SpfEvaluation& e, const QString& domain)
{
    for (const SpfRecordSeen& r : e.records) {
        if (r.domain == domain)
            return r.text;
    }
    return {};
}

// The SPF term that allows the server: a: for a name, ip4:/ip6: for an address (a: takes only names).
QString serverTerm(const QString& server)
{
    const QHostAddress address(server);
    if (address.isNull())
        return QStringLiteral("a:") + server;
    return (address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6:")
                                                                : QStringLiteral("ip4:"))
        + address.toString();
}

// The record to publish for a domain that has none.
DomainFinding missing(const DomainReport& r, const ProviderRecords* provider)
{
    QString record;
    LocalizedText why;
    if (provider && !provider->newSpfRecord(r.server).isEmpty()) {
        record = provider->newSpfRecord(r.server);
        why = { Ctx,
            QT_TRANSLATE_NOOP(
                "DomainAssessment", "This is the value %1 documents for the domains of its customers."),
            { QString::fromLatin1(provider->name) } };
    } else if (!r.server.isEmpty()) {
        record = QStringLiteral("v=spf1 %1 ~all").arg(serverTerm(r.server));
        why = { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "This value allows the server you send through (%1). If your mail provider documents its own "
                "SPF value (often an include:), use that instead."),
            { r.server } };
    } else {
        record = QStringLiteral("v=spf1 mx ~all");
        why = { Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "This value allows the servers that receive your mail (the MX records) to send it too, which "
                "is right for most small hosting services. Ask your mail provider whether it documents "
                "another value.") };
    }
    return DomainFinding { FindingId::DomainSpfMissing, { r.domain, record }, { why }, {} };
}

void treeProblems(const DomainReport& r, const SpfEvaluation& e, QList<DomainFinding>& out)
{
    const QString top = r.spfRecords.value(0);
    for (const SpfProblem& p : e.problems) {
        switch (p.kind) {
        case SpfProblemKind::Syntax: {
            DomainFinding f { FindingId::DomainSpfInvalid, { p.domain, p.term, recordOf(e, p.domain) }, {},
                {} };
            if (p.domain != r.domain)
                f.withDetail({ Ctx,
                    QT_TRANSLATE_NOOP("DomainAssessment",
                        "The record of %1 is used by the SPF record of %2 (include: or redirect=), so the "
                        "error makes the SPF record of %2 unusable too."),
                    { p.domain, r.domain } });
            out << f;
            break;
        }
        case SpfProblemKind::NoRecord:
            out << DomainFinding { FindingId::DomainSpfInvalid, { r.domain, p.term, top },
                { { Ctx,
                    QT_TRANSLATE_NOOP("DomainAssessment",
                        "%1 has no SPF record of its own, so receiving servers treat \"%2\" as an error."),
                    { p.domain, p.term } } },
                {} };
            break;
        case SpfProblemKind::MultipleRecords:
            if (p.domain != r.domain) {
                out << DomainFinding { FindingId::DomainSpfInvalid,
                    { r.domain, QStringLiteral("include:") + p.domain, top },
                    { { Ctx,
                        QT_TRANSLATE_NOOP("DomainAssessment",
                            "%1 publishes more than one SPF record, which receiving servers treat as an "
                            "error."),
                        { p.domain } } },
                    {} };
            }
            break;
        case SpfProblemKind::Loop:
            out << DomainFinding { FindingId::DomainSpfLoop, { r.domain, p.term }, {}, {} };
            break;
        case SpfProblemKind::TooManyLookups: {
            const QString count = e.lookups > SpfEvaluator::HardLookupCap
                ? QStringLiteral("%1+").arg(SpfEvaluator::HardLookupCap)
                : QString::number(e.lookups);
            out << DomainFinding { FindingId::DomainSpfTooManyLookups, { r.domain, count }, {}, {} };
            break;
        }
        case SpfProblemKind::TooManyVoidLookups:
            out << DomainFinding { FindingId::DomainSpfVoidLookups,
                { r.domain, QString::number(e.voidLookups), e.voidNames.join(QStringLiteral(", ")) }, {},
                {} };
            break;
        case SpfProblemKind::TooManyMx:
            out << DomainFinding { FindingId::DomainSpfInvalid, { p.domain, p.term, recordOf(e, p.domain) },
                { { Ctx,
                    QT_TRANSLATE_NOOP("DomainAssessment",
                        "\"%1\" names more than 10 mail servers; receiving servers stop there with an "
                        "error."),
                    { p.term } } },
                {} };
            break;
        case SpfProblemKind::PtrUsed:
            out << DomainFinding { FindingId::DomainSpfPtr, { p.domain }, {}, {} };
            break;
        case SpfProblemKind::PassAll:
            out << DomainFinding { FindingId::DomainSpfAllowAll, { p.domain, recordOf(e, p.domain) }, {},
                {} };
            break;
        case SpfProblemKind::DnsFailure:
            break; // reported as domain.dns-failed with the lookups that got no answer
        }
    }
}

bool isError(SpfProblemKind k)
{
    return k != SpfProblemKind::PtrUsed && k != SpfProblemKind::PassAll && k != SpfProblemKind::DnsFailure;
}

} // namespace

SpfVerdict assessSpf(const DomainReport& r, const ProviderRecords* provider, QList<DomainFinding>& out)
{
    SpfVerdict v;
    if (!(r.domainStatus == DnsStatus::Ok || r.domainStatus == DnsStatus::NoData))
        return v; // the TXT records could not be read (or the domain does not exist)
    if (r.spfRecords.isEmpty()) {
        out << missing(r, provider);
        return v;
    }
    v.present = true;
    if (r.spfRecords.size() > 1) {
        out << DomainFinding { FindingId::DomainSpfMultiple,
            { r.domain, QString::number(r.spfRecords.size()), mergedSpfRecord(r.spfRecords) }, {}, {} };
        return v;
    }
    if (!r.spfSurvey)
        return v;
    const SpfEvaluation& e = *r.spfSurvey;
    treeProblems(r, e, out);
    v.valid = std::none_of(
        e.problems.cbegin(), e.problems.cend(), [](const SpfProblem& p) { return isError(p.kind); });
    const bool unreadable = e.hasProblem(SpfProblemKind::DnsFailure);
    const QString top = r.spfRecords.first();

    QList<LocalizedText> notes;
    bool checked = false;
    bool allowed = false;
    QString entry;
    if (provider && *provider->spfInclude) {
        checked = !unreadable || e.sawDomain(QString::fromLatin1(provider->spfInclude));
        allowed = e.sawDomain(QString::fromLatin1(provider->spfInclude));
        entry = provider->spfEntryFor(r.server);
    } else if (!r.spfChecks.isEmpty()) {
        int pass = 0, decided = 0;
        for (const SpfAuthorisation& a : r.spfChecks) {
            if (a.result == SpfResult::TempError || a.result == SpfResult::PermError)
                continue;
            ++decided;
            pass += a.result == SpfResult::Pass ? 1 : 0;
        }
        checked = decided == r.spfChecks.size();
        allowed = checked && pass == decided;
        entry = provider ? provider->spfEntryFor(r.server) : serverTerm(r.server);
    }
    bool reportedNotAllowed = false;
    if (checked && v.valid) {
        v.authorises = allowed;
        if (!allowed && !entry.isEmpty()) {
            DomainFinding f { FindingId::DomainSpfNotAuthorising,
                { r.domain, serverDescription(r), spfRecordWith(top, entry) }, {}, {} };
            if (provider) {
                f.withDetail({ Ctx,
                    QT_TRANSLATE_NOOP("DomainAssessment",
                        "%1 documents \"%2\" as the SPF entry for its servers, and the record of %3 does not "
                        "contain it."),
                    { QString::fromLatin1(provider->name), entry, r.domain } });
            } else {
                f.withSeverity(Severity::Warning);
                f.withDetail({ Ctx,
                    QT_TRANSLATE_NOOP("DomainAssessment",
                        "SMTP Doctor can only see the server your mail program hands the mail to. Your "
                        "provider may pass it on from other servers, which this check cannot see from "
                        "outside: ask your provider which SPF entry it publishes (often an include:). If "
                        "this server delivers the mail itself, the record above is right.") });
            }
            out << f;
            reportedNotAllowed = true;
        }
    }
    if (!v.valid || reportedNotAllowed)
        return v; // the finding above already shows the record
    DomainFinding ok { FindingId::DomainSpfOk, { r.domain, top }, {}, {} };
    if (v.authorises.value_or(false))
        ok.withDetail(
            { Ctx, QT_TRANSLATE_NOOP("DomainAssessment", "It allows the server you send through: %1."),
                { serverDescription(r) } });
    else if (!checked && r.server.isEmpty())
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "Which server you send through is not known, so whether the record allows it was not "
                "checked.") });
    else if (!checked)
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP(
                "DomainAssessment", "Whether it allows %1 could not be told: not every DNS answer arrived."),
            { r.server } });
    if (e.lookups > 0)
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment", "It needs %1 of the 10 DNS lookups receivers allow."),
            { QString::number(e.lookups) } });
    if (e.dependsOnClient)
        ok.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("DomainAssessment",
                "The record contains macros that depend on each message's sender or server, so its result "
                "can differ from message to message.") });
    out << ok;
    return v;
}

QString mergedSpfRecord(const QStringList& records)
{
    // DNS returns the records in any order: sort them so that the advice is the same every time.
    QStringList sorted = records;
    sorted.sort(Qt::CaseInsensitive);
    QStringList terms;
    QSet<QString> endings;
    for (const QString& record : std::as_const(sorted)) {
        const QStringList words = record.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1);
        for (const QString& w : words) {
            const QString bare = QString(w).remove(QRegularExpression(QStringLiteral("^[-+~?]"))).toLower();
            if (bare == QLatin1String("all"))
                endings.insert(w.toLower());
            else if (!terms.contains(w, Qt::CaseInsensitive))
                terms << w;
        }
    }
    // The gentlest of their endings (never "+all"): merging must not start refusing mail.
    QString all = QStringLiteral("~all");
    if (!endings.contains(QStringLiteral("~all")) && endings.contains(QStringLiteral("-all")))
        all = QStringLiteral("-all");
    if (endings.contains(QStringLiteral("?all")))
        all = QStringLiteral("?all");
    return (QStringList { QStringLiteral("v=spf1") } + terms + QStringList { all }).join(QLatin1Char(' '));
}

QString serverDescription(const DomainReport& r)
{
    QStringList addresses;
    for (const QHostAddress& a : r.serverAddresses)
        addresses << a.toString();
    return addresses.isEmpty()
        ? r.server
        : QStringLiteral("%1 (%2)").arg(r.server, addresses.join(QStringLiteral(", ")));
}

} // namespace SmtpDoctor::DomainAssessment
