#include "core/knowledge/explanationranking.h"

#include "core/knowledge/explanationitems.h"
#include "core/knowledge/textentries.h"

#include <algorithm>
#include <iterator>

namespace SmtpDoctor::ExplanationRanking {

using ExplanationItems::isFailure;

int reasonPriority(Reason r)
{
    // The words that say most about what to do come first; the catch-alls last.
    static constexpr Reason order[] = { Reason::Virus, Reason::SenderAuthentication, Reason::PtrRequired,
        Reason::BadReputation, Reason::BlockedIp, Reason::Spam, Reason::MailboxFull, Reason::MessageTooLarge,
        Reason::DeliveryProgramFailed, Reason::Suspended, Reason::Moved, Reason::Filtered,
        Reason::MailingList, Reason::NotAccepting, Reason::RelayDenied, Reason::TlsRequired,
        Reason::SignInMethod, Reason::AuthenticationRequired, Reason::AuthenticationFailed,
        Reason::Greylisted, Reason::RateLimited, Reason::TooManyConnections, Reason::NotRfcCompliant,
        Reason::SenderRejected, Reason::HostUnknown, Reason::RecipientUnknown, Reason::Policy, Reason::Loop,
        Reason::SystemFull, Reason::Expired, Reason::Delayed, Reason::SystemError, Reason::NetworkError,
        Reason::ProtocolError, Reason::TlsError, Reason::Interference, Reason::Configuration,
        Reason::Unclassified, Reason::NotChecked, Reason::InProgress, Reason::Accepted };
    const auto* it = std::find(std::begin(order), std::end(order), r);
    return int(it - std::begin(order));
}

bool isFrame(const ExplanationItem& item)
{
    // A server's failure reply is never only a frame, even when its code names no cause.
    if (item.kind == ExplanationItem::Kind::Reply)
        return !reasonNamesCause(item.reason) && !isFailure(item.replyClass);
    if (!reasonNamesCause(item.reason))
        return true;
    const TextEntry* e = TextEntries::find(item.id);
    return e && (e->flags & TextEntry::Wrapper);
}

void rank(QList<ExplanationItem>& items)
{
    const auto classRank = [](ReplyClass c) {
        return c == ReplyClass::Permanent ? 2 : c == ReplyClass::Transient ? 1 : 0;
    };
    std::stable_sort(items.begin(), items.end(), [&](const ExplanationItem& a, const ExplanationItem& b) {
        if (isFailure(a.replyClass) != isFailure(b.replyClass))
            return isFailure(a.replyClass);
        const bool aFrame = isFrame(a), bFrame = isFrame(b);
        if (aFrame != bFrame)
            return bFrame;
        if (a.specificity != b.specificity)
            return a.specificity > b.specificity;
        if (classRank(a.replyClass) != classRank(b.replyClass))
            return classRank(a.replyClass) > classRank(b.replyClass);
        if (reasonPriority(a.reason) != reasonPriority(b.reason))
            return reasonPriority(a.reason) < reasonPriority(b.reason);
        return a.position < b.position;
    });
}

} // namespace SmtpDoctor::ExplanationRanking
