#include "core/knowledge/answeringside.h"

#include "core/findings/findingid.h"
#include "core/findings/stepid.h"
#include "core/knowledge/explanationitems.h"
#include "core/knowledge/textentries.h"

namespace SmtpDoctor::AnsweringSide {

namespace {

// Lowercase; each is what a sending server, a delivery report or a log writes before the other
// server's words. "host mx.example.org[192.0.2.1] said:" is matched in two parts on one line.
constexpr const char* QuoteMarkers[] = {
    "remote host said",
    "remote server said",
    "remote server returned",
    "remote server replied",
    "response from the remote server",
    "response from remote server",
    "smtp error from remote mail server",
    "smtp error from remote server",
    "diagnostic-code:",
    "remote-mta:",
    "technical details of permanent failure",
    "technical details of temporary failure",
    "at remote mailserver",
    "failed after i sent the message",
    "does not like recipient",
    "while talking to ",
    "the mail system",
    // Sendmail's "<error> during <phase> with <host>" is its own connection to the receiving server.
    "remote protocol error",
    " during user open with ",
    " during result wait with ",
    " during message transfer with ",
    " during greeting wait with ",
    " during connection to ",
    // Report wordings that need no headers around them (sendmail, Zoho, mox).
    "the following addresses had fatal errors",
    "this is a warning message only",
    "delivery has failed permanently",
    "error during the last delivery attempt",
};

// "smtp; 550 ..." and "smtp;550" are a delivery report's diagnostic (RFC 3464). Exchange's own "550
// 5.7.54 SMTP; Unable to relay" is not (words follow), nor is "esmtp;".
bool diagnosticType(QStringView lower)
{
    for (qsizetype at = lower.indexOf(QLatin1String("smtp;")); at >= 0;
         at = lower.indexOf(QLatin1String("smtp;"), at + 1)) {
        if (at > 0 && lower.at(at - 1).isLetter())
            continue;
        qsizetype next = at + 5;
        while (next < lower.size() && (lower.at(next) == u' ' || lower.at(next) == u';'
                                          || lower.mid(next).startsWith(QLatin1String("smtp;"))))
            next += lower.at(next) == u's' ? 5 : 1;
        if (next < lower.size() && lower.at(next).isDigit())
            return true;
    }
    return false;
}

// What a mail program or a sending library writes around the reply of the server it sent to: the
// user's own provider's server.
constexpr const char* OwnServerMarkers[] = {
    "server responded",
    "server response was",
    "the server said",
    "server replied",
    "smtp error",
    "smtp[error]",
    "negativeresponseexception",
    "smtp server error",
    "expected response code",
    "smtpdataerror",
    "smtpsenderrefused",
    "smtprecipientsrefused",
    "smtpfatalerror",
    "smtpexception",
    "smtpsendfailedexception",
    "messagingexception",
    "transportexception",
    "mailer error",
    "curl: (",
    "message failed:", // nodemailer
    "mail delivery failed via smtp server", // Odoo
    "error occurred while sending",
    "送信中にエラーが発生しました",
    "サーバーからの応答",
    "サーバーの応答",
    "smtpエラー",
    "smtp エラー",
};

bool hostSaid(QStringView lower)
{
    for (qsizetype said = lower.indexOf(QLatin1String(" said:")); said >= 0;
         said = lower.indexOf(QLatin1String(" said:"), said + 1)) {
        qsizetype lineStart = lower.lastIndexOf(u'\n', said);
        lineStart = lineStart < 0 ? 0 : lineStart + 1;
        const QStringView line = lower.mid(lineStart, said - lineStart);
        if (line.startsWith(QLatin1String("host ")) || line.contains(QLatin1String(" host ")))
            return true;
    }
    return false;
}

// What the answering server says about itself, not about the sender, the message's author or the
// recipient's address: busy, out of space, its limits, its own rules, its encryption, and that it
// relays nothing for the recipient's domain.
bool describesAnsweringServer(Reason r)
{
    switch (r) {
    case Reason::SystemError:
    case Reason::SystemFull:
    case Reason::RateLimited:
    case Reason::TooManyConnections:
    case Reason::NotAccepting:
    case Reason::Policy:
    case Reason::Greylisted:
    case Reason::TlsError:
    case Reason::TlsRequired:
    case Reason::MessageTooLarge:
    case Reason::Loop:
    case Reason::Virus:
    case Reason::NetworkError: // the sending server's connection to it, not the user's
    case Reason::RelayDenied: // the receiving server does not take mail for that domain
        return true;
    default:
        return false;
    }
}

// What a server refuses or suffers on its own account, wherever its reply is shown: the side is that
// server's. Quoted by a mail program it is the user's own provider's; pasted alone it is most often
// the receiving side's, as the labellers of the blind sets read it (a bare "451 4.7.1 Try again
// later" or "550 5.7.1 Delivery not authorized").
bool refusalOfItsOwn(Reason r)
{
    switch (r) {
    case Reason::SystemError:
    case Reason::SystemFull:
    case Reason::NotAccepting:
    case Reason::Policy:
    case Reason::Virus:
        return true;
    default:
        return false;
    }
}

// Between two servers the user's own settings play no part in relaying or a failed handshake, nor
// does the user's network: those items move to the receiving side. Other "you" items (the message's
// own content) stay; a demand for TLS is the sending server's to meet.
bool movableToReceiver(const ExplanationItem& item)
{
    switch (item.side) {
    case Side::Server:
    case Side::Network:
        return item.reason != Reason::TlsRequired;
    case Side::You:
        return item.reason == Reason::RelayDenied || item.reason == Reason::TlsError
            || item.reason == Reason::MessageTooLarge;
    default:
        return false;
    }
}

// Sign-in and encryption happen only with the user's own provider's server.
bool aboutSigningIn(const ExplanationItem& item)
{
    if (!item.finding)
        return false;
    const StepId step = stepOf(*item.finding);
    return step == StepId::Auth || step == StepId::Tls;
}

// "Relay access denied" from the receiving server is not about signing in: that server does not take
// mail for the recipient's domain.
void receiverRelayDenied(ExplanationItem& item)
{
    const TextEntry* entry = TextEntries::find(QStringLiteral("phrase.receiver-relay-denied"));
    if (!entry || item.id == QLatin1String(entry->id))
        return;
    ExplanationItems::setTexts(item, entry->title, entry->explanation, entry->fix);
    item.id = QString::fromLatin1(entry->id);
    item.finding = entry->finding;
}

// A connection to "localhost" or 127.0.0.1 failed: the sending program on the user's own computer (or
// the web server it runs on) points at itself, where no mail server listens. That is a setting.
// A name server on the own machine (Docker's 127.0.0.11, "lookup ... on 127.0.0.1:53") is not meant.
bool connectsToOwnMachine(const QString& lower)
{
    if (lower.contains(QLatin1String("lookup ")))
        return false;
    for (const char* host : { "localhost", "127.0.0.1", "[::1]" }) {
        const QLatin1String h(host);
        for (qsizetype at = lower.indexOf(h); at >= 0; at = lower.indexOf(h, at + 1)) {
            const qsizetype end = at + h.size();
            if (end >= lower.size() || !(lower.at(end).isLetterOrNumber() || lower.at(end) == u'.'))
                return true;
        }
    }
    return false;
}

// Whose server the text quotes, from its lowercase form (lowercased once: the text may be 2 MB).
enum class Quoting { Unknown, Receiving, Own };

Quoting quotingOf(const QString& lower, const BounceText& bounce)
{
    if (bounce.looksLikeBounce)
        return Quoting::Receiving;
    // Gmail's "send mail as" report: the relay is the user's own provider's server.
    if (lower.contains(QLatin1String("rejected by the relay")))
        return Quoting::Own;
    // Exchange's queue viewer: "Server at mx.example.org (192.0.2.1) returned '450 4.4.316 ...'".
    const qsizetype serverAt = lower.indexOf(QLatin1String("server at "));
    if (serverAt >= 0 && lower.indexOf(QLatin1String(" returned '"), serverAt) > serverAt)
        return Quoting::Receiving;
    if (diagnosticType(lower) || hostSaid(lower))
        return Quoting::Receiving;
    for (const char* marker : QuoteMarkers)
        if (lower.contains(QLatin1String(marker)))
            return Quoting::Receiving;
    for (const char* marker : OwnServerMarkers)
        if (lower.contains(QString::fromUtf8(marker)))
            return Quoting::Own;
    return Quoting::Unknown;
}

} // namespace

bool ownServerQuoted(QStringView text, const BounceText& bounce)
{
    return quotingOf(text.toString().toLower(), bounce) == Quoting::Own;
}

bool receivingServerQuoted(QStringView text, const BounceText& bounce)
{
    return quotingOf(text.toString().toLower(), bounce) == Quoting::Receiving;
}

void apply(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce)
{
    if (items.isEmpty())
        return;
    const QString lower = text.toString().toLower();
    const Quoting quoting = quotingOf(lower, bounce);
    for (ExplanationItem& item : items) {
        if (item.code == 0 && item.enhanced.isEmpty()) {
            // No reply: a mail program's own words about the server it talks to.
            if (item.reason == Reason::NetworkError && item.side == Side::Network
                && quoting != Quoting::Receiving && connectsToOwnMachine(lower))
                item.side = Side::You;
            continue;
        }
        const TextEntry* entry = TextEntries::find(item.id);
        if (entry && (entry->flags & TextEntry::AboutSender))
            continue;
        const Reason r = item.reason;
        switch (quoting) {
        case Quoting::Receiving:
            if (r == Reason::TlsRequired && item.side == Side::You) {
                item.side = Side::Server; // the sending server did not encrypt: its setting, not the user's
            } else if (describesAnsweringServer(r) && movableToReceiver(item)) {
                item.side = Side::Recipient;
                if (r == Reason::RelayDenied)
                    receiverRelayDenied(item);
            }
            break;
        case Quoting::Own:
            // The user's own provider refused it: its outgoing filter, its limits, its trouble.
            if (refusalOfItsOwn(r) || r == Reason::Spam || r == Reason::MessageTooLarge)
                item.side = Side::Server;
            break;
        case Quoting::Unknown:
            if (refusalOfItsOwn(r) && item.side == Side::Server && !aboutSigningIn(item))
                item.side = Side::Recipient;
            else if (r == Reason::MessageTooLarge && item.side == Side::Server)
                item.side = Side::You; // pasted alone: the user's message is what has to shrink
            break;
        }
    }
}

} // namespace SmtpDoctor::AnsweringSide
