// What groupware and list servers say: Microsoft Exchange on-premises, HCL Domino / Lotus Notes, and
// mailing-list managers (Mailman, fml).
// Patterns: lowercase alternatives separated by '|'; '*' = up to 60 characters of the same line.
#include "core/knowledge/textentries.h"

namespace SmtpDoctor {

using K = TextEntry::Kind;
using C = ReplyClass;
using S = Side;
using R = RetryAdvice;

const std::vector<TextEntry>& groupwareTexts()
{
    static const std::vector<TextEntry> table {
        { .id = "exchange.client-not-authenticated", .kind = K::Phrase,
            .patterns = "client was not authenticated", .specificity = 3, .typicalClass = C::Permanent,
            .side = S::You, .retry = R::AfterFix, .finding = FindingId::SendRelayDenied,
            .reason = Reason::AuthenticationRequired,
            .title = QT_TRANSLATE_NOOP("Knowledge", "Exchange: the mail program did not sign in"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The Exchange server only accepts mail from users who have signed in, and your mail program sent without signing in."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Turn on \"My outgoing server (SMTP) requires authentication\" with your user name and password, and use port 587 with STARTTLS. Ask your IT department for the correct server name.") },
        { .id = "exchange.service-not-available", .kind = K::Phrase, .patterns = "4.3.2 service not available|service not available, closing channel|サービスは使用できません。チャンネルを閉じます",
            .specificity = 3, .typicalClass = C::Transient, .side = S::Server, .retry = R::Soon,
            .finding = FindingId::ServerGreetingRejected,
            .reason = Reason::SystemError,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The Exchange server is not accepting mail right now"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The server closed the connection because it cannot take mail at the moment: it is being restarted or maintained, is short of disk space or memory (\"back pressure\"), or a rule refuses your connection."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Wait a few minutes and try again. If it lasts, tell your IT department: the Exchange server or its connector needs attention.") },
        { .id = "exchange.insufficient-resources", .kind = K::Phrase,
            .patterns = "insufficient system resources|insufficient system storage", .specificity = 3,
            .typicalClass = C::Transient, .side = S::Server, .retry = R::Soon,
            .finding = FindingId::SendRateLimited,
            .reason = Reason::SystemFull,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The server is short of disk space or memory"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The server refuses new mail until it has enough free resources again (Exchange calls this back pressure)."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Wait and try again later. If it lasts, tell the server's administrator.") },
        { .id = "exchange.unrecognized-auth", .kind = K::Phrase,
            .patterns = "unrecognized authentication type", .specificity = 3, .typicalClass = C::Permanent,
            .side = S::You, .retry = R::AfterFix, .finding = FindingId::AuthMechanismUnsupported,
            .reason = Reason::SignInMethod,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The server does not support this sign-in method"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The mail program chose a sign-in method (authentication type) the server does not offer."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "In your mail program's outgoing server settings, set the authentication method to \"Normal password\" (or \"automatic\"), with SSL/TLS or STARTTLS turned on.") },
        { .id = "exchange.size", .kind = K::Phrase,
            .patterns = "message size exceeds fixed maximum message size|message size exceeds fixed limit|exceeds size limit|message too big|message is too big|message too large|message is too large|exceeds the maximum message size|size exceeds",
            .specificity = 3, .typicalClass = C::Permanent, .side = S::Server, .retry = R::AfterFix,
            .finding = FindingId::SendMessageTooLarge,
            .reason = Reason::MessageTooLarge,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The message is too large"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The message is bigger than the server accepts (attachments count too, and they grow by about a third when sent)."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Send smaller attachments, or share large files through a link instead.") },
        { .id = "domino.not-listed", .kind = K::Phrase,
            .patterns = "not listed in domino directory|not listed in public name & address book|not listed in the domino directory|domino ディレクトリには見つかりません|ディレクトリのリストにありません|no se encuentra en el directorio de domino",
            .specificity = 4, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown, .reason = Reason::RecipientUnknown,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient is not in the organisation's directory (HCL Domino / Notes)"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The recipient's organisation uses HCL Domino (Lotus Notes), which looked the address up in its directory and found nobody with it. The address is mistyped, or the person has left."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the recipient's address for typos, or ask them for their correct address.") },
        { .id = "domino.several-matches", .kind = K::Phrase,
            .patterns = "several matches found in domino directory|several matches found in the domino directory|destination mailbox address ambiguous",
            .specificity = 4, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .reason = Reason::SystemError,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The address matches more than one person in the recipient's directory"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The recipient's mail system found several entries for this address and cannot decide where to deliver. Its administrator has to correct the directory."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Tell the recipient in another way; their mail administrator must fix the duplicate entry. Until then, use another address of theirs if they have one.") },
        { .id = "domino.cannot-route", .kind = K::Phrase,
            .patterns = "cannot route mail to user|unable to route mail to user|no route found to domain",
            .specificity = 3, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::Later,
            .reason = Reason::SystemError,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's mail system cannot route mail to this mailbox"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The address is known, but the recipient's mail system (often HCL Domino) does not know which of its servers holds the mailbox, or cannot reach it. This is a configuration problem on their side."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Tell the recipient in another way so that their mail administrator can fix the routing; send again afterwards.") },
        { .id = "mailinglist.moderation", .kind = K::Phrase,
            .patterns = "awaits moderator approval|is being held until the list moderator|held for moderation|post to moderated list",
            .specificity = 4, .typicalClass = C::Transient, .side = S::Recipient, .retry = R::Automatic,
            .reason = Reason::MailingList,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The mailing list is holding your post for a moderator"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The list did not refuse the message: it keeps it until a moderator approves or rejects it, because you are not a member or the post needs a review."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Wait for the moderator. To post without review, join the list with the address you send from.") },
    };
    return table;
}

} // namespace SmtpDoctor
