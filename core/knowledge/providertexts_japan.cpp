// Japanese mobile carriers (docomo, au/KDDI, SoftBank) and internet providers (OCN, BIGLOBE, @nifty,
// So-net, Yahoo! JAPAN). Carriers answer "Unknown user" both for a wrong address (at RCPT TO) and for
// mail the recipient's phone settings refuse (after the message, "end of DATA"), so the stage matters.
#include "core/knowledge/textentries.h"

namespace SmtpDoctor {

using K = TextEntry::Kind;
using St = ReplyStage;
using C = ReplyClass;
using S = Side;
using R = RetryAdvice;
using F = TextEntry::Flag;

// The mobile carriers' "user unknown" (docomo, au, SoftBank): what it means depends on the stage.
constexpr const char* CarrierUnknownUser = "unknown user*docomo.ne.jp|ezweb.ne.jp>: user unknown|au.com>: user unknown|ezweb.ne.jp>... user unknown|softbank.ne.jp>... user unknown|softbank.ne.jp>: user unknown";

const std::vector<TextEntry>& japanProviderTexts()
{
    static const std::vector<TextEntry> table {
        { .id = "docomo.unknown-user-rcpt", .kind = K::Provider,
            .patterns = CarrierUnknownUser,
            .stage = St::RcptTo, .specificity = 4, .typicalClass = C::Permanent, .side = S::Recipient,
            .retry = R::AfterFix, .finding = FindingId::SendRecipientUnknown,
            .reason = Reason::RecipientUnknown,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The mobile phone address does not exist"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The mobile carrier refused the address as soon as it was named: no such address exists. Mobile addresses change when people switch carriers or change their address."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the address for typos, and ask the recipient by phone or chat for their current address.") },
        { .id = "docomo.filtered", .kind = K::Provider,
            .patterns = CarrierUnknownUser,
            .stage = St::Message, .specificity = 4, .typicalClass = C::Permanent, .side = S::Recipient,
            .retry = R::AfterFix, .finding = FindingId::SendRejectedAsSpam,
            .reason = Reason::Filtered,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's phone settings refused your mail"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The carrier accepted the address, then refused the message after receiving it. Carriers report \"unknown user\" here, but it means the recipient's spam settings block it: for example \"refuse mail from computers\" or a list of allowed senders."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient by phone or chat to add your address (or its domain) to the allowed senders in their carrier's mail settings, then send again.") },
        { .id = "kddi.filtered", .kind = K::Provider,
            .patterns = "550 : user unknown|550 :user unknown|550: : user unknown",
            .specificity = 4, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRejectedAsSpam, .reason = Reason::Filtered,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's phone settings refused your mail"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The carrier accepted the address, then refused the message after receiving it. Carriers report \"unknown user\" here, but it means the recipient's spam settings block it: for example \"refuse mail from computers\" or a list of allowed senders."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient by phone or chat to add your address (or its domain) to the allowed senders in their carrier's mail settings, then send again.") },
        { .id = "docomo.unknown-user", .kind = K::Provider,
            .patterns = CarrierUnknownUser,
            .specificity = 3, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown,
            .reason = Reason::RecipientUnknown,
            .title = QT_TRANSLATE_NOOP("Knowledge", "A mobile carrier refused the address or the message"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "Japanese mobile carriers answer \"unknown user\" both when the address does not exist and when the recipient's spam settings refuse your mail (for example \"refuse mail from computers\"). If the bounce says \"in reply to RCPT TO\", the address is wrong; \"end of DATA\" means it was filtered."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the address, then ask the recipient to allow your address or domain in their carrier's mail settings (受信リスト設定 / 指定受信).") },
        { .id = "docomo.mailbox-full", .kind = K::Provider, .patterns = "too much mail data", .specificity = 4,
            .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::Later,
            .finding = FindingId::SendRateLimited,
            .reason = Reason::MailboxFull,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's mobile mailbox is full"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "docomo answers \"Too much mail data\" when the recipient's mailbox has no space left."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Tell the recipient in another way to delete old mail, then send again.") },
        { .id = "carrier.address", .kind = K::Provider,
            .patterns = "@docomo.ne.jp|@ezweb.ne.jp|@au.com|@softbank.ne.jp|@i.softbank.jp|@ymobile.ne.jp|@uqmobile.jp|@rakumail.jp",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .flags = F::NeedsFailure,
            .reason = Reason::Unclassified,
            .title = QT_TRANSLATE_NOOP("Knowledge", "Mail to a Japanese mobile phone address"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "Mobile carriers' addresses (docomo, au, SoftBank and others) often refuse mail from computers or from senders the recipient has not allowed, and the refusal can look like \"unknown user\"."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient to add your address or domain to the allowed senders in their carrier's mail settings (受信リスト設定 / 指定受信).") },
        { .id = "yahoojapan.smtp", .kind = K::Provider, .patterns = "smtp.mail.yahoo.co.jp", .specificity = 1,
            .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix, .flags = F::NeedsFailure,
            .reason = Reason::Configuration,
            .title = QT_TRANSLATE_NOOP("Knowledge", "Sending through Yahoo! JAPAN Mail"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "Yahoo! JAPAN Mail accepts mail programs only if access from programs other than Yahoo! JAPAN's own is allowed in its settings. Its outgoing server is smtp.mail.yahoo.co.jp, port 465 with SSL/TLS."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "In Yahoo! JAPAN Mail's settings (IMAP/POP/SMTP access), allow access from programs other than Yahoo! JAPAN's own. Then use smtp.mail.yahoo.co.jp, port 465, SSL/TLS, with SMTP authentication.") },
        { .id = "ocn.smtp", .kind = K::Provider, .patterns = "smtp.ocn.ne.jp", .specificity = 1,
            .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix, .flags = F::NeedsFailure,
            .reason = Reason::Configuration,
            .title = QT_TRANSLATE_NOOP("Knowledge", "Sending through OCN"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "OCN blocks sending on port 25 to outside servers and expects mail programs to sign in on a sending port. It uses a mail password that is separate from your OCN ID's password."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Use the outgoing server from OCN's setup page (smtp.ocn.ne.jp) with port 465 and SSL/TLS, turn on SMTP authentication, and sign in with your full mail address and mail password.") },
        { .id = "biglobe.smtp", .kind = K::Provider, .patterns = "smtp.biglobe.ne.jp|mail.biglobe.ne.jp",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix,
            .flags = F::NeedsFailure,
            .reason = Reason::Configuration,
            .title = QT_TRANSLATE_NOOP("Knowledge", "Sending through BIGLOBE"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "BIGLOBE blocks sending on port 25 to outside servers and expects mail programs to sign in on port 587 or 465, with the mail password."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Use the outgoing server and port from BIGLOBE's setup page (587 or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.") },
        { .id = "nifty.smtp", .kind = K::Provider, .patterns = "smtp.nifty.com|mail.nifty.com",
            .specificity = 1, .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix,
            .flags = F::NeedsFailure,
            .reason = Reason::Configuration,
            .title = QT_TRANSLATE_NOOP("Knowledge", "Sending through @nifty"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "@nifty blocks sending on port 25 to outside servers and expects mail programs to sign in on port 587 or 465, with the mail password."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Use the outgoing server and port from @nifty's setup page (587 or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.") },
        { .id = "sonet.smtp", .kind = K::Provider, .patterns = ".so-net.ne.jp", .specificity = 1,
            .typicalClass = C::Permanent, .side = S::You, .retry = R::AfterFix, .flags = F::NeedsFailure,
            .reason = Reason::Configuration,
            .title = QT_TRANSLATE_NOOP("Knowledge", "Sending through So-net"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "So-net blocks sending on port 25 to outside servers and expects mail programs to sign in on a sending port, with the mail password."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Use the outgoing server and port from So-net's setup page (587, or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.") },
    };
    return table;
}

} // namespace SmtpDoctor
