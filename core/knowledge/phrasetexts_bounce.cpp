// Phrases of delivery reports (bounces) and delay warnings, whatever server wrote them.
// Patterns: lowercase alternatives separated by '|'; '*' = up to 60 characters of the same line.
#include "core/knowledge/textentries.h"

namespace SmtpDoctor {

using K = TextEntry::Kind;
using St = ReplyStage;
using C = ReplyClass;
using S = Side;
using R = RetryAdvice;

const std::vector<TextEntry>& bouncePhrases()
{
    static const std::vector<TextEntry> table {
        { "bounce.delay-warning", K::Phrase, "could not send message for past|message still undelivered after|could not be delivered for more than|this is a warning only|will keep trying until message is|delivery status notification (delay)|delivery delayed|delivery is delayed to these recipients|delayed mail (still being retried)|delivery incomplete|will retry for|has not yet been delivered|still being retried", St::Any, 3, C::Transient, S::Recipient, R::Automatic, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "Only a warning: delivery is delayed and still being tried"),
            QT_TRANSLATE_NOOP("Knowledge", "Your mail server could not hand the message to the recipient's server yet, usually because that server is busy or unreachable for a while. The message is not lost: your server keeps trying for a few days."),
            QT_TRANSLATE_NOOP("Knowledge", "Do not send it again yet. If a final failure report arrives, check the recipient's address and tell them in another way.") },
        { "bounce.gave-up", K::Phrase, "cannot send message for|message could not be delivered for * days|message will be deleted from queue|has been in the queue too long|message expired|delivery time expired|expired after", St::Any, 3, C::Permanent, S::Recipient, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "The server gave up after retrying for a long time"),
            QT_TRANSLATE_NOOP("Knowledge", "The sending server could not deliver the message for days and has stopped trying."),
            QT_TRANSLATE_NOOP("Knowledge", "Check the recipient's address. If it is right, the recipient's server has been unreachable: tell them in another way, and send again later.") },
        { "phrase.relay-denied", K::Phrase, "relay access denied|relaying denied|relay denied|relaying not allowed|relaying disallowed|relay not allowed|we do not relay|unable to relay|not permitted to relay|relay prohibited|relaying prohibited|not allowed to relay", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.relay-denied",
            QT_TRANSLATE_NOOP("Knowledge", "The server will not pass your mail on (relay denied)"),
            QT_TRANSLATE_NOOP("Knowledge", "The server only delivers mail to outside addresses for users who have signed in. Your mail program probably does not sign in, or uses a server that is not your provider's."),
            QT_TRANSLATE_NOOP("Knowledge", "Turn on \"My outgoing server requires authentication\" (SMTP authentication) with your user name and password, and use your provider's sending port (587 or 465).") },
        { "phrase.auth-required", K::Phrase, "authentication required|authentication is required|smtp auth required|must authenticate|please authenticate|you must be authenticated|authentication needed|sender not authenticated|need to authenticate|not authenticated", St::Any, 3, C::Permanent, S::You, R::AfterFix, "send.relay-denied",
            QT_TRANSLATE_NOOP("Knowledge", "The server wants you to sign in before sending"),
            QT_TRANSLATE_NOOP("Knowledge", "The server only accepts mail from users who have signed in (SMTP authentication), and your mail program sent without signing in."),
            QT_TRANSLATE_NOOP("Knowledge", "Turn on \"My outgoing server requires authentication\" (SMTP authentication) with your user name and password, and use your provider's sending port (587 or 465).") },
        { "phrase.auth-failed", K::Phrase, "authentication failed|could not authenticate|authentication credentials invalid|invalid credentials|invalid login|login failed|bad username or password|incorrect username or password|invalid username or password|username or password is incorrect|password incorrect|wrong password|535 auth", St::Any, 2, C::Permanent, S::You, R::AfterFix, "auth.rejected",
            QT_TRANSLATE_NOOP("Knowledge", "User name or password not accepted"),
            QT_TRANSLATE_NOOP("Knowledge", "The server refused the sign-in: the password is wrong, the user name is not in the form the provider wants, or the account may not sign in from mail programs."),
            QT_TRANSLATE_NOOP("Knowledge", "Type the password again carefully (watch Caps Lock). Use your full email address as the user name. If your provider uses 2-step verification, create an app password and use that.") },
        { "phrase.host-unknown", K::Phrase, "host unknown|unknown host|domain not found|no such domain|domain does not exist|domain name not found|host not found|nxdomain|unknown domain|unrouteable|no mx record|no mail exchanger|domain has no mx|bad destination system address|name or service not known", St::Any, 2, C::Permanent, S::Recipient, R::AfterFix, "send.recipient-unknown",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's domain does not exist"),
            QT_TRANSLATE_NOOP("Knowledge", "The part after \"@\" in the recipient's address is not a domain that receives mail, usually because of a typo."),
            QT_TRANSLATE_NOOP("Knowledge", "Check the part after \"@\" in the recipient's address, for example \"gmail.com\" and not \"gmial.com\".") },
        { "phrase.user-unknown", K::Phrase, "user unknown|unknown user|no such user|unknown recipient|recipient unknown|invalid recipient|recipient not found|recipient does not exist|mailbox not found|no such mailbox|mailbox does not exist|address does not exist|account does not exist|user not found|does not exist|unknown or illegal alias|user doesn't exist|no mailbox|addressee unknown|recipient address rejected", St::Any, 2, C::Permanent, S::Recipient, R::AfterFix, "send.recipient-unknown",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's address does not exist"),
            QT_TRANSLATE_NOOP("Knowledge", "The receiving server has no mailbox with the name before \"@\". The address is mistyped, or the person no longer uses it. Your own settings are fine."),
            QT_TRANSLATE_NOOP("Knowledge", "Check the recipient's address for typos, or ask them for their correct address.") },
        { "phrase.mailbox-full", K::Phrase, "mailbox full|mailbox is full|mailbox has exceeded|quota exceeded|over quota|overquota|exceeded storage allocation|exceeded its quota|exceeds quota|mailbox size limit exceeded|insufficient storage|user is over quota|disk quota exceeded|quota full|storage limit|out of storage", St::Any, 2, C::Permanent, S::Recipient, R::Later, "send.rate-limited",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's mailbox is full"),
            QT_TRANSLATE_NOOP("Knowledge", "The recipient has used up their storage space, so no new mail fits in. Your settings are fine."),
            QT_TRANSLATE_NOOP("Knowledge", "Tell the recipient in another way that their mailbox is full, and send again after they have made room.") },
        { "phrase.mailbox-disabled", K::Phrase, "mailbox disabled|account disabled|account has been disabled|account is disabled|account inactive|inactive account|mailbox inactive|account suspended|account has been suspended|mailbox has been suspended|user account is unavailable", St::Any, 3, C::Permanent, S::Recipient, R::AfterFix, "send.recipient-unknown",
            QT_TRANSLATE_NOOP("Knowledge", "The recipient's mailbox is disabled"),
            QT_TRANSLATE_NOOP("Knowledge", "The mailbox exists but does not accept messages: it was switched off, suspended, or is being closed. Some servers also use this when one recipient gets too much mail at once."),
            QT_TRANSLATE_NOOP("Knowledge", "Ask the recipient in another way whether the address is still in use.") },
        { "phrase.sender-rejected", K::Phrase, "sender address rejected|sender rejected|sender not allowed|sender denied|not allowed to send as|you are not allowed to send|sender is not authorized|sender address is not allowed|invalid sender|unauthorized sender", St::Any, 2, C::Permanent, S::You, R::AfterFix, "send.sender-rejected",
            QT_TRANSLATE_NOOP("Knowledge", "The sender address was refused"),
            QT_TRANSLATE_NOOP("Knowledge", "The server does not accept mail from this sender address: it may not belong to your account, its domain may not exist, or it is blocked."),
            QT_TRANSLATE_NOOP("Knowledge", "In your mail program, make the sender (From) address the one of this account, or ask your provider whether you may send as another address.") },
        { "phrase.loop", K::Phrase, "too many hops|hop count exceeded|routing loop|mail loop|loop detected|mail loops|too many received headers", St::Any, 3, C::Permanent, S::Recipient, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "The message went round in a loop"),
            QT_TRANSLATE_NOOP("Knowledge", "The message was passed between servers too many times. Usually forwarding settings or mail server records point back at each other."),
            QT_TRANSLATE_NOOP("Knowledge", "Tell the recipient or their mail administrator: their forwarding or domain settings create a loop.") },
        { "phrase.try-later", K::Phrase, "try again later|please try later|try later|temporarily rejected|temporary failure|temporarily unavailable|temporary problem|temporarily deferred|service temporarily unavailable|server busy|too many connections|too busy", St::Any, 1, C::Transient, S::Server, R::Soon, "send.rate-limited",
            QT_TRANSLATE_NOOP("Knowledge", "A temporary refusal"),
            QT_TRANSLATE_NOOP("Knowledge", "The server refused for now and asks to try again later. The cause is on the server's side: load, maintenance or a temporary limit."),
            QT_TRANSLATE_NOOP("Knowledge", "Wait a few minutes and send again; mail servers retry by themselves. If it lasts for hours, contact the provider of the server that refused.") },
        { "phrase.line-too-long", K::Phrase, "line too long|line length exceeded|line is too long", St::Any, 3, C::Permanent, S::You, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "A line of the message is too long"),
            QT_TRANSLATE_NOOP("Knowledge", "Mail lines may be at most 1000 characters. The message contains a longer line, which some servers (for example docomo) refuse. Programs that build mail by themselves cause this more often than normal mail programs."),
            QT_TRANSLATE_NOOP("Knowledge", "Send the message from a normal mail program, or break very long lines. If a system or web form sends it, tell its maintainer to encode the body (quoted-printable or base64).") },
        { "phrase.connection-refused", K::Phrase, "connection refused|refused to allow a connection|actively refused|no connection could be made|econnrefused", St::Any, 3, C::Permanent, S::You, R::AfterFix, "server.refused",
            QT_TRANSLATE_NOOP("Knowledge", "Connection refused"),
            QT_TRANSLATE_NOOP("Knowledge", "The server's machine answered, but nothing on it accepts mail on that port. If your mail program shows this, the port or server name is probably wrong. In a bounce, the recipient's server is not accepting connections."),
            QT_TRANSLATE_NOOP("Knowledge", "Check the port in your mail program's outgoing server settings: most providers use 465 (SSL/TLS) or 587 (STARTTLS). In a bounce, nothing to change: the server retries.") },
        { "phrase.connection-timeout", K::Phrase, "connection timed out|connection timeout|operation timed out|timed out waiting|timeout waiting|connect timeout|network is unreachable|no route to host|host is unreachable|etimedout", St::Any, 3, C::Transient, S::Network, R::Soon, "server.timeout",
            QT_TRANSLATE_NOOP("Knowledge", "The connection timed out"),
            QT_TRANSLATE_NOOP("Knowledge", "No answer came in time. In your mail program this usually means a firewall, your internet provider (blocking port 25) or security software blocks the port, or the server name is wrong. In a bounce, the recipient's server was unreachable for a while."),
            QT_TRANSLATE_NOOP("Knowledge", "Try port 587 (STARTTLS) or 465 (SSL/TLS) instead of 25, and check the server name. In a bounce, nothing to change: the server retries.") },
        { "phrase.connection-reset", K::Phrase, "connection reset|connection was reset|connection closed|connection was closed|connection dropped|connection lost|lost connection|broken pipe|unexpectedly closed|unexpectedly terminated|connection aborted", St::Any, 2, C::Transient, S::Network, R::Soon, "server.reset",
            QT_TRANSLATE_NOOP("Knowledge", "The connection was cut off"),
            QT_TRANSLATE_NOOP("Knowledge", "The connection was closed in the middle of the conversation. Security software that scans mail, an unstable network or a wrong security setting for the port often cause this."),
            QT_TRANSLATE_NOOP("Knowledge", "Check that security matches the port (465 = SSL/TLS, 587 = STARTTLS). Turn off \"email scanning\" in your security software for a test, then send again.") },
        { "phrase.tls-problem", K::Phrase, "wrong version number|ssl handshake|tls handshake|certificate verify failed|certificate has expired|self signed certificate|self-signed certificate|unable to get local issuer certificate|certificate is not trusted|handshake failure|ssl routines|secure connection failed|no shared cipher|unsupported protocol", St::Any, 3, C::Permanent, S::You, R::AfterFix, "tls.handshake-failed",
            QT_TRANSLATE_NOOP("Knowledge", "The encrypted connection failed"),
            QT_TRANSLATE_NOOP("Knowledge", "The secure (SSL/TLS) connection could not be set up: the security setting does not match the port, the server's certificate is not trusted or expired, or security software interferes."),
            QT_TRANSLATE_NOOP("Knowledge", "Use port 465 with SSL/TLS or 587 with STARTTLS (not mixed). Check the computer's date and time. Run \"smtpdoctor check\" to see which part of the connection fails.") },
        { "bounce.undeliverable", K::Phrase, "undelivered mail returned to sender|mail delivery failed|returned mail:|undeliverable:|delivery status notification (failure)|delivery has failed to these recipients|your message couldn't be delivered|your message wasn't delivered|message not delivered|failure notice|mail system error - returned mail|delivery failure|could not be delivered to one or more|permanent fatal errors|this is a permanent error|i'm afraid i wasn't able to deliver|address not found", St::Any, 1, C::Permanent, S::Recipient, R::AfterFix, nullptr,
            QT_TRANSLATE_NOOP("Knowledge", "This is a delivery failure report (bounce)"),
            QT_TRANSLATE_NOOP("Knowledge", "A mail server sent your message back because it could not be delivered. The reason is in the server's reply quoted in the report, explained above."),
            QT_TRANSLATE_NOOP("Knowledge", "Look at the first explanation in this list: it is the reason. Do not reply to the report itself; nobody reads it.") },
    };
    return table;
}

} // namespace SmtpDoctor
