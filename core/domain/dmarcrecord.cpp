#include "core/domain/dmarcrecord.h"

#include "core/domain/taglist.h"

#include <QRegularExpression>

namespace SmtpDoctor {

namespace {

bool parsePolicy(const QString& value, DmarcPolicy* out)
{
    const QString v = value.toLower();
    if (v == QLatin1String("none"))
        *out = DmarcPolicy::None;
    else if (v == QLatin1String("quarantine"))
        *out = DmarcPolicy::Quarantine;
    else if (v == QLatin1String("reject"))
        *out = DmarcPolicy::Reject;
    else
        return false;
    return true;
}

// "mailto:a@example.com,mailto:b@example.org!10m": the valid URIs, and whether any was not.
QStringList reportUris(const QString& value, bool* allValid)
{
    static const QRegularExpression uri(
        QStringLiteral("^(mailto:[^@\\s,!]+@[^@\\s,!]+\\.[^@\\s,!]+|https?://\\S+?)(![0-9]+[kmgt]?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    *allValid = true;
    for (const QString& raw : value.split(QLatin1Char(','))) {
        const QString item = raw.trimmed();
        const QRegularExpressionMatch m = uri.match(item);
        if (m.hasMatch())
            out << m.captured(1);
        else
            *allValid = false;
    }
    return out;
}

} // namespace

QString dmarcPolicyName(DmarcPolicy p)
{
    switch (p) {
    case DmarcPolicy::None:
        return QStringLiteral("none");
    case DmarcPolicy::Quarantine:
        return QStringLiteral("quarantine");
    case DmarcPolicy::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

bool DmarcRecord::isDmarcText(const QString& txt)
{
    static const QRegularExpression version(QStringLiteral("^v[ \t]*=[ \t]*DMARC1[ \t]*(;|$)"));
    return version.match(txt).hasMatch();
}

DmarcRecord DmarcRecord::parse(const QString& text)
{
    DmarcRecord r;
    r.text = text;
    const std::optional<TagList::Tags> tags = TagList::parse(text);
    if (!tags || tags->isEmpty() || tags->first().first != QLatin1String("v")) {
        r.usable = false;
        r.issues << DmarcIssue::Malformed;
        return r;
    }
    bool validRua = false;
    if (const auto rua = TagList::value(*tags, QStringLiteral("rua"))) {
        bool all = true;
        r.reportAddresses = reportUris(*rua, &all);
        validRua = !r.reportAddresses.isEmpty();
        if (!all)
            r.issues << DmarcIssue::BadReportAddress;
    }
    if (const auto ruf = TagList::value(*tags, QStringLiteral("ruf"))) {
        bool all = true;
        r.failureAddresses = reportUris(*ruf, &all);
        if (!all && !r.issues.contains(DmarcIssue::BadReportAddress))
            r.issues << DmarcIssue::BadReportAddress;
    }
    const auto p = TagList::value(*tags, QStringLiteral("p"));
    bool policyOk = p && parsePolicy(*p, &r.policy);
    if (!policyOk) {
        r.issues << DmarcIssue::BadPolicy;
        // RFC 7489 6.6.3: without a valid p=, the record counts as p=none if rua= is valid.
        r.policy = DmarcPolicy::None;
        r.usable = validRua;
    }
    r.subdomainPolicy = r.policy;
    if (const auto sp = TagList::value(*tags, QStringLiteral("sp"))) {
        if (!parsePolicy(*sp, &r.subdomainPolicy)) {
            r.issues << DmarcIssue::BadSubdomainPolicy;
            r.subdomainPolicy = r.policy;
        }
    }
    for (const char* name : { "adkim", "aspf" }) {
        const auto v = TagList::value(*tags, QString::fromLatin1(name));
        if (!v)
            continue;
        const QString mode = v->toLower();
        if (mode != QLatin1String("r") && mode != QLatin1String("s")) {
            if (!r.issues.contains(DmarcIssue::BadAlignment))
                r.issues << DmarcIssue::BadAlignment;
            continue;
        }
        (qstrcmp(name, "adkim") == 0 ? r.strictDkim : r.strictSpf) = mode == QLatin1String("s");
    }
    if (const auto pct = TagList::value(*tags, QStringLiteral("pct"))) {
        bool ok = false;
        const int n = pct->toInt(&ok);
        if (ok && n >= 0 && n <= 100)
            r.percent = n;
        else
            r.issues << DmarcIssue::BadPercent;
    }
    return r;
}

} // namespace SmtpDoctor
