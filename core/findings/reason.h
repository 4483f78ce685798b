#pragma once

#include "core/i18n/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpDoctor {

// Why something failed, in the words a person would use ("the recipient does not exist", "refused as
// spam"), as one small fixed vocabulary shared by every explanation item, every knowledge table entry
// and every check finding. Reports carry its stable name (reasonName()); code compares the enum.
// reason.cpp holds the ONE name table, in the enum's order.
enum class Reason : quint8 {
    Unclassified, // no cause named: a frame ("this is a bounce"), a code nobody knows
    Accepted, // 2xx: nothing failed
    InProgress, // 3xx: the server waits for more
    NotChecked, // a check step that did not run
    // The recipient's side
    RecipientUnknown,
    HostUnknown,
    MailboxFull,
    Suspended, // the mailbox exists but is disabled, inactive or suspended
    Moved, // the address has moved, no forwarding
    Filtered, // the recipient's own filter or settings refuse this sender
    MailingList, // a mailing list refuses the post (members only, moderation)
    NotAccepting, // the domain or host accepts no mail at all (null MX, 521, 556)
    // The message
    MessageTooLarge,
    NotRfcCompliant, // malformed headers, bare line feeds, lines over 1000 characters
    Spam,
    Virus,
    Policy, // a rule of the receiving organisation
    // The sender's reputation and identity
    BlockedIp,
    BadReputation,
    PtrRequired,
    SenderAuthentication, // SPF, DKIM, DMARC
    SenderRejected, // the envelope sender address itself is refused
    // Sending through the provider
    RelayDenied,
    AuthenticationRequired, // sign in before sending
    AuthenticationFailed, // user name or password not accepted
    SignInMethod, // app password, OAuth only, SMTP AUTH or basic authentication turned off
    TlsRequired,
    TlsError,
    RateLimited,
    TooManyConnections,
    Greylisted,
    // Delivery on the way
    Delayed, // still being retried
    Expired, // given up after retrying
    Loop,
    NetworkError,
    ProtocolError, // commands out of order, syntax, a server that does not speak SMTP properly
    SystemError,
    SystemFull,
    DeliveryProgramFailed, // a pipe, filter or local delivery program failed
    // The user's own setup
    Configuration, // a setting in the mail program or the computer
    Interference, // a firewall, antivirus, proxy or the provider's port 25 block
};

QString reasonName(Reason r); // "recipient-unknown"...
std::optional<Reason> reasonFromName(QStringView name);
QList<Reason> allReasons();
// A short label for reports and text output ("The recipient's address does not exist").
LocalizedText reasonLabel(Reason r);
// Whether the reason names a cause (everything but Unclassified, Accepted, InProgress, NotChecked).
bool reasonNamesCause(Reason r);

} // namespace SmtpDoctor
