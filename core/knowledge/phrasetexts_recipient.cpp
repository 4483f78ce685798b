// Phrases that name a cause on the receiving side, whatever server wrote them: the address, the domain,
// the mailbox, the recipient's own filter, a mailing list. Patterns come from the MTAs' sources and the
// bounce classifiers' catalogues (sisimai's Reason classes), as short lowercase fragments.
// Patterns: lowercase alternatives separated by '|'; '*' = up to 60 characters of the same line.
#include "core/knowledge/textentries.h"

namespace SmtpDoctor {

using K = TextEntry::Kind;
using C = ReplyClass;
using S = Side;
using R = RetryAdvice;

const std::vector<TextEntry>& recipientPhrases()
{
    static const std::vector<TextEntry> table {
        { .id = "phrase.user-unknown", .kind = K::Phrase,
            .patterns = "does not have a final email delivery point|no matches to nameserver query|adresse de messagerie * n'existe pas|l'adresse * n'existe pas|destinataire inconnu|utilisateur inconnu|user unknown|unknown user|no such user|not our customer|unknown recipient|recipient unknown|invalid recipient|recipient not found|recipient does not exist|mailbox not found|no such mailbox|mailbox does not exist|address does not exist|account does not exist|user not found|unknown or illegal alias|user doesn't exist|user does not exist|no mailbox here|addressee unknown|address unknown|unknown mailbox|invalid mailbox|mailbox invalid|mailbox not present|is not a valid mailbox|not a valid recipient|no such recipient|no such address|no such person|recipient not exist|user not exist|user not known|is not a known user|bad destination mailbox|unknown local part|unknown local-part|non-existent user|nonexistent user|non existent user|no account by that name|email address does not exist|email address could not be found|address not present in directory|destination addresses were unknown|there is no one at this address|no valid recipients|requested action not taken: mailbox unavailable|mailbox unavailable|user * does not exist|mailbox * does not exist|recipient * was not found|user * was not found|rcpt * does not exist|not listed in domino directory|not listed in public name & address book|utilisateur inconnu|unbekannter empf|no existe|nessun utente|inactive email address|address couldn't be found|address could not be found|invalid final delivery userid|this user doesn't have a|unknown virtual user|mail delivery failed... user unknown|no mailbox found|no mailbox by that name is currently available|no mail box available for this user|not a valid user here|is not an active address at this host|recipient address rejected: invalid user|recipient address rejected: invalid-recipient|recipient address rejected: userunknown|the user's email name is not found|this email address is wrong or no longer valid|resolver.adr.recipient notfound|does not exist at the organization|unknown e-mail address|address no longer exists|mailbox no longer exists|user no longer exists|account no longer exists|user path no exist|次の受信者アドレスに 間違いがあります|the address was not found|email address is marked as invalid|address is marked as invalid|due to invalid address(es)|invalid address(es)|アドレスが無効なため",
            .specificity = 2, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown, .reason = Reason::RecipientUnknown,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's address does not exist"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The receiving server has no mailbox with the name before \"@\". The address is mistyped, or the person no longer uses it. Your own settings are fine."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the recipient's address for typos, or ask them for their correct address.") },
        // What a refused relay means when a delivery report quotes the RECEIVING server (AnsweringSide puts
        // it in place of phrase.relay-denied): that server does not take mail for the recipient's domain.
        // Exchange Online's ATTR35/ATTR36 say so on their own (the domain is not an accepted domain there).
        { .id = "phrase.receiver-relay-denied", .kind = K::Phrase, .patterns = "relay access denied attr35|relay access denied attr36|access denied attr36",
            .specificity = 4, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRelayDenied,
            .reason = Reason::RelayDenied,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's server does not take mail for that domain"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "Your server found the recipient's mail server, but that server answered that it does not handle mail for the recipient's domain. Either the part after \"@\" is mistyped, or the recipient's domain points to a mail server that is not set up for it."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the part after \"@\" in the recipient's address. If it is right, tell the recipient in another way: their domain's mail settings (MX records) need fixing.") },
        { .id = "phrase.host-unknown", .kind = K::Phrase,
            .patterns = "host unknown|unknown host|domain not found|no such domain|domain does not exist|domain name not found|host not found|nxdomain|unknown domain|unrouteable address|unroutable address|no mx record|no mail exchanger|domain has no mx|bad destination system address|name or service not known|host or domain name not found|domain is not reachable|recipient domain must exist|mail domain mentioned in email address is unknown|all host address lookups failed|couldn't find any host|invalid domain name|we weren't able to find the recipient domain|all relevant mx records point to non-existent hosts|had no relevant answers|host * not found|the domain * couldn't be found|domain must exist|remote domain doesnt exist|remote domain doesn't exist|dns error: domain name not found|dns server returned answer with no data|dns lookup failure: host",
            .specificity = 2, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown, .reason = Reason::HostUnknown,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's domain does not exist"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The part after \"@\" in the recipient's address is not a domain that receives mail, usually because of a typo."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the part after \"@\" in the recipient's address, for example \"gmail.com\" and not \"gmial.com\".") },
        { .id = "phrase.mailbox-full", .kind = K::Phrase,
            .patterns = "mail box space not enough|mailbox full|mailbox is full|mailbox has exceeded|quota exceeded|over quota|overquota|exceeded storage allocation|exceeded its quota|exceeds quota|mailbox size limit exceeded|user is over quota|disk quota exceeded|quota full|out of storage|mailbox over quota|over the allowed quota|quota violation|mailfolder is full|full mailbox|exceeding its mailbox quota|not enough storage space|does not have enough space|user has too many messages|exceeded its disk space limit|reached disk quota|would exceed maximum allowed storage|maildir over quota|the user's space has been used up|inbox is full|boite du destinataire pleine|postfach voll|casella piena|mailbox exceeded the local limit|exceeded the local limit|exceeding their quota|diskspace quota|over disk quota|quota usage exceeded|userdisk quota|domaindisk quota|exceeded quota|over the quota|too many messages on the server|mailbox exceeds allowed size|account storage limit|error: quota exceed|reached its storage limit|mailboxfull|exceeded its storage quota|quota exceed|quota limit is exceeded|quota limit exceeded|exceeded the allowed mailbox|mailbox space not enough",
            .specificity = 2, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::Later,
            .finding = FindingId::SendRateLimited, .reason = Reason::MailboxFull,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's mailbox is full"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The recipient has used up their storage space, so no new mail fits in. Your settings are fine."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Tell the recipient in another way that their mailbox is full, and send again after they have made room.") },
        { .id = "phrase.mailbox-disabled", .kind = K::Phrase,
            .patterns = "ha expirado por falta de uso|mailbox disabled|account disabled|account has been disabled|account is disabled|account inactive|inactive account|mailbox inactive|mailbox is inactive|account suspended|account has been suspended|mailbox has been suspended|user account is unavailable|is currently suspended|mailbox currently suspended|mailbox is frozen|inactive user|invalid/inactive user|user suspended|account is locked|disabled or discontinued|you tried to reach is disabled|you tried to reach is inactive|is a deactivated mailbox|user or domain is disabled|recipient suspend|user is terminated|archived recipient|temporarily inactive|administratively disabled|administrativly disabled|temporary locked|temporarily locked|boite du destinataire archivee|has been suspended|mailbox unavailable or access denied|this address no longer accepts mail|the user(s) account is disabled|account is temporarily limited|administratively disabled|is no longer valid|account has been temporarily suspended|user is inactive|recipient account is blocked|compte du destinataire est bloque|address rejected: inactive",
            .specificity = 3, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown, .reason = Reason::Suspended,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's mailbox is disabled"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The mailbox exists but does not accept messages: it was switched off, suspended, or is being closed. Some servers also use this when one recipient gets too much mail at once."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient in another way whether the address is still in use.") },
        { .id = "phrase.moved", .kind = K::Phrase,
            .patterns = "has been replaced by|no longer on server|user has moved|mailbox has moved|has moved to|address has changed|no forwarding address|not forwarded|recipient has moved|mailbox owner has changed",
            .specificity = 3, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown, .reason = Reason::Moved,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient has moved to another address"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "This address is no longer used: the person moved to another address, and the server does not pass mail on. Some servers name the new address in their reply."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Look for a new address in the server's words, or ask the recipient for it, and send there.") },
        { .id = "phrase.recipient-filter", .kind = K::Phrase,
            .patterns = "are not accepting mail from|is not accepting mail from|refuses to receive|refused due to recipient preferences|user reject|rejected by recipient|blocked by the recipient|you have been blocked by the recipient|message rejected due to user rules|only accepting mail from specific|is only accepting mail from|not accepting mail from you|isn't on the recipient's list of senders|not on the recipient's list|has restricted sms e-mail|this account is protected by|refuse to receive mail|recipient refuses to accept your mail|blocked by user's filter|sender is in the recipient's block list|does not accept email in non-western|non-latin) character sets|administrative prohibition - envelope blocked|envelope blocked",
            .specificity = 3, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRejectedAsSpam, .reason = Reason::Filtered,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's own settings refused your mail"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The address exists, but the recipient's filter did not let this message in: a block list, a \"only from senders I know\" setting, a spam rule, or, on a mobile phone, its mail reception settings. Your own settings are fine."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient in another way to allow your address (their allowed-senders list or phone mail settings), then send again.") },
        { .id = "phrase.mailing-list", .kind = K::Phrase,
            .patterns = "not a member of this|are not member|not member article|you are not a member|non-member|non member|members-only list|members only list|closed mailing list|not allowed to post to this mailing list|you are not allowed to post|permission to post|may not have permission to post|must be a member|posting is restricted|post by non-member|held for moderation|requires moderator approval|not subscribed to this group|not subscribed to this list|the group you tried to contact|posting to this list|reject mail from|reject spammers|header may cause mail loop|mail is rejected by recipients",
            .specificity = 3, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown, .reason = Reason::MailingList,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The mailing list or group did not accept your post"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The address is a mailing list or group that only takes posts from its members or from allowed senders, and your sender address is not one of them (or the group does not exist)."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Join the list or group with the address you send from, or ask its owner to allow your address. Check the group's address too.") },
        { .id = "phrase.not-accepting", .kind = K::Phrase,
            .patterns = "does not accept mail|host does not accept mail|domain does not accept mail|accepts no mail|null mx|nullmx|mail receiving disabled|no mx found for domain|no mx found for destination|smtp protocol returned a permanent error|destination seem to reject all mails|indicated no smtp service|no smtp service here|not accepting network messages|no mx record found for domain|host found but no data record|name server: .: host not found|no route for current request|no host found for existing smtp connection",
            .specificity = 2, .typicalClass = C::Permanent, .side = S::Recipient, .retry = R::AfterFix,
            .finding = FindingId::SendRecipientUnknown, .reason = Reason::NotAccepting,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The recipient's domain does not receive mail"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge", "The domain after \"@\" says that it accepts no mail at all: it has no mail server, or it publishes a \"null MX\" record. The address may belong to a website only, or be mistyped."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Check the part after \"@\", and ask the recipient for an address that receives mail.") },
    };
    return table;
}

} // namespace SmtpDoctor
