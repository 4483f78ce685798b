#include "app/domainreportoutput.h"

#include "core/domain/providerrecords.h"
#include "core/report/jsonreportwriter.h"
#include "core/report/textreportwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SmtpDoctor::DomainReportOutput {

namespace {

QString trText(const char* text)
{
    return QCoreApplication::translate("DomainReportOutput", text);
}

QJsonArray addressArray(const QList<QHostAddress>& addresses)
{
    QJsonArray out;
    for (const QHostAddress& a : addresses)
        out.append(a.toString());
    return out;
}

QString originName(SelectorOrigin o)
{
    switch (o) {
    case SelectorOrigin::Given:
        return QStringLiteral("given");
    case SelectorOrigin::Signature:
        return QStringLiteral("signature");
    case SelectorOrigin::Provider:
        return QStringLiteral("provider");
    case SelectorOrigin::Common:
        return QStringLiteral("common");
    }
    return {};
}

// Long DKIM keys are shortened in the text report; JSON keeps them whole.
QString shortened(const QString& record)
{
    return record.size() > 100 ? record.left(96) + QStringLiteral(" ...") : record;
}

QString addressList(const QList<QHostAddress>& addresses)
{
    QStringList out;
    for (const QHostAddress& a : addresses)
        out << a.toString();
    return out.join(QStringLiteral(", "));
}

} // namespace

QString status(const DomainReport& r)
{
    return r.hasError()  ? QStringLiteral("fail")
        : r.hasWarning() ? QStringLiteral("warn")
                         : QStringLiteral("pass");
}

QString text(const DomainReport& r)
{
    QString out = QCoreApplication::translate("DomainReportOutput", "SMTP Doctor %1: the sender domain %2")
                      .arg(QStringLiteral(SMTPDOCTOR_VERSION), r.domain)
        + QLatin1Char('\n');
    if (!r.server.isEmpty())
        out += QCoreApplication::translate("DomainReportOutput", "Sending server: %1")
                   .arg(r.serverAddresses.isEmpty()
                           ? r.server
                           : QStringLiteral("%1 (%2)").arg(r.server, addressList(r.serverAddresses)))
            + QLatin1Char('\n');
    if (const ProviderRecords* p = ProviderRecordsTable::byId(r.providerId)) {
        out += (r.providerFromMx ? QCoreApplication::translate(
                    "DomainReportOutput", "Mail provider: %1 (from the domain's MX records)")
                                 : QCoreApplication::translate("DomainReportOutput", "Mail provider: %1"))
                   .arg(QString::fromUtf8(p->name))
            + QLatin1Char('\n');
    }
    const QString verdict = r.hasError() ? trText(QT_TRANSLATE_NOOP("DomainReportOutput", "Problems found"))
        : r.hasWarning() ? trText(QT_TRANSLATE_NOOP("DomainReportOutput", "Some things to improve"))
                         : trText(QT_TRANSLATE_NOOP("DomainReportOutput", "No problems found"));
    out += QCoreApplication::translate("DomainReportOutput", "Result: %1").arg(verdict) + QLatin1Char('\n');
    out += r.summary().toString() + QStringLiteral("\n\n");
    for (const DomainFinding& f : r.findings)
        out += TextReportWriter::findingText(f.toFinding(), QString());

    out += QLatin1Char('\n') + trText(QT_TRANSLATE_NOOP("DomainReportOutput", "Records seen:"))
        + QLatin1Char('\n');
    if (r.spfSurvey) {
        for (const SpfRecordSeen& s : r.spfSurvey->records)
            out += QStringLiteral("    SPF    %1%2: %3\n")
                       .arg(QString(s.depth * 2, QLatin1Char(' ')), s.domain, s.text);
    } else {
        for (const QString& s : r.spfRecords)
            out += QStringLiteral("    SPF    %1: %2\n").arg(r.domain, s);
    }
    for (const DkimKeySeen& k : r.dkim) {
        if (!k.record.isEmpty())
            out += QStringLiteral("    DKIM   %1: %2\n").arg(k.name(), shortened(k.record));
    }
    for (const QString& d : r.dmarcRecords)
        out += QStringLiteral("    DMARC  %1: %2\n").arg(r.dmarcName, d);
    for (const MxSeen& mx : r.mx) {
        out += QStringLiteral("    MX     %1 %2%3\n")
                   .arg(QString::number(mx.preference), mx.host.isEmpty() ? QStringLiteral(".") : mx.host,
                       mx.addresses.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(addressList(mx.addresses)));
    }
    for (const PtrSeen& p : r.ptr) {
        if (!p.names.isEmpty())
            out += QStringLiteral("    PTR    %1: %2\n")
                       .arg(p.address.toString(), p.names.join(QStringLiteral(", ")));
    }
    out += QCoreApplication::translate("DomainReportOutput", "DNS: %1 lookups in %2 ms")
               .arg(r.dnsQueries)
               .arg(r.durationMs)
        + QLatin1Char('\n');
    return out;
}

QByteArray json(const DomainReport& r, const QString& language)
{
    QJsonArray findings;
    for (const DomainFinding& f : r.findings)
        findings.append(JsonReportWriter::findingObject(f.toFinding()));

    QJsonArray spf;
    if (r.spfSurvey) {
        for (const SpfRecordSeen& s : r.spfSurvey->records)
            spf.append(QJsonObject { { QStringLiteral("domain"), s.domain },
                { QStringLiteral("text"), s.text }, { QStringLiteral("depth"), s.depth } });
    } else {
        for (const QString& s : r.spfRecords)
            spf.append(QJsonObject { { QStringLiteral("domain"), r.domain }, { QStringLiteral("text"), s },
                { QStringLiteral("depth"), 0 } });
    }
    QJsonArray dkim;
    for (const DkimKeySeen& k : r.dkim) {
        dkim.append(QJsonObject {
            { QStringLiteral("selector"), k.selector },
            { QStringLiteral("domain"), k.domain },
            { QStringLiteral("name"), k.name() },
            { QStringLiteral("origin"), originName(k.origin) },
            { QStringLiteral("status"), dnsStatusName(k.status) },
            { QStringLiteral("record"), k.record.isEmpty() ? QJsonValue() : QJsonValue(k.record) },
            { QStringLiteral("cnames"), QJsonArray::fromStringList(k.cnames) },
            { QStringLiteral("bits"), k.key.bits },
        });
    }
    QJsonArray mx;
    for (const MxSeen& m : r.mx) {
        mx.append(QJsonObject { { QStringLiteral("preference"), int(m.preference) },
            { QStringLiteral("host"), m.host }, { QStringLiteral("addresses"), addressArray(m.addresses) } });
    }
    QJsonArray ptr;
    for (const PtrSeen& p : r.ptr) {
        ptr.append(QJsonObject { { QStringLiteral("address"), p.address.toString() },
            { QStringLiteral("status"), dnsStatusName(p.status) },
            { QStringLiteral("names"), QJsonArray::fromStringList(p.names) },
            { QStringLiteral("confirmed"),
                p.confirmedName.isEmpty() ? QJsonValue() : QJsonValue(p.confirmedName) } });
    }
    QJsonValue spfSummary;
    if (r.spfSurvey) {
        QJsonArray checks;
        for (const SpfAuthorisation& a : r.spfChecks) {
            checks.append(QJsonObject { { QStringLiteral("address"), a.address.toString() },
                { QStringLiteral("result"), spfResultName(a.result) },
                { QStringLiteral("matched"),
                    a.matchedTerm.isEmpty()
                        ? QJsonValue()
                        : QJsonValue(a.matchedDomain + QStringLiteral(": ") + a.matchedTerm) } });
        }
        spfSummary = QJsonObject { { QStringLiteral("lookups"), r.spfSurvey->lookups },
            { QStringLiteral("voidLookups"), r.spfSurvey->voidLookups },
            { QStringLiteral("checks"), checks } };
    }
    const QJsonObject root {
        { QStringLiteral("tool"), QStringLiteral("smtpdoctor") },
        { QStringLiteral("version"), QStringLiteral(SMTPDOCTOR_VERSION) },
        { QStringLiteral("language"), language },
        { QStringLiteral("domain"), r.domain },
        { QStringLiteral("status"), status(r) },
        { QStringLiteral("summary"), r.summary().toString() },
        { QStringLiteral("server"),
            r.server.isEmpty() ? QJsonValue()
                               : QJsonValue(QJsonObject { { QStringLiteral("host"), r.server },
                                   { QStringLiteral("addresses"), addressArray(r.serverAddresses) } }) },
        { QStringLiteral("provider"), r.providerId.isEmpty() ? QJsonValue() : QJsonValue(r.providerId) },
        { QStringLiteral("findings"), findings },
        { QStringLiteral("records"),
            QJsonObject {
                { QStringLiteral("spf"), spf },
                { QStringLiteral("dkim"), dkim },
                { QStringLiteral("dmarc"),
                    r.dmarcRecords.isEmpty()
                        ? QJsonValue()
                        : QJsonValue(QJsonObject { { QStringLiteral("name"), r.dmarcName },
                            { QStringLiteral("records"), QJsonArray::fromStringList(r.dmarcRecords) } }) },
                { QStringLiteral("mx"), mx },
                { QStringLiteral("ptr"), ptr },
            } },
        { QStringLiteral("spf"), spfSummary },
        { QStringLiteral("dns"),
            QJsonObject { { QStringLiteral("queries"), r.dnsQueries },
                { QStringLiteral("unanswered"), QJsonArray::fromStringList(r.unanswered) },
                { QStringLiteral("complete"), r.complete } } },
        { QStringLiteral("durationMs"), r.durationMs },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace SmtpDoctor::DomainReportOutput
