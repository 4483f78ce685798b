// What mail programs themselves say when sending fails: Outlook and Windows Mail (with their 0x800...
// numbers), Thunderbird, Apple Mail. The server's own reply, when quoted, is explained separately.
#include "core/knowledge/textentries.h"

namespace SmtpDoctor {

using K = TextEntry::Kind;
using St = ReplyStage;
using C = ReplyClass;
using S = Side;
using R = RetryAdvice;

const std::vector<TextEntry>& clientPhrases()
{
    static const std::vector<TextEntry> table {
        { "outlook.cannot-connect", K::Phrase, "0x800ccc0e|0x80042109|cannot connect to the smtp server|cannot connect to smtp server|unable to connect to your outgoing (smtp)|is unable to connect to your outgoing|connection to the server has failed|could not connect to smtp host|failed to connect to server", St::Any, 3, C::Permanent, S::You, R::AfterFix, "server.refused",
            QT_TRANSLATE_NOOP("Knowledge", "The mail program cannot connect to the outgoing server"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program could not open a connection to the outgoing (SMTP) server at all: the server name or port is wrong, port 25 is blocked by the internet provider, or a firewall or security program blocks the connection."),
            QT_TRANSLATE_NOOP("Knowledge", "Open your mail program's account settings and check the outgoing server name, then set the port to 587 with STARTTLS (or 465 with SSL/TLS). Run \"smtpdoctor check\" to find which port works.") },
        { "outlook.connection-interrupted", K::Phrase, "0x800ccc0f|connection to the server was interrupted|server unexpectedly terminated the connection|the connection to the server was lost|was lost in the middle of the transaction", St::Any, 3, C::Transient, S::Network, R::Soon, "server.reset",
            QT_TRANSLATE_NOOP("Knowledge", "The connection was interrupted while sending"),
            QT_TRANSLATE_NOOP("Knowledge", "The connection to the outgoing server broke off in the middle. Common causes: security software that scans outgoing mail, a security setting that does not match the port, a very large attachment on a slow line, or an unstable network."),
            QT_TRANSLATE_NOOP("Knowledge", "Check that security matches the port (465 = SSL/TLS, 587 = STARTTLS). Turn off \"email scanning\" in your security software for a test, then send again.") },
        { "outlook.timeout", K::Phrase, "0x8004210b|timed out waiting for a response from the sending (smtp) server|operation timed out waiting for a response from the sending|server timed out|the server did not respond in time|smtp timeout", St::Any, 3, C::Transient, S::Network, R::Soon, "server.timeout",
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server did not answer in time"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program waited for the outgoing server and gave up. A blocked port (often 25), a security setting that does not match the port, security software or a slow connection with a large attachment cause this."),
            QT_TRANSLATE_NOOP("Knowledge", "Set the port to 587 with STARTTLS (or 465 with SSL/TLS), and raise the server timeout in the mail program's advanced settings if you send large attachments.") },
        { "outlook.verify-address", K::Phrase, "0x800ccc78|verify the e-mail address in your account properties|verify the email address in your account properties", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.relay-denied",
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server refused the sender (Outlook 0x800CCC78)"),
            QT_TRANSLATE_NOOP("Knowledge", "The server did not accept the sender: usually because the mail program does not sign in to the outgoing server, or the sender address does not belong to the account."),
            QT_TRANSLATE_NOOP("Knowledge", "In Outlook's account settings, open More Settings, Outgoing Server, and tick \"My outgoing server (SMTP) requires authentication\". Check that your email address in the account is correct.") , TextEntry::Wrapper },
        { "outlook.recipient-rejected", K::Phrase, "0x800ccc79|one of the recipients was rejected by the server|the rejected e-mail address was|the rejected email address was", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.relay-denied",
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server refused a recipient (Outlook 0x800CCC79)"),
            QT_TRANSLATE_NOOP("Knowledge", "The server refused one of the recipients. Most often it will not pass mail on to outside addresses because the mail program did not sign in (relay denied); sometimes the address is wrong."),
            QT_TRANSLATE_NOOP("Knowledge", "Tick \"My outgoing server (SMTP) requires authentication\" in the account's outgoing server settings, and check the rejected address for typos.") , TextEntry::Wrapper },
        { "outlook.internal-error", K::Phrase, "0x800ccc67|0x800ccc6a|server has reported an internal error|outgoing (smtp) e-mail server has reported an internal error", St::Any, 2, C::Transient, S::Server, R::Soon, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server reported an error (Outlook)"),
            QT_TRANSLATE_NOOP("Knowledge", "Outlook shows this for any error reply of the outgoing server; the server's own words (\"The server responded: ...\") tell the real reason. Often it is a sending limit, a temporary problem or missing sign-in."),
            QT_TRANSLATE_NOOP("Knowledge", "Read the reply quoted after \"The server responded\" and its explanation here. If none is quoted, wait a few minutes and try again, then check that sign-in is turned on for the outgoing server.") , TextEntry::Wrapper },
        { "outlook.no-ssl", K::Phrase, "0x800ccc7d|does not support ssl-secured connections|does not support secure connections", St::Any, 3, C::Permanent, S::You, R::AfterFix, "tls.mode-mismatch",
            QT_TRANSLATE_NOOP("Knowledge", "The security setting does not match the outgoing server's port"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program asked for an encrypted connection the server does not offer on this port, usually SSL/TLS on port 587 or 25, where STARTTLS is used."),
            QT_TRANSLATE_NOOP("Knowledge", "Set the outgoing server to port 465 with SSL/TLS, or port 587 with STARTTLS (in Outlook: \"TLS\" for 587, \"SSL/TLS\" for 465).") },
        { "outlook.encryption-type", K::Phrase, "0x800ccc1a|does not support the connection encryption type", St::Any, 3, C::Permanent, S::You, R::AfterFix, "tls.mode-mismatch",
            QT_TRANSLATE_NOOP("Knowledge", "The security setting does not match the outgoing server's port"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program asked for an encrypted connection the server does not offer on this port, usually SSL/TLS on port 587 or 25, where STARTTLS is used."),
            QT_TRANSLATE_NOOP("Knowledge", "Set the outgoing server to port 465 with SSL/TLS, or port 587 with STARTTLS (in Outlook: \"TLS\" for 587, \"SSL/TLS\" for 465).") },
        { "outlook.auth-methods", K::Phrase, "0x800ccc80|none of the authentication methods supported by this client are supported by your server", St::Any, 3, C::Permanent, S::Server, R::AfterFix, "auth.mechanism-unsupported",
            QT_TRANSLATE_NOOP("Knowledge", "No common sign-in method (Outlook 0x800CCC80)"),
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server offers no sign-in method that the mail program uses. Often sign-in is only offered after encryption, so the security setting is missing."),
            QT_TRANSLATE_NOOP("Knowledge", "Turn on encryption for the outgoing server (587 with STARTTLS or 465 with SSL/TLS), and turn off \"Secure Password Authentication (SPA)\" unless your provider asks for it.") },
        { "outlook.server-not-found", K::Phrase, "0x800ccc0d|cannot locate the server|server could not be found|unknown smtp host", St::Any, 3, C::Permanent, S::You, R::AfterFix, "network.dns-failed",
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server's name could not be found"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program could not find the outgoing server's name in DNS: usually a typo in the server name, or no working internet connection."),
            QT_TRANSLATE_NOOP("Knowledge", "Compare the outgoing server name letter by letter with your provider's setup page (for example smtp.example.com), and check that web pages open.") },
        { "outlook.network", K::Phrase, "0x800ccc13|cannot connect to the network|no internet connection|you are offline|the internet connection appears to be offline|is offline", St::Any, 3, C::Transient, S::You, R::Soon, "network.offline",
            QT_TRANSLATE_NOOP("Knowledge", "No network connection"),
            QT_TRANSLATE_NOOP("Knowledge", "The computer has no working network connection, or the mail program is set to work offline."),
            QT_TRANSLATE_NOOP("Knowledge", "Check Wi-Fi or the network cable and that web pages open; make sure the mail program is not in offline mode, then send again.") },
        { "outlook.send-receive-error", K::Phrase, "sending reported error|task * reported error|send/receive error", St::Any, 1, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Outlook could not send the message"),
            QT_TRANSLATE_NOOP("Knowledge", "Outlook reports that sending failed. The number (0x800...) and the server's words in the same message tell why; they are explained here when recognised."),
            QT_TRANSLATE_NOOP("Knowledge", "Look at the other explanations in this list. If there are none, run \"smtpdoctor check\" with your account settings.") , TextEntry::Wrapper },
        { "thunderbird.sending-failed", K::Phrase, "sending of the message failed|sending of message failed|an error occurred while sending mail|an error occurred sending mail|the message could not be sent", St::Any, 1, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "The mail program could not send the message"),
            QT_TRANSLATE_NOOP("Knowledge", "This is the mail program's general message that sending failed. The server's reply quoted with it (\"The mail server responded: ...\") tells why and is explained here when recognised."),
            QT_TRANSLATE_NOOP("Knowledge", "Look at the other explanations in this list. If there are none, run \"smtpdoctor check\" with your account settings.") , TextEntry::Wrapper },
        { "thunderbird.login-failed", K::Phrase, "login to server * failed|login to server * with username * failed|sending of password did not succeed|authentication failure while connecting to server|does not recognize your user name or password|user name or password you entered is incorrect", St::Any, 3, C::Permanent, S::You, R::AfterFix, "auth.rejected",
            QT_TRANSLATE_NOOP("Knowledge", "Signing in to the outgoing server failed"),
            QT_TRANSLATE_NOOP("Knowledge", "The outgoing server did not accept the user name or password saved in the mail program, or the account needs an app password or browser sign-in."),
            QT_TRANSLATE_NOOP("Knowledge", "Enter the password again (the mail program usually offers this). Use your full email address as the user name; with 2-step verification, use an app password.") },
        { "thunderbird.no-starttls", K::Phrase, "using starttls since it doesn't advertise that feature|unable to establish a secure link with outgoing server", St::Any, 3, C::Permanent, S::You, R::AfterFix, "tls.starttls-missing",
            QT_TRANSLATE_NOOP("Knowledge", "The server does not offer STARTTLS on this port"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program is set to STARTTLS, but the server does not offer it on this port. Either the port is wrong, or something in between hides the offer."),
            QT_TRANSLATE_NOOP("Knowledge", "Set the outgoing server to port 587 with STARTTLS or 465 with SSL/TLS. If that still fails on your network, a firewall may be changing the connection: try another network.") },
        { "thunderbird.encrypted-passwords", K::Phrase, "doesn't seem to support encrypted passwords|does not seem to support encrypted passwords", St::Any, 3, C::Permanent, S::You, R::AfterFix, "auth.mechanism-unsupported",
            QT_TRANSLATE_NOOP("Knowledge", "The sign-in method does not match the server"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program is set to \"Encrypted password\", which the server does not support."),
            QT_TRANSLATE_NOOP("Knowledge", "Set the authentication method to \"Normal password\" and security to SSL/TLS or STARTTLS, so the password still travels encrypted.") },
        { "thunderbird.size-limit", K::Phrase, "exceeds the global size limit|exceeds the size limit of the server", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.message-too-large",
            QT_TRANSLATE_NOOP("Knowledge", "The message is too large"),
            QT_TRANSLATE_NOOP("Knowledge", "The message is bigger than the server accepts (attachments count too, and they grow by about a third when sent)."),
            QT_TRANSLATE_NOOP("Knowledge", "Send smaller attachments, or share large files through a link instead.") },
        { "thunderbird.refusing-connections", K::Phrase, "is refusing smtp connections|the server may be unavailable or is refusing|connecting to outgoing server (smtp) * failed|connection to outgoing server (smtp) * timed out", St::Any, 3, C::Permanent, S::You, R::AfterFix, "server.refused",
            QT_TRANSLATE_NOOP("Knowledge", "The mail program cannot connect to the outgoing server"),
            QT_TRANSLATE_NOOP("Knowledge", "The mail program could not open a connection to the outgoing (SMTP) server at all: the server name or port is wrong, port 25 is blocked by the internet provider, or a firewall or security program blocks the connection."),
            QT_TRANSLATE_NOOP("Knowledge", "Open your mail program's account settings and check the outgoing server name, then set the port to 587 with STARTTLS (or 465 with SSL/TLS). Run \"smtpdoctor check\" to find which port works.") },
        { "client.server-responded", K::Phrase, "the server responded:|the mail server responded:|server response:|the server said:|server replied:|mail server responded", St::Any, 1, C::Permanent, S::Server, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "The mail program quotes the server's answer"),
            QT_TRANSLATE_NOOP("Knowledge", "The words after \"The server responded\" come from the outgoing server and name the actual reason; they are explained separately here when recognised."),
            QT_TRANSLATE_NOOP("Knowledge", "Look at the other explanations in this list, especially the reply code (a three-digit number such as 535 or 550).") , TextEntry::NeedsFailure | TextEntry::Wrapper },
        { "apple.cannot-send", K::Phrase, "cannot send message using the server|cannot send mail|mail was unable to send this message|this message could not be delivered|the sender address was rejected by the server|refused to allow a connection on port|the connection to the outgoing server", St::Any, 2, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Apple Mail could not send the message"),
            QT_TRANSLATE_NOOP("Knowledge", "Apple Mail could not send through the chosen outgoing server: the server refused a connection or the sign-in, or the sender address."),
            QT_TRANSLATE_NOOP("Knowledge", "In Mail's settings, open Accounts, Server Settings, and check the outgoing server, its user name and password. Turn off \"Automatically manage connection settings\" to set port 587 with TLS by hand if needed.") , TextEntry::Wrapper },
        { "windowsmail.problem", K::Phrase, "0x8000000b|0x80070435|we couldn't send this message|something went wrong. we're sorry, but we weren't able to", St::Any, 2, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Windows Mail could not send the message"),
            QT_TRANSLATE_NOOP("Knowledge", "Windows Mail failed to connect or sign in to the outgoing server. Usually the advanced mailbox settings (server, port, SSL, sign-in) do not match the provider's."),
            QT_TRANSLATE_NOOP("Knowledge", "In Windows Mail, open Manage accounts, the account, Change mailbox sync settings, Advanced mailbox settings: check the outgoing server, tick \"Outgoing server requires authentication\" and \"Require SSL for outgoing email\".") , TextEntry::Wrapper },
    };
    return table;
}

} // namespace SmtpDoctor
