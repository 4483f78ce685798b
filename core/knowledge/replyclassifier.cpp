#include "core/knowledge/replyclassifier.h"

namespace SmtpDoctor::ReplyClassifier {

namespace {

bool mentions(const SmtpReply& reply, std::initializer_list<const char*> words)
{
    const QString text = reply.text().toLower();
    for (const char* w : words)
        if (text.contains(QLatin1String(w)))
            return true;
    return false;
}

bool isEnhanced(const SmtpReply& reply, int subject, int detail)
{
    return reply.enhanced.isValid() && reply.enhanced.subject == subject && reply.enhanced.detail == detail;
}

} // namespace

QString authFindingId(const SmtpReply& reply)
{
    if (isEnhanced(reply, 7, 9) || reply.code == 534
        || mentions(reply, { "application-specific password", "app password", "application specific password" }))
        return QStringLiteral("auth.app-password-required");
    if (isEnhanced(reply, 7, 139) || mentions(reply, { "smtpclientauthentication is disabled", "smtp auth is disabled",
                                          "basic authentication is disabled" }))
        return QStringLiteral("auth.disabled-by-provider");
    if (mentions(reply, { "oauth", "xoauth2" }) && !mentions(reply, { "password" }))
        return QStringLiteral("auth.oauth-required");
    if (reply.code == 530 || reply.code == 538 || mentions(reply, { "starttls", "must issue a starttls", "encryption required" }))
        return QStringLiteral("auth.requires-tls");
    if (reply.code == 504)
        return QStringLiteral("auth.mechanism-unsupported");
    if (reply.isTransient())
        return QStringLiteral("auth.temporary-failure");
    return QStringLiteral("auth.rejected");
}

QString sendFindingId(SessionState stage, const SmtpReply& reply)
{
    if (reply.code == 552 || isEnhanced(reply, 3, 4) || isEnhanced(reply, 2, 3) || mentions(reply, { "too large", "size exceeds", "message size" }))
        return QStringLiteral("send.message-too-large");
    if (mentions(reply, { "relay access denied", "relay not permitted", "relaying denied", "not permitted to relay",
            "unable to relay", "relay denied", "relaying not allowed" }))
        return QStringLiteral("send.relay-denied");
    if (reply.isTransient() && (reply.enhanced.subject == 7 || mentions(reply, { "rate", "limit", "greylist", "graylist", "try again later", "too many" })))
        return QStringLiteral("send.rate-limited");
    if (reply.isTransient())
        return QStringLiteral("send.rate-limited");
    if (mentions(reply, { "spam", "blocked", "blacklist", "blocklist", "spamhaus", "spf", "dkim", "dmarc", "policy", "reputation" })
        || isEnhanced(reply, 7, 26) || isEnhanced(reply, 7, 27) || isEnhanced(reply, 7, 23) || isEnhanced(reply, 7, 25))
        return QStringLiteral("send.rejected-as-spam");
    if (stage == SessionState::RcptTo) {
        if (isEnhanced(reply, 1, 1) || isEnhanced(reply, 1, 10) || mentions(reply, { "user unknown", "no such user",
                "does not exist", "unknown user", "mailbox unavailable", "recipient address rejected" }))
            return QStringLiteral("send.recipient-unknown");
        if (reply.enhanced.subject == 7 || reply.code == 554 || reply.code == 551)
            return QStringLiteral("send.relay-denied");
        return QStringLiteral("send.recipient-unknown");
    }
    if (stage == SessionState::MailFrom)
        return QStringLiteral("send.sender-rejected");
    return QStringLiteral("send.failed");
}

} // namespace SmtpDoctor::ReplyClassifier
