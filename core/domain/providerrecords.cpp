#include "core/domain/providerrecords.h"

#include "core/autodetect/providertable.h"
#include "core/domain/domainname.h"

namespace SmtpDoctor {

namespace {

const ProviderRecords Table[] = {
    { "google-workspace", "Google Workspace", "smtp.gmail.com smtp-relay.gmail.com smtp.google.com",
        "include:_spf.google.com", "_spf.google.com", "~all", "google",
        QT_TRANSLATE_NOOP("ProviderRecords",
            "Google Workspace: in the Google Admin console, open Apps > Google Workspace > Gmail > "
            "Authenticate email, generate the DKIM record for the domain, add it in DNS as a TXT record "
            "named google._domainkey, then click \"Start authentication\"."),
        "Google Workspace Admin Help: set up SPF, set up DKIM (default selector google)", "2026-12" },
    { "microsoft365", "Microsoft 365", "smtp.office365.com outlook.office365.com",
        "include:spf.protection.outlook.com", "spf.protection.outlook.com", "-all", "selector1 selector2",
        QT_TRANSLATE_NOOP("ProviderRecords",
            "Microsoft 365: in the Microsoft Defender portal, open Email & collaboration > Policies & rules "
            "> Threat policies > Email authentication settings > DKIM, select the domain: it shows two CNAME "
            "records (selector1._domainkey and selector2._domainkey) to add in DNS; after adding them, turn "
            "on \"Sign messages for this domain with DKIM signatures\"."),
        "Microsoft Learn: set up SPF and DKIM for custom domains in Microsoft 365", "2026-12" },
    { "fastmail", "Fastmail", "smtp.fastmail.com messagingengine.com", "include:spf.messagingengine.com",
        "spf.messagingengine.com", "?all", "fm1 fm2 fm3",
        QT_TRANSLATE_NOOP("ProviderRecords",
            "Fastmail: Settings > Domains lists the DNS records for the domain, among them three CNAME "
            "records fm1._domainkey, fm2._domainkey and fm3._domainkey for DKIM."),
        "Fastmail help: custom domain DNS records", "2026-12" },
    { "xserver", "Xserver", ".xserver.jp", "a:%SERVER% include:spf.sender.xserver.jp",
        "spf.sender.xserver.jp", "~all", "default",
        QT_TRANSLATE_NOOP("ProviderRecords",
            "Xserver: in the server panel, open Mail > DKIM settings (DKIM設定) and turn DKIM on for the "
            "domain. If the domain's DNS is managed elsewhere, copy the record shown there (name "
            "default._domainkey) into that DNS."),
        "the record Xserver writes into the domains it serves (+a:<server> +mx include:spf.sender.xserver.jp "
        "~all, DKIM selector default)",
        "2026-12" },
    { "sakura-own", "Sakura Internet", ".sakura.ne.jp", "a:%SERVER% mx", "", "~all", "",
        QT_TRANSLATE_NOOP("ProviderRecords",
            "Sakura Internet: DKIM is turned on per domain in the server control panel's domain settings; it "
            "shows the record to publish."),
        "the record Sakura Internet's DNS sets for hosted domains (v=spf1 a:<server> mx ~all)", "2026-12" },
};

bool hostMatches(const QString& host, const QString& suffix)
{
    if (suffix.startsWith(QLatin1Char('.')))
        return host.endsWith(suffix);
    return host == suffix || host.endsWith(QLatin1Char('.') + suffix);
}

} // namespace

QString ProviderRecords::spfEntryFor(const QString& server) const
{
    // Terms that name the server are left out when it is not known.
    QStringList terms;
    for (QString term : QString::fromLatin1(spfEntry).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (term.contains(QLatin1String("%SERVER%"))) {
            if (server.isEmpty())
                continue;
            term.replace(QLatin1String("%SERVER%"), server);
        }
        terms << term;
    }
    return terms.join(QLatin1Char(' '));
}

QString ProviderRecords::newSpfRecord(const QString& server) const
{
    const QString entry = spfEntryFor(server);
    return entry.isEmpty() ? QString()
                           : QStringLiteral("v=spf1 %1 %2").arg(entry, QString::fromLatin1(spfAll));
}

QStringList ProviderRecords::selectors() const
{
    return QString::fromLatin1(dkimSelectors).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

LocalizedText ProviderRecords::dkimInstructions() const
{
    return { "ProviderRecords", dkimHowTo };
}

namespace ProviderRecordsTable {

QList<const ProviderRecords*> all()
{
    QList<const ProviderRecords*> out;
    for (const ProviderRecords& p : Table)
        out << &p;
    return out;
}

const ProviderRecords* forServer(const QString& rawHost)
{
    const QString host = DomainName::cleaned(rawHost);
    for (const ProviderRecords& p : Table) {
        for (const QString& suffix :
            QString::fromLatin1(p.serverSuffixes).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (hostMatches(host, suffix))
                return &p;
        }
    }
    return nullptr;
}

const ProviderRecords* forMxHost(const QString& mxHost)
{
    const ProviderInfo* info = ProviderTable::forMxHost(DomainName::cleaned(mxHost));
    return info ? byId(QString::fromLatin1(info->id)) : nullptr;
}

const ProviderRecords* byId(const QString& id)
{
    for (const ProviderRecords& p : Table) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

} // namespace ProviderRecordsTable

} // namespace SmtpDoctor
