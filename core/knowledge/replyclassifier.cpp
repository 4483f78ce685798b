#include "core/knowledge/replyclassifier.h"

#include "core/knowledge/explainer.h"

namespace SmtpDoctor::ReplyClassifier {

namespace {

// The knowledge base's finding for this reply at this stage, if it belongs to `step`.
std::optional<FindingId> knowledgeFinding(const SmtpReply& reply, SessionState stage, StepId step)
{
    const QList<ExplanationItem> items = Explainer::explainReply(reply, stage);
    for (const ExplanationItem& item : items)
        if (item.finding && stepOf(*item.finding) == step && *item.finding != FindingId::SendAccepted)
            return item.finding;
    return std::nullopt;
}

bool isEnhanced(const SmtpReply& reply, int subject, int detail)
{
    return reply.enhanced.isValid() && reply.enhanced.subject == subject && reply.enhanced.detail == detail;
}

} // namespace

FindingId authFinding(const SmtpReply& reply)
{
    if (const std::optional<FindingId> known = knowledgeFinding(reply, SessionState::Auth, StepId::Auth)) {
        // "454 Temporary authentication failure": the words name a refusal, the code says try later.
        if (reply.isTransient() && *known == FindingId::AuthRejected)
            return FindingId::AuthTemporaryFailure;
        return *known;
    }
    // Whatever the words, the basic code decides what a sign-in refusal means.
    if (reply.code == 534 || isEnhanced(reply, 7, 9))
        return FindingId::AuthAppPasswordRequired;
    if (reply.code == 530 || reply.code == 538)
        return FindingId::AuthRequiresTls;
    if (reply.code == 504)
        return FindingId::AuthMechanismUnsupported;
    if (reply.isTransient())
        return FindingId::AuthTemporaryFailure;
    return FindingId::AuthRejected;
}

FindingId sendFinding(SessionState stage, const SmtpReply& reply)
{
    if (const std::optional<FindingId> known = knowledgeFinding(reply, stage, StepId::Send)) {
        // A temporary refusal is never a final verdict on the address or the message.
        if (reply.isTransient() && *known != FindingId::SendRelayDenied)
            return FindingId::SendRateLimited;
        return *known;
    }
    if (reply.isTransient())
        return FindingId::SendRateLimited;
    if (stage == SessionState::MailFrom)
        return FindingId::SendSenderRejected;
    if (stage == SessionState::RcptTo)
        return FindingId::SendRecipientUnknown;
    return FindingId::SendFailed;
}

std::optional<Reason> reason(SessionState stage, const SmtpReply& reply)
{
    const QList<ExplanationItem> items = Explainer::explainReply(reply, stage);
    if (items.isEmpty() || !reasonNamesCause(items.first().reason))
        return std::nullopt;
    return items.first().reason;
}

} // namespace SmtpDoctor::ReplyClassifier
