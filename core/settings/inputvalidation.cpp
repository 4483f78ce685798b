#include "core/settings/inputvalidation.h"

#include "core/i18n/textcut.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace SmtpDoctor {

namespace {

const char* const Ctx = "InputValidation";

bool isValidLabel(const QString& label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

} // namespace

bool containsLineBreakOrNul(const QString& text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

LocalizedText parseHostInput(const QString& typed, HostInput* out)
{
    *out = {};
    if (containsLineBreakOrNul(typed))
        return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "The server name contains a line break or an invisible control character. Please type it again.") };
    QString text = typed.trimmed();
    if (text.isEmpty())
        return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "Please enter the outgoing mail server (for example smtp.example.com).") };

    // A pasted URL: smtp://host:port or smtps://host.
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd > 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme == QLatin1String("smtps"))
            out->security = Security::Tls;
        else if (scheme != QLatin1String("smtp") && scheme != QLatin1String("submission"))
            return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "\"%1\" is a web or other address, not a mail server name. Enter only the server name, such as smtp.example.com."), { typed.trimmed() } };
        text = text.mid(schemeEnd + 3);
        const qsizetype slash = text.indexOf(QLatin1Char('/'));
        if (slash >= 0)
            text = text.left(slash);
        const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        if (at >= 0)
            text = text.mid(at + 1); // user info in a URL is not the server
    }

    QString hostPart = text;
    QString portPart;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "The server address \"%1\" is missing its closing bracket \"]\"."), { typed.trimmed() } };
        hostPart = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':')))
            portPart = rest.mid(1);
        else if (!rest.isEmpty())
            return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "\"%1\" is not a valid server name."), { typed.trimmed() } };
    } else if (text.count(QLatin1Char(':')) == 1) {
        hostPart = text.section(QLatin1Char(':'), 0, 0);
        portPart = text.section(QLatin1Char(':'), 1);
    }
    if (!portPart.isEmpty()) {
        quint16 port = 0;
        const LocalizedText portError = validatePort(portPart, &port);
        if (!portError.isEmpty())
            return portError;
        if (port != 0)
            out->port = port;
    }

    QHostAddress address;
    if (address.setAddress(hostPart)) {
        // A zone ("fe80::1%eth0") names a network interface: letters, digits and a few marks only.
        static const QRegularExpression zone(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
        if (!address.scopeId().isEmpty() && !zone.match(address.scopeId()).hasMatch())
            return { Ctx,
                QT_TRANSLATE_NOOP("InputValidation",
                    "\"%1\" is not a valid server name. A server name looks like smtp.example.com."),
                { shortenedText(hostPart, 80, u"…") } };
        out->host = address.toString();
        out->displayHost = hostPart;
        return {};
    }
    if (hostPart.contains(QLatin1Char(' ')) || hostPart.contains(QLatin1Char('\t')))
        return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "The server name \"%1\" contains a space. Server names have no spaces; please check it."), { hostPart } };
    if (hostPart.contains(QLatin1Char('@')))
        return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "\"%1\" looks like an email address. Enter the server name here, such as smtp.example.com."), { hostPart } };
    if (hostPart.endsWith(QLatin1Char('.')))
        hostPart.chop(1);
    // IDN: the wire needs the ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(hostPart);
    const QString ascii = QString::fromLatin1(ace).toLower();
    const QStringList labels = ascii.split(QLatin1Char('.'));
    bool valid = !ascii.isEmpty() && ascii.size() <= 253;
    for (const QString& label : labels)
        valid = valid && isValidLabel(label);
    if (!valid)
        return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "\"%1\" is not a valid server name. A server name looks like smtp.example.com."), { hostPart } };
    out->host = ascii;
    out->displayHost = hostPart;
    return {};
}

LocalizedText validatePort(const QString& text, quint16* port)
{
    const QString t = text.trimmed();
    *port = 0;
    if (t.isEmpty() || t.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        return {};
    bool ok = false;
    const qlonglong value = t.toLongLong(&ok);
    if (!ok || value < 1 || value > 65535)
        return { Ctx,
            QT_TRANSLATE_NOOP("InputValidation",
                "\"%1\" is not a valid port: a port is a number from 1 to 65535 (mail programs usually use "
                "465 or 587)."),
            { shortenedText(t, 20, u"…") } };
    *port = quint16(value);
    return {};
}

LocalizedText validateEmailAddress(const QString& address)
{
    if (containsLineBreakOrNul(address))
        return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "The email address contains a line break or an invisible control character. Please type it again.") };
    const QString a = address.trimmed();
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    if (a.isEmpty() || at <= 0 || at == a.size() - 1 || a.contains(QLatin1Char(' ')) || a.contains(QLatin1Char('<'))
        || a.contains(QLatin1Char('>')) || a.size() > 254 || !a.mid(at + 1).contains(QLatin1Char('.')))
        return { Ctx,
            QT_TRANSLATE_NOOP("InputValidation",
                "\"%1\" is not a complete email address. It should look like name@example.com."),
            { shortenedText(a, 80, u"…") } };
    return {};
}

LocalizedText validateUserName(const QString& user)
{
    if (containsLineBreakOrNul(user))
        return { Ctx, QT_TRANSLATE_NOOP("InputValidation", "The user name contains a line break or an invisible control character. Please type it again.") };
    return {};
}

} // namespace SmtpDoctor
