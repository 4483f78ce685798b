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

const std::vector<TextEntry>& japanProviderTexts()
{
    static const std::vector<TextEntry> table {
        { "docomo.unknown-user-rcpt", K::Provider, "unknown user*docomo.ne.jp|ezweb.ne.jp>: user unknown|au.com>: user unknown|ezweb.ne.jp>... user unknown|softbank.ne.jp>... user unknown|softbank.ne.jp>: user unknown", St::RcptTo, 4, C::Permanent, S::Recipient, R::AfterFix, "send.recipient-unknown",
            QT_TRANSLATE_NOOP("Knowledge", "The mobile phone address does not exist"),
            QT_TRANSLATE_NOOP("Knowledge", "The mobile carrier refused the address as soon as it was named: no such address exists. Mobile addresses change when people switch carriers or change their address."),
            QT_TRANSLATE_NOOP("Knowledge", "Check the address for typos, and ask the recipient by phone or chat for their current address.") },
        { "docomo.filtered", K::Provider, "unknown user*docomo.ne.jp|ezweb.ne.jp>: user unknown|au.com>: user unknown|ezweb.ne.jp>... user unknown|softbank.ne.jp>... user unknown|softbank.ne.jp>: user unknown", St::Message, 4, C::Permanent, S::Recipient, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's phone settings refused your mail"),
            QT_TRANSLATE_NOOP("Knowledge", "The carrier accepted the address, then refused the message after receiving it. Carriers report \"unknown user\" here, but it means the recipient's spam settings block it: for example \"refuse mail from computers\" or a list of allowed senders."),
            QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient by phone or chat to add your address (or its domain) to the allowed senders in their carrier's mail settings, then send again.") },
        { "docomo.unknown-user", K::Provider, "unknown user*docomo.ne.jp|ezweb.ne.jp>: user unknown|au.com>: user unknown|ezweb.ne.jp>... user unknown|softbank.ne.jp>... user unknown|softbank.ne.jp>: user unknown", St::Any, 3, C::Permanent, S::Recipient, R::AfterFix, "send.recipient-unknown",
            QT_TRANSLATE_NOOP("Knowledge", "A mobile carrier refused the address or the message"),
            QT_TRANSLATE_NOOP("Knowledge", "Japanese mobile carriers answer \"unknown user\" both when the address does not exist and when the recipient's spam settings refuse your mail (for example \"refuse mail from computers\"). If the bounce says \"in reply to RCPT TO\", the address is wrong; \"end of DATA\" means it was filtered."),
            QT_TRANSLATE_NOOP("Knowledge", "Check the address, then ask the recipient to allow your address or domain in their carrier's mail settings (受信リスト設定 / 指定受信).") },
        { "docomo.mailbox-full", K::Provider, "too much mail data", St::Any, 4, C::Permanent, S::Recipient, R::Later, "send.rate-limited",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's mobile mailbox is full"),
            QT_TRANSLATE_NOOP("Knowledge", "docomo answers \"Too much mail data\" when the recipient's mailbox has no space left."),
            QT_TRANSLATE_NOOP("Knowledge", "Tell the recipient in another way to delete old mail, then send again.") },
        { "carrier.address", K::Provider, "@docomo.ne.jp|@ezweb.ne.jp|@au.com|@softbank.ne.jp|@i.softbank.jp|@ymobile.ne.jp|@uqmobile.jp|@rakumail.jp", St::Any, 1, C::Permanent, S::Recipient, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Mail to a Japanese mobile phone address"),
            QT_TRANSLATE_NOOP("Knowledge", "Mobile carriers' addresses (docomo, au, SoftBank and others) often refuse mail from computers or from senders the recipient has not allowed, and the refusal can look like \"unknown user\"."),
            QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient to add your address or domain to the allowed senders in their carrier's mail settings (受信リスト設定 / 指定受信).") , F::NeedsFailure },
        { "yahoojapan.smtp", K::Provider, "smtp.mail.yahoo.co.jp", St::Any, 1, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Sending through Yahoo! JAPAN Mail"),
            QT_TRANSLATE_NOOP("Knowledge", "Yahoo! JAPAN Mail accepts mail programs only if access from programs other than Yahoo! JAPAN's own is allowed in its settings. Its outgoing server is smtp.mail.yahoo.co.jp, port 465 with SSL/TLS."),
            QT_TRANSLATE_NOOP("Knowledge", "In Yahoo! JAPAN Mail's settings (IMAP/POP/SMTP access), allow access from programs other than Yahoo! JAPAN's own. Then use smtp.mail.yahoo.co.jp, port 465, SSL/TLS, with SMTP authentication.") , F::NeedsFailure },
        { "ocn.smtp", K::Provider, "smtp.ocn.ne.jp", St::Any, 1, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Sending through OCN"),
            QT_TRANSLATE_NOOP("Knowledge", "OCN blocks sending on port 25 to outside servers and expects mail programs to sign in on a sending port. It uses a mail password that is separate from your OCN ID's password."),
            QT_TRANSLATE_NOOP("Knowledge", "Use the outgoing server from OCN's setup page (smtp.ocn.ne.jp) with port 465 and SSL/TLS, turn on SMTP authentication, and sign in with your full mail address and mail password.") , F::NeedsFailure },
        { "biglobe.smtp", K::Provider, "smtp.biglobe.ne.jp|mail.biglobe.ne.jp", St::Any, 1, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Sending through BIGLOBE"),
            QT_TRANSLATE_NOOP("Knowledge", "BIGLOBE blocks sending on port 25 to outside servers and expects mail programs to sign in on port 587 or 465, with the mail password."),
            QT_TRANSLATE_NOOP("Knowledge", "Use the outgoing server and port from BIGLOBE's setup page (587 or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.") , F::NeedsFailure },
        { "nifty.smtp", K::Provider, "smtp.nifty.com|mail.nifty.com", St::Any, 1, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Sending through @nifty"),
            QT_TRANSLATE_NOOP("Knowledge", "@nifty blocks sending on port 25 to outside servers and expects mail programs to sign in on port 587 or 465, with the mail password."),
            QT_TRANSLATE_NOOP("Knowledge", "Use the outgoing server and port from @nifty's setup page (587 or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.") , F::NeedsFailure },
        { "sonet.smtp", K::Provider, ".so-net.ne.jp", St::Any, 1, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Sending through So-net"),
            QT_TRANSLATE_NOOP("Knowledge", "So-net blocks sending on port 25 to outside servers and expects mail programs to sign in on a sending port, with the mail password."),
            QT_TRANSLATE_NOOP("Knowledge", "Use the outgoing server and port from So-net's setup page (587, or 465 with SSL/TLS), and turn on SMTP authentication with your mail address and mail password.") , F::NeedsFailure },
    };
    return table;
}

const std::vector<TextEntry>& blocklistTexts()
{
    static const std::vector<TextEntry> table {
        { "spamhaus.pbl", K::Provider, "pbl.spamhaus.org|spamhaus.org/pbl|spamhaus pbl", St::Any, 4, C::Permanent, S::Network, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "Sent directly from a home connection (Spamhaus PBL)"),
            QT_TRANSLATE_NOOP("Knowledge", "Your internet address belongs to a range that should never send mail directly to other servers (home and mobile connections). Mail must go through your provider's outgoing server."),
            QT_TRANSLATE_NOOP("Knowledge", "Set your mail program's outgoing server to your mail provider's server, with sign-in on port 587 or 465, instead of sending directly.") },
        { "spamhaus.listed", K::Provider, "spamhaus", St::Any, 4, C::Permanent, S::Network, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The sending address is on the Spamhaus block list"),
            QT_TRANSLATE_NOOP("Knowledge", "The receiving server refuses mail from the internet address the message came from, because Spamhaus lists it as a spam source (a misused or infected machine, or a shared server)."),
            QT_TRANSLATE_NOOP("Knowledge", "Send through your provider's outgoing server with sign-in. Whoever runs the listed address can look it up at spamhaus.org and request removal after fixing the cause.") },
        { "spamcop.listed", K::Provider, "spamcop", St::Any, 4, C::Permanent, S::Network, R::Later, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The sending address is on the SpamCop block list"),
            QT_TRANSLATE_NOOP("Knowledge", "SpamCop lists the internet address the message came from after spam reports. Its listings expire by themselves once reports stop, usually within a day."),
            QT_TRANSLATE_NOOP("Knowledge", "Send through your provider's outgoing server with sign-in, or wait a day. Whoever runs the listed address should find out why it sent spam.") },
        { "barracuda.listed", K::Provider, "barracudacentral|barracuda reputation|barracudanetworks.com/reputation|b.barracudacentral.org", St::Any, 4, C::Permanent, S::Network, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The sending address is on the Barracuda block list"),
            QT_TRANSLATE_NOOP("Knowledge", "The receiving server uses Barracuda's reputation list, which has the internet address the message came from on it."),
            QT_TRANSLATE_NOOP("Knowledge", "Send through your provider's outgoing server with sign-in. Whoever runs the listed address can request removal on Barracuda's reputation page.") },
        { "blocklist.other", K::Provider, "sorbs.net|uceprotect|spamrats|psbl.surriel|cbl.abuseat|mailspike|blocked using|listed at|is listed on|blacklisted|blocklisted|on our block list|dnsbl|rbl", St::Any, 3, C::Permanent, S::Network, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The sending address is on a block list"),
            QT_TRANSLATE_NOOP("Knowledge", "The receiving server checks public block lists of spam sources, and the internet address the message came from is on one."),
            QT_TRANSLATE_NOOP("Knowledge", "Send through your provider's outgoing server with sign-in. Whoever runs the listed address (your provider or IT department) can look it up and request removal.") },
        { "dynamic-ip", K::Provider, "dynamic ip|dynamically-assigned ip|dynamically assigned ip|residential ip|dial-up|dialup", St::Any, 3, C::Permanent, S::Network, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "Sent directly from a home connection"),
            QT_TRANSLATE_NOOP("Knowledge", "The receiving server refuses mail sent directly from home or mobile internet addresses, because spam often comes from infected home computers."),
            QT_TRANSLATE_NOOP("Knowledge", "Set your mail program's outgoing server to your mail provider's server, with sign-in on port 587 or 465, instead of sending directly.") },
        { "spf.fail", K::Phrase, "spf check failed|spf validation failed|spf fail|failed spf|did not pass spf|does not pass spf|spf check for * did not pass|not designate * as permitted sender|does not designate|sender policy framework", St::Any, 3, C::Permanent, S::Server, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The sender check (SPF) failed"),
            QT_TRANSLATE_NOOP("Knowledge", "Your domain's SPF record lists which servers may send its mail, and the server that sent this message is not on it. Typical when sending your company address through another provider's server."),
            QT_TRANSLATE_NOOP("Knowledge", "Send through your domain's own outgoing server (with sign-in). If you already do, ask whoever runs the domain to add that server to the SPF record.") },
        { "dkim.fail", K::Phrase, "dkim signature verification failed|dkim verification failed|dkim=fail|no valid dkim|dkim check failed|dkim signature is not valid|body hash did not verify", St::Any, 3, C::Permanent, S::Server, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The DKIM signature check failed"),
            QT_TRANSLATE_NOOP("Knowledge", "DKIM is a signature the sending domain's server adds to prove the mail is genuine. It was missing, wrong, or broken because something changed the message on the way."),
            QT_TRANSLATE_NOOP("Knowledge", "Ask whoever runs your domain or mail service to check DKIM signing. Turn off programs that change outgoing mail (for example signatures added by security software).") },
        { "dmarc.fail", K::Phrase, "dmarc policy|dmarc=fail|dmarc check failed|failed dmarc|dmarc validation failed|rejected due to dmarc|dmarc reject", St::Any, 3, C::Permanent, S::Server, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "Refused because of the sender domain's DMARC policy"),
            QT_TRANSLATE_NOOP("Knowledge", "The domain in your From address tells receivers to refuse mail that fails SPF and DKIM, and this message failed them. This often happens when you send as a company or free-mail address through another server."),
            QT_TRANSLATE_NOOP("Knowledge", "Send with the From address that belongs to the server you use. If it is your domain, ask its administrator to set up SPF and DKIM for the server you send through.") },
        { "reverse-dns.fail", K::Phrase, "reverse dns|cannot find your hostname|cannot find your reverse hostname|no ptr record|ptr record|reverse lookup|rdns", St::Any, 3, C::Permanent, S::Network, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The sending server has no valid reverse DNS name"),
            QT_TRANSLATE_NOOP("Knowledge", "The internet address that sent the message has no matching name in DNS (PTR record), so the receiving side distrusts it (RFC 7372)."),
            QT_TRANSLATE_NOOP("Knowledge", "Send through your provider's outgoing server with sign-in. If you run the sending server, ask your internet provider to set its reverse DNS (PTR) name.") },
        { "spam.content", K::Phrase, "rejected as spam|message rejected as spam|identified as spam|looks like spam|considered spam|classified as spam|spam detected|spam message rejected|message content rejected|content rejected|high probability of spam|scored as spam", St::Any, 3, C::Permanent, S::Recipient, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "The message was refused as spam"),
            QT_TRANSLATE_NOOP("Knowledge", "The receiving side's filter judged the message to be spam, because of its content, links, attachments or the sender's reputation."),
            QT_TRANSLATE_NOOP("Knowledge", "Send a plain, personal message without many links, shortened links or unusual attachments. If it keeps happening, ask the recipient to allow your address and tell your mail provider.") },
        { "virus.found", K::Phrase, "virus found|contains a virus|infected with|malware detected|blocked attachment|attachment type not allowed|banned attachment|prohibited attachment|unacceptable attachment", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.rejected-as-spam",
            QT_TRANSLATE_NOOP("Knowledge", "An attachment was refused"),
            QT_TRANSLATE_NOOP("Knowledge", "The receiving side found a virus or a blocked kind of attachment (for example .exe, .js, or a zip file with a password)."),
            QT_TRANSLATE_NOOP("Knowledge", "Scan your computer with your security software. Send the file through a shared folder or link instead of as an attachment.") },
    };
    return table;
}

} // namespace SmtpDoctor
