#include "core/smtp/smtpreply.h"

namespace SmtpDoctor {

namespace {

// Reads 1 to `maxDigits` ASCII digits at `pos`; returns -1 when there are none.
int readNumber(QStringView text, int& pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && digits < maxDigits && text[pos] >= QLatin1Char('0')
           && text[pos] <= QLatin1Char('9')) {
        value = value * 10 + (text[pos].unicode() - '0');
        ++pos;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

} // namespace

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(statusClass).arg(subject).arg(detail);
}

EnhancedStatus EnhancedStatus::parseLeading(QStringView text, int* consumed)
{
    // RFC 3463: class "2" / "4" / "5", subject 1-3 digits, detail 1-3 digits.
    int pos = 0;
    EnhancedStatus status;
    const int cls = readNumber(text, pos, 1);
    if ((cls != 2 && cls != 4 && cls != 5) || pos >= text.size() || text[pos] != QLatin1Char('.'))
        return {};
    ++pos;
    const int subject = readNumber(text, pos, 3);
    if (subject < 0 || pos >= text.size() || text[pos] != QLatin1Char('.'))
        return {};
    ++pos;
    const int detail = readNumber(text, pos, 3);
    if (detail < 0)
        return {};
    // The code must end here: "5.7.8 text", "5.7.8" or "5.7.8:"; not "5.7.81234" or "5.7.8.1".
    if (pos < text.size() && (text[pos].isDigit() || text[pos] == QLatin1Char('.')))
        return {};
    status.statusClass = cls;
    status.subject = subject;
    status.detail = detail;
    while (pos < text.size() && text[pos] == QLatin1Char(' '))
        ++pos;
    if (consumed)
        *consumed = pos;
    return status;
}

EnhancedStatus EnhancedStatus::fromString(QStringView token)
{
    int consumed = 0;
    EnhancedStatus status = parseLeading(token.trimmed(), &consumed);
    if (consumed != token.trimmed().size())
        return {};
    return status;
}

QString replyClassName(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Success:
        return QStringLiteral("success");
    case ReplyClass::Intermediate:
        return QStringLiteral("intermediate");
    case ReplyClass::Transient:
        return QStringLiteral("transient");
    case ReplyClass::Permanent:
        return QStringLiteral("permanent");
    case ReplyClass::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ReplyClass SmtpReply::replyClass() const
{
    switch (code / 100) {
    case 1:
    case 2:
        return ReplyClass::Success;
    case 3:
        return ReplyClass::Intermediate;
    case 4:
        return ReplyClass::Transient;
    case 5:
        return ReplyClass::Permanent;
    default:
        return ReplyClass::Unknown;
    }
}

QString SmtpReply::summary() const
{
    QString out = QString::number(code);
    if (enhanced.isValid())
        out += QLatin1Char(' ') + enhanced.toString();
    if (!firstLine().isEmpty())
        out += QLatin1Char(' ') + firstLine();
    return out;
}

QString makeControlCharactersVisible(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            out += QLatin1String("\\x") + QString::number(u, 16).rightJustified(2, QLatin1Char('0')).toUpper();
            continue;
        }
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        // Invisible characters that can make text lie about itself: bidirectional overrides (U+202E
        // shows "gpj.exe" as "exe.jpg"), zero-width characters, line and paragraph separators, and
        // halves of broken surrogate pairs.
        const QChar::Category cat = c.category();
        if (c.isSurrogate() || cat == QChar::Other_Format || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph)
            out += QLatin1String("\\u") + QString::number(u, 16).rightJustified(4, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

} // namespace SmtpDoctor
