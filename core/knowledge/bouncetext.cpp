#include "core/knowledge/bouncetext.h"

#include "core/knowledge/textsearch.h"

#include <QStringList>

#include <algorithm>

namespace SmtpDoctor {

namespace {

constexpr int MaxHeaderBlockLines = 400;
constexpr qsizetype MaxMarkerLine = 120;

using namespace TextSearch;

// "Name: value" with a plain field name: the name as written; empty if the line is no header field.
QStringView headerNameView(QStringView line)
{
    qsizetype colon = 0;
    for (; colon < line.size() && colon <= 40; ++colon) {
        const char16_t u = line[colon].unicode();
        if (u == ':')
            break;
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
                || u == '_'))
            return {};
    }
    if (colon == 0 || colon > 40 || colon == line.size())
        return {};
    return line.left(colon);
}

// The same, lowercased.
QString headerName(QStringView line)
{
    return headerNameView(line).toString().toLower();
}

bool isMessageHeader(const QString& name)
{
    static const char* const names[] = { "received", "return-path", "message-id", "date", "from", "to",
        "subject", "mime-version", "content-type", "delivered-to", "reply-to", "cc", "x-mailer",
        "dkim-signature", "x-original-to", "auto-submitted", "references", "in-reply-to" };
    return std::any_of(
        std::begin(names), std::end(names), [&](const char* n) { return name == QLatin1String(n); });
}

// Fields of the bounce's own header block that are kept: its subject often names the reason ("Returned
// mail: Host unknown", "DELIVERY FAILURE: User ... not listed"), and some reports put the reply there.
bool keepsHeader(const QString& name)
{
    return name == QLatin1String("subject") || name == QLatin1String("diagnostic-code")
        || name == QLatin1String("x-failed-recipients") || name == QLatin1String("status")
        || name == QLatin1String("x-smtp-error");
}

// Header fields that describe how a message travelled or was filtered, wherever they stand (the
// bounce's own header block, a part's headers, a pasted header block): never the reason it failed.
// "Received-SPF: fail" or "X-Antivirus: no virus found" there would otherwise read like a reason.
bool isTravelHeader(QStringView name)
{
    if (name.isEmpty())
        return false;
    if (startsWithNoCase(name, u"x-"))
        return !containsNoCase(name, u"error") && !containsNoCase(name, u"diagnostic")
            && !equalsNoCase(name, u"x-failed-recipients");
    static const char16_t* const names[] = { u"received", u"received-spf", u"dkim-signature",
        u"domainkey-signature", u"authentication-results", u"message-id", u"return-path", u"references",
        u"in-reply-to", u"mime-version", u"delivered-to", u"user-agent", u"thread-index", u"thread-topic",
        u"list-unsubscribe", u"list-id", u"feedback-id", u"arc-seal", u"arc-message-signature",
        u"arc-authentication-results", u"importance", u"content-transfer-encoding", u"content-id",
        u"content-disposition" };
    return std::any_of(
        std::begin(names), std::end(names), [&](const char16_t* n) { return equalsNoCase(name, n); });
}

bool mentionsBounce(const QString& lowercaseLine)
{
    static const char* const words[] = { "mailer-daemon", "postmaster", "mail delivery", "undeliver",
        "returned mail", "delivery status notification", "failure notice", "delivery failure",
        "report-type=delivery-status", "message/delivery-status", "non remis", "unzustellbar", "配信", "不達",
        "エラー" };
    return std::any_of(std::begin(words), std::end(words),
        [&](const char* w) { return lowercaseLine.contains(QString::fromUtf8(w)); });
}

// A line that starts the quoted original message. Called for every line of a pasted report (a 1 MB
// paste has tens of thousands): compares views case-insensitively instead of copying each line.
bool startsOriginal(QStringView line)
{
    if (line.size() > MaxMarkerLine)
        return false;
    static const QString trim = QStringLiteral(" \t-=>*|_#[]()");
    qsizetype from = 0, to = line.size();
    while (from < to && trim.contains(line[from]))
        ++from;
    while (to > from && trim.contains(line[to - 1]))
        --to;
    const QStringView t = line.mid(from, to - from);
    if (t.isEmpty())
        return false;
    constexpr Qt::CaseSensitivity ci = Qt::CaseInsensitive;
    if (startsWithNoCase(t, u"content-type:")) {
        const QStringView type = t.mid(13).trimmed();
        return type.startsWith(QLatin1String("message/rfc822"), ci)
            || type.startsWith(QLatin1String("text/rfc822-headers"), ci)
            || type.startsWith(QLatin1String("message/global-headers"), ci)
            || type.compare(QLatin1String("message/global"), ci) == 0
            || type.startsWith(QLatin1String("message/global;"), ci);
    }
    // Every marker below names the message (or is a Japanese one): one search rules most lines out.
    if (t.size() > 21 && !containsNoCase(t, u"message") && !containsNoCase(t, u"メッセージ")
        && !containsNoCase(t, u"元のメール") && !containsNoCase(t, u"以下、送信"))
        return false;
    static const QStringList phrases = [] {
        QStringList list;
        for (const char* p :
            { "this is a copy of the message", "copy of the message, including",
                "below this line is a copy of the message", "original message follows",
                "unsent message follows", "message header follows", "message headers follow",
                "original message headers", "copy of the original message", "original headers of the message",
                "header of the original message", "original message header", "元のメッセージ", "元のメール",
                "送信されたメッセージ", "オリジナルメッセージ", "送信したメッセージ", "以下、送信" })
            list.append(QString::fromUtf8(p));
        return list;
    }();
    if (std::any_of(phrases.cbegin(), phrases.cend(), [&](const QString& p) { return t.contains(p, ci); }))
        return true;
    for (const char* whole :
        { "original message", "the original message", "original mail", "original message text" })
        if (t.compare(QLatin1String(whole), ci) == 0)
            return true;
    return false;
}

BounceText::Action actionOf(QStringView value)
{
    const QString v = value.trimmed().toString().toLower();
    if (v.startsWith(QLatin1String("failed")))
        return BounceText::Action::Failed;
    if (v.startsWith(QLatin1String("delayed")))
        return BounceText::Action::Delayed;
    if (v.startsWith(QLatin1String("delivered")) || v.startsWith(QLatin1String("relayed"))
        || v.startsWith(QLatin1String("expanded")))
        return BounceText::Action::Delivered;
    return BounceText::Action::None;
}

// The end of the header block at the start of the input, if it is a mail's header block (at least two
// well-known fields, nothing but fields and folded lines before the first empty line); else 0.
qsizetype headerBlockEnd(QStringView input)
{
    qsizetype pos = 0;
    int known = 0, lines = 0;
    if (input.startsWith(QLatin1String("From "))) {
        const qsizetype nl = input.indexOf(QLatin1Char('\n'));
        pos = nl < 0 ? input.size() : nl + 1;
    }
    while (pos < input.size() && lines < MaxHeaderBlockLines) {
        qsizetype nl = input.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = input.size();
        QStringView line = input.mid(pos, nl - pos);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            return known >= 2 ? nl : 0;
        ++lines;
        if (!line.front().isSpace()) {
            const QString name = headerName(line);
            if (name.isEmpty())
                return 0;
            known += isMessageHeader(name);
        } else if (lines == 1) {
            return 0;
        }
        pos = nl + 1;
    }
    return 0;
}

} // namespace

BounceText BounceText::prepare(QStringView input)
{
    BounceText out;
    const qsizetype headersEnd = headerBlockEnd(input);
    out.uncut.reserve(input.size());
    qsizetype pos = 0, cutAt = -1;
    bool keepField = false, skippingField = false;
    while (pos <= input.size()) {
        qsizetype nl = input.indexOf(QLatin1Char('\n'), pos);
        if (nl < 0)
            nl = input.size();
        const QStringView line = input.mid(pos, nl - pos);
        const bool inHeaders = pos < headersEnd;
        pos = nl + 1;
        if (inHeaders) {
            const bool continued = !line.isEmpty() && line.front().isSpace();
            if (!continued) {
                const QString name = headerName(line);
                keepField = keepsHeader(name);
                if (name == QLatin1String("from") || name == QLatin1String("subject")
                    || name == QLatin1String("content-type"))
                    out.looksLikeBounce = out.looksLikeBounce || mentionsBounce(line.toString().toLower());
            }
            if (!keepField)
                continue;
        } else {
            // Also in the quoted original, which is read when the report itself names no cause: its
            // "Received: ... (CommuniGate Pro SMTP 5.0.9)" is no reply.
            const bool continued
                = !line.isEmpty() && (line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t'));
            if (continued && skippingField)
                continue;
            skippingField = !continued && isTravelHeader(headerNameView(line));
            if (skippingField)
                continue;
        }
        if (!inHeaders && cutAt < 0) {
            if (startsOriginal(line)) {
                cutAt = out.uncut.size();
            } else if (startsWithNoCase(line, u"action:") && out.action == Action::None) {
                out.action = actionOf(line.mid(7));
                out.looksLikeBounce = true;
            } else if (containsNoCase(line, u"message/delivery-status")) {
                out.looksLikeBounce = true;
            }
        }
        out.uncut += line;
        out.uncut += QLatin1Char('\n');
    }
    out.cut = cutAt >= 0;
    out.text = out.cut ? out.uncut.left(cutAt) : out.uncut;
    return out;
}

} // namespace SmtpDoctor
