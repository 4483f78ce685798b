#include "core/domain/domainname.h"

#include <QUrl>

namespace SmtpDoctor::DomainName {

namespace {

bool isLdhLabel(const QString& label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
        || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString normalized(const QString& typed)
{
    QString text = typed.trimmed();
    const int at = text.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        text = text.mid(at + 1);
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text.isEmpty() || text.size() > 253 * 4 || QHostAddress().setAddress(text))
        return {};
    const QString ascii = QString::fromLatin1(QUrl::toAce(text)).toLower();
    if (ascii.isEmpty() || ascii.size() > 253)
        return {};
    const QStringList labels = ascii.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return {};
    for (const QString& label : labels) {
        if (!isLdhLabel(label))
            return {};
    }
    const QString top = labels.last();
    if (top == QLatin1String("invalid") || top == QLatin1String("localhost"))
        return {};
    return ascii;
}

bool isQueryable(const QString& name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (const QChar c : label) {
            if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
                return false; // DNS allows any octet; SPF macros can even put spaces in (%_)
        }
    }
    return true;
}

bool isReservedForTests(const QString& domain)
{
    const QString d = cleaned(domain);
    for (const char* reserved : { "test", "example", "example.com", "example.net", "example.org" }) {
        if (isSameOrSubdomain(d, QString::fromLatin1(reserved)))
            return true;
    }
    return false;
}

bool isSameOrSubdomain(const QString& name, const QString& domain)
{
    const QString n = cleaned(name);
    const QString d = cleaned(domain);
    if (d.isEmpty())
        return false;
    return n == d || n.endsWith(QLatin1Char('.') + d);
}

QString parent(const QString& name)
{
    const int dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : name.mid(dot + 1);
}

QString reverseName(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg((v4 >> 24) & 0xff);
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QString out;
    static const char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        out += QLatin1Char(hex[v6[i] & 0x0f]) + QLatin1Char('.');
        out += QLatin1Char(hex[(v6[i] >> 4) & 0x0f]) + QLatin1Char('.');
    }
    return out + QStringLiteral("ip6.arpa");
}

QString cleaned(const QString& name)
{
    QString n = name.trimmed().toLower();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    return n;
}

} // namespace SmtpDoctor::DomainName
