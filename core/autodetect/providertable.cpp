#include "core/autodetect/providertable.h"

#include "core/settings/inputvalidation.h"

#include <QDate>
#include <QSet>

namespace SmtpDoctor {

namespace {

bool matchesSuffix(const QString& name, const QString& suffix)
{
    return name == suffix || name.endsWith(QLatin1Char('.') + suffix);
}

QString normalised(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

} // namespace

QStringList ProviderTable::split(const char* list)
{
    if (!list)
        return {};
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<const ProviderInfo*> ProviderTable::all()
{
    static const QList<const ProviderInfo*> table = globalProviders() + japaneseProviders();
    return table;
}

const ProviderInfo* ProviderTable::forDomain(const QString& domain)
{
    const QString d = normalised(domain);
    if (d.isEmpty())
        return nullptr;
    // The longest matching domain wins, so a subdomain entry beats its parent's.
    const ProviderInfo* best = nullptr;
    qsizetype bestLength = 0;
    for (const ProviderInfo* p : all()) {
        for (const QString& candidate : split(p->domains)) {
            if (matchesSuffix(d, candidate) && candidate.size() > bestLength) {
                best = p;
                bestLength = candidate.size();
            }
        }
    }
    return best;
}

const ProviderInfo* ProviderTable::forMxHost(const QString& mxHost)
{
    const QString host = normalised(mxHost);
    if (host.isEmpty())
        return nullptr;
    for (const ProviderInfo* p : all())
        for (const QString& suffix : split(p->mxSuffixes))
            if (matchesSuffix(host, suffix))
                return p;
    return nullptr;
}

const ProviderInfo* ProviderTable::byId(const QString& id)
{
    for (const ProviderInfo* p : all())
        if (id == QLatin1String(p->id))
            return p;
    return nullptr;
}

QString ProviderTable::hostFor(const ProviderInfo& p, const QString& emailDomain, const QString& mxHost)
{
    QString host = QString::fromLatin1(p.host);
    if (host.contains(QLatin1String("%EMAILDOMAIN%"))) {
        if (emailDomain.isEmpty())
            return {};
        host.replace(QLatin1String("%EMAILDOMAIN%"), normalised(emailDomain));
    }
    if (host.contains(QLatin1String("%MXHOST%"))) {
        if (mxHost.isEmpty())
            return {};
        host.replace(QLatin1String("%MXHOST%"), normalised(mxHost));
    }
    return host;
}

LocalizedText ProviderTable::displayName(const ProviderInfo& p)
{
    return { "ProviderName", p.name };
}

QList<LocalizedText> ProviderTable::notesFor(const ProviderInfo& p)
{
    const LocalizedText name = displayName(p);
    QList<LocalizedText> notes;
    if (p.notes & NoteUnverified)
        notes.append(LocalizedText { "Provider", QT_TRANSLATE_NOOP("Provider", "SMTP Doctor could not confirm the current server settings of %1. Please compare them with %1's own guide."), { name } });
    if (p.notes & NoteAppPassword)
        notes.append(LocalizedText { "Provider", QT_TRANSLATE_NOOP("Provider", "%1 usually refuses your normal password in mail programs. Turn on 2-step verification and create an app password for the mail program."), { name } });
    if (p.notes & NoteOAuth)
        notes.append(LocalizedText { "Provider", QT_TRANSLATE_NOOP("Provider", "%1 is turning off sign-in with a plain password for mail programs, or allows it only when it is switched on. If your password is refused although it is right, use a mail program that signs in through %1's own sign-in page (OAuth), or ask who manages the account."), { name } });
    if (p.notes & NoteEnableAccess)
        notes.append(LocalizedText { "Provider", QT_TRANSLATE_NOOP("Provider", "Access from mail programs must first be turned on in %1's web settings."), { name } });
    if (p.notes & NoteCertificateName)
        notes.append(LocalizedText { "Provider", QT_TRANSLATE_NOOP("Provider", "With your own domain, use the server name %1 gives you, not your domain: the server's certificate carries %1's name, so your own domain name would cause a certificate warning."), { name } });
    if (p.note)
        notes.append(LocalizedText { "Provider", p.note });
    return notes;
}

QStringList ProviderTable::problems()
{
    QStringList out;
    QSet<QString> ids;
    QSet<QString> domains;
    QSet<QString> mxSuffixes;
    for (const ProviderInfo* p : all()) {
        const QString id = QString::fromLatin1(p->id);
        if (id.isEmpty() || id != id.toLower() || ids.contains(id))
            out << QStringLiteral("%1: empty, upper-case or duplicate id").arg(id);
        ids.insert(id);
        if (QString::fromUtf8(p->name).trimmed().isEmpty())
            out << QStringLiteral("%1: no name").arg(id);
        if (split(p->domains).isEmpty() && split(p->mxSuffixes).isEmpty())
            out << QStringLiteral("%1: neither domains nor MX suffixes, it can never match").arg(id);
        for (const QString& d : split(p->domains)) {
            HostInput parsed;
            if (d != d.toLower() || !parseHostInput(d, &parsed).isEmpty() || parsed.host != d || !d.contains(QLatin1Char('.')))
                out << QStringLiteral("%1: bad domain %2").arg(id, d);
            if (domains.contains(d))
                out << QStringLiteral("%1: domain %2 is listed twice").arg(id, d);
            domains.insert(d);
        }
        for (const QString& s : split(p->mxSuffixes)) {
            if (mxSuffixes.contains(s))
                out << QStringLiteral("%1: MX suffix %2 is listed twice").arg(id, s);
            mxSuffixes.insert(s);
        }
        const QString host = hostFor(*p, QStringLiteral("example.jp"), QStringLiteral("mx.example.jp"));
        const bool hasHost = p->host && *p->host;
        if (hasHost) {
            HostInput parsed;
            if (!parseHostInput(host, &parsed).isEmpty() || parsed.host != host || !host.contains(QLatin1Char('.')))
                out << QStringLiteral("%1: bad host %2").arg(id, host);
            if (p->port == 0 || p->security == Security::Auto || p->security == Security::None)
                out << QStringLiteral("%1: a host needs a port and TLS or STARTTLS").arg(id);
            if (p->altPort != 0 && (p->altPort == p->port || p->altSecurity == Security::Auto || p->altSecurity == Security::None))
                out << QStringLiteral("%1: bad second port").arg(id);
            if (QString::fromLatin1(p->host).contains(QLatin1String("%MXHOST%")) && split(p->mxSuffixes).isEmpty())
                out << QStringLiteral("%1: %MXHOST% without MX suffixes").arg(id);
        } else if (!(p->notes & NoteUnverified) && !p->note) {
            out << QStringLiteral("%1: no host and no note saying where to find it").arg(id);
        }
        if (p->userForm == UserNameForm::Other && !p->note)
            out << QStringLiteral("%1: user name form \"other\" needs a note naming the account ID").arg(id);
        const QDate checked = QDate::fromString(QString::fromLatin1(p->checked) + QStringLiteral("-01"), Qt::ISODate);
        if (!checked.isValid() || checked.year() < 2020)
            out << QStringLiteral("%1: bad checked date %2").arg(id, QString::fromLatin1(p->checked));
    }
    return out;
}

} // namespace SmtpDoctor
