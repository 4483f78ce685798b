#include "core/domain/spfmacro.h"

#include <QStringList>
#include <QUrl>

namespace SmtpDoctor::SpfMacro {

namespace {

const QString Letters = QStringLiteral("slodiphcrtv");
const QString Delimiters = QStringLiteral(".-+,/_=");

struct Macro
{
    QChar letter; // as written (upper case asks for URL encoding)
    int digits = 0; // 0: all parts
    bool reverse = false;
    QString delimiters;
};

// Walks a macro-string: calls literal() for each literal character and macro() for each %{...};
// "%%", "%_" and "%-" arrive as literals "%", " " and "%20". False on a syntax error.
template<typename Literal, typename MacroFn>
bool walk(const QString& text, Literal literal, MacroFn macro)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('%')) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7e)
                return false;
            literal(QString(c));
            continue;
        }
        if (i + 1 >= text.size())
            return false;
        const QChar next = text[++i];
        if (next == QLatin1Char('%')) {
            literal(QStringLiteral("%"));
        } else if (next == QLatin1Char('_')) {
            literal(QStringLiteral(" "));
        } else if (next == QLatin1Char('-')) {
            literal(QStringLiteral("%20"));
        } else if (next == QLatin1Char('{')) {
            const int close = text.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0 || close == i + 1)
                return false;
            const QString body = text.mid(i + 1, close - i - 1);
            Macro m;
            m.letter = body[0];
            if (!Letters.contains(m.letter.toLower()))
                return false;
            int k = 1;
            QString digits;
            while (k < body.size() && body[k].isDigit())
                digits += body[k++];
            if (!digits.isEmpty()) {
                bool ok = false;
                m.digits = digits.toInt(&ok);
                if (!ok || m.digits == 0 || m.digits > 128)
                    return false;
            }
            if (k < body.size() && body[k].toLower() == QLatin1Char('r')) {
                m.reverse = true;
                ++k;
            }
            for (; k < body.size(); ++k) {
                if (!Delimiters.contains(body[k]))
                    return false;
                m.delimiters += body[k];
            }
            if (!macro(m))
                return false;
            i = close;
        } else {
            return false;
        }
    }
    return true;
}

bool isTopLabel(const QString& label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
        || label.endsWith(QLatin1Char('-')))
        return false;
    bool hasLetter = false;
    for (const QChar c : label) {
        if (c.isLetter() && c.unicode() < 0x80)
            hasLetter = true;
        else if (!(c.isDigit() && c.unicode() < 0x80) && c != QLatin1Char('-'))
            return false;
    }
    // All digits is not a top label; digits with a hyphen are (RFC 7208 toplabel, second form).
    return hasLetter || label.contains(QLatin1Char('-'));
}

QString dotFormat(const QHostAddress& ip)
{
    bool isV4 = false;
    const quint32 v4 = ip.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    const Q_IPV6ADDR v6 = ip.toIPv6Address();
    QStringList nibbles;
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        nibbles << QString(QLatin1Char(hex[(v6[i] >> 4) & 0x0f])) << QString(QLatin1Char(hex[v6[i] & 0x0f]));
    }
    return nibbles.join(QLatin1Char('.'));
}

} // namespace

bool isValidMacroString(const QString& text)
{
    return walk(
        text, [](const QString&) {},
        [](const Macro& m) {
            // c, r and t belong to the exp= text only (RFC 7208 7.2).
            const QChar l = m.letter.toLower();
            return l != QLatin1Char('c') && l != QLatin1Char('r') && l != QLatin1Char('t');
        });
}

bool isValidDomainSpec(const QString& text)
{
    bool endsInMacro = false;
    QString tail; // the literal text after the last macro
    const bool ok = walk(
        text,
        [&](const QString& s) {
            tail += s;
            endsInMacro = false;
        },
        [&](const Macro& m) {
            tail.clear();
            endsInMacro = true;
            const QChar l = m.letter.toLower();
            return l != QLatin1Char('c') && l != QLatin1Char('r') && l != QLatin1Char('t');
        });
    if (!ok || text.isEmpty())
        return false;
    if (endsInMacro || text.endsWith(QLatin1String("%%")) || text.endsWith(QLatin1String("%_"))
        || text.endsWith(QLatin1String("%-")))
        return true;
    if (tail.endsWith(QLatin1Char('.')))
        tail.chop(1);
    const int dot = tail.lastIndexOf(QLatin1Char('.'));
    return dot >= 0 && isTopLabel(tail.mid(dot + 1));
}

bool dependsOnClient(const QString& text)
{
    bool depends = false;
    walk(
        text, [](const QString&) {},
        [&](const Macro& m) {
            depends = depends || QStringLiteral("slopivh").contains(m.letter.toLower());
            return true;
        });
    return depends;
}

std::optional<QString> expandDomain(const QString& domainSpec, const SpfMacroContext& c)
{
    const int at = c.sender.lastIndexOf(QLatin1Char('@'));
    const QString local = at > 0 ? c.sender.left(at) : QStringLiteral("postmaster");
    const QString senderDomain = at >= 0 ? c.sender.mid(at + 1) : c.sender;
    bool missing = false;
    QString out;
    const bool ok = walk(
        domainSpec, [&](const QString& s) { out += s; },
        [&](const Macro& m) {
            const QChar l = m.letter.toLower();
            QString value;
            if (l == QLatin1Char('s'))
                value = local + QLatin1Char('@') + senderDomain;
            else if (l == QLatin1Char('l'))
                value = local;
            else if (l == QLatin1Char('o'))
                value = senderDomain;
            else if (l == QLatin1Char('d'))
                value = c.domain;
            else if (l == QLatin1Char('h'))
                value = c.helo.isEmpty() ? QStringLiteral("unknown") : c.helo;
            else if (l == QLatin1Char('p'))
                value = QStringLiteral("unknown"); // RFC 7208 7.3 allows it; "p" is discouraged anyway
            else if (l == QLatin1Char('i') || l == QLatin1Char('v')) {
                if (c.ip.isNull()) {
                    missing = true;
                    return true;
                }
                const bool v4 = c.ip.protocol() == QAbstractSocket::IPv4Protocol;
                value = l == QLatin1Char('i') ? dotFormat(c.ip)
                                              : (v4 ? QStringLiteral("in-addr") : QStringLiteral("ip6"));
            } else {
                return false;
            }
            const QString delimiters = m.delimiters.isEmpty() ? QStringLiteral(".") : m.delimiters;
            QStringList parts { QString() };
            for (const QChar ch : value) {
                if (delimiters.contains(ch))
                    parts << QString();
                else
                    parts.last() += ch;
            }
            if (m.reverse)
                std::reverse(parts.begin(), parts.end());
            if (m.digits > 0 && m.digits < parts.size())
                parts = parts.mid(parts.size() - m.digits);
            QString expanded = parts.join(QLatin1Char('.'));
            if (m.letter.isUpper())
                expanded = QString::fromLatin1(QUrl::toPercentEncoding(expanded));
            out += expanded;
            return true;
        });
    if (!ok || missing)
        return std::nullopt;
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    while (out.size() > 253 && out.contains(QLatin1Char('.')))
        out = out.mid(out.indexOf(QLatin1Char('.')) + 1);
    return out;
}

} // namespace SmtpDoctor::SpfMacro
