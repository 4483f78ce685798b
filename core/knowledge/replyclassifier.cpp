#include "core/knowledge/replyclassifier.h"

#include "core/knowledge/explainer.h"

namespace SmtpDoctor::ReplyClassifier {

namespace {

// The knowledge base's finding for this reply at this stage, if it belongs to the step (`prefix`).
QString knowledgeFinding(const SmtpReply& reply, SessionState stage, QLatin1String prefix)
{
    const QList<ExplanationItem> items = Explainer::explainReply(reply, stage);
    for (const ExplanationItem& item : items)
        if (item.findingId.startsWith(prefix) && item.findingId != QLatin1String("send.accepted"))
            return item.findingId;
    return {};
}

bool isEnhanced(const SmtpReply& reply, int subject, int detail)
{
    return reply.enhanced.isValid() && reply.enhanced.subject == subject && reply.enhanced.detail == detail;
}

} // namespace

QString authFindingId(const SmtpReply& reply)
{
    const QString known = knowledgeFinding(reply, SessionState::Auth, QLatin1String("auth."));
    if (!known.isEmpty())
        return known;
    // Whatever the words, the basic code decides what a sign-in refusal means.
    if (reply.code == 534 || isEnhanced(reply, 7, 9))
        return QStringLiteral("auth.app-password-required");
    if (reply.code == 530 || reply.code == 538)
        return QStringLiteral("auth.requires-tls");
    if (reply.code == 504)
        return QStringLiteral("auth.mechanism-unsupported");
    if (reply.isTransient())
        return QStringLiteral("auth.temporary-failure");
    return QStringLiteral("auth.rejected");
}

QString sendFindingId(SessionState stage, const SmtpReply& reply)
{
    const QString known = knowledgeFinding(reply, stage, QLatin1String("send."));
    if (!known.isEmpty()) {
        // A temporary refusal is never a final verdict on the address or the message.
        if (reply.isTransient() && known != QLatin1String("send.relay-denied"))
            return QStringLiteral("send.rate-limited");
        return known;
    }
    if (reply.isTransient())
        return QStringLiteral("send.rate-limited");
    if (stage == SessionState::MailFrom)
        return QStringLiteral("send.sender-rejected");
    if (stage == SessionState::RcptTo)
        return QStringLiteral("send.recipient-unknown");
    return QStringLiteral("send.failed");
}

} // namespace SmtpDoctor::ReplyClassifier
