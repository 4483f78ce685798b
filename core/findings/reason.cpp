#include "core/findings/reason.h"

#include <iterator>

namespace SmtpDoctor {

namespace {

struct ReasonRow
{
    Reason reason;
    const char* name;
    const char* label;
};

// In the enum's order: reasonName() indexes it (checked by tst_findings).
constexpr ReasonRow Rows[] = {
    { Reason::Unclassified, "unclassified", QT_TRANSLATE_NOOP("Reason", "No particular reason named") },
    { Reason::Accepted, "accepted", QT_TRANSLATE_NOOP("Reason", "Accepted: nothing failed") },
    { Reason::InProgress, "in-progress",
        QT_TRANSLATE_NOOP("Reason", "In progress: the server waits for more") },
    { Reason::NotChecked, "not-checked", QT_TRANSLATE_NOOP("Reason", "Not checked") },
    { Reason::RecipientUnknown, "recipient-unknown",
        QT_TRANSLATE_NOOP("Reason", "The recipient's address does not exist") },
    { Reason::HostUnknown, "host-unknown",
        QT_TRANSLATE_NOOP("Reason", "The domain or server name does not exist") },
    { Reason::MailboxFull, "mailbox-full", QT_TRANSLATE_NOOP("Reason", "The recipient's mailbox is full") },
    { Reason::Suspended, "suspended",
        QT_TRANSLATE_NOOP("Reason", "The recipient's mailbox is disabled or suspended") },
    { Reason::Moved, "moved", QT_TRANSLATE_NOOP("Reason", "The recipient has moved to another address") },
    { Reason::Filtered, "filtered",
        QT_TRANSLATE_NOOP("Reason", "The recipient's own filter refuses this sender") },
    { Reason::MailingList, "mailing-list", QT_TRANSLATE_NOOP("Reason", "A mailing list refused the post") },
    { Reason::NotAccepting, "not-accepting",
        QT_TRANSLATE_NOOP("Reason", "The receiving server or domain accepts no mail") },
    { Reason::MessageTooLarge, "message-too-large", QT_TRANSLATE_NOOP("Reason", "The message is too large") },
    { Reason::NotRfcCompliant, "not-rfc-compliant",
        QT_TRANSLATE_NOOP("Reason", "The message is not formatted as mail must be") },
    { Reason::Spam, "spam", QT_TRANSLATE_NOOP("Reason", "Refused as spam") },
    { Reason::Virus, "virus", QT_TRANSLATE_NOOP("Reason", "A virus or a forbidden attachment") },
    { Reason::Policy, "policy", QT_TRANSLATE_NOOP("Reason", "A rule of the receiving organisation") },
    { Reason::BlockedIp, "blocked-ip",
        QT_TRANSLATE_NOOP("Reason", "The sending server's address is blocked") },
    { Reason::BadReputation, "bad-reputation",
        QT_TRANSLATE_NOOP("Reason", "The sender's reputation is too low") },
    { Reason::PtrRequired, "ptr-required",
        QT_TRANSLATE_NOOP("Reason", "The sending server has no valid reverse DNS name") },
    { Reason::SenderAuthentication, "sender-authentication",
        QT_TRANSLATE_NOOP("Reason", "The sender domain's checks (SPF, DKIM, DMARC) failed") },
    { Reason::SenderRejected, "sender-rejected",
        QT_TRANSLATE_NOOP("Reason", "The sender address was refused") },
    { Reason::RelayDenied, "relay-denied",
        QT_TRANSLATE_NOOP("Reason", "The server will not pass the mail on (relay denied)") },
    { Reason::AuthenticationRequired, "authentication-required",
        QT_TRANSLATE_NOOP("Reason", "Sign-in is required before sending") },
    { Reason::AuthenticationFailed, "authentication-failed",
        QT_TRANSLATE_NOOP("Reason", "User name or password not accepted") },
    { Reason::SignInMethod, "sign-in-method",
        QT_TRANSLATE_NOOP("Reason", "This way of signing in is not allowed for the account") },
    { Reason::TlsRequired, "tls-required", QT_TRANSLATE_NOOP("Reason", "Encryption is required") },
    { Reason::TlsError, "tls-error", QT_TRANSLATE_NOOP("Reason", "The encrypted connection failed") },
    { Reason::RateLimited, "rate-limited",
        QT_TRANSLATE_NOOP("Reason", "A sending or receiving limit was reached") },
    { Reason::TooManyConnections, "too-many-connections",
        QT_TRANSLATE_NOOP("Reason", "Too many connections or recipients at once") },
    { Reason::Greylisted, "greylisted", QT_TRANSLATE_NOOP("Reason", "Greylisting: come back later") },
    { Reason::Delayed, "delayed", QT_TRANSLATE_NOOP("Reason", "Delivery is delayed and still being tried") },
    { Reason::Expired, "expired", QT_TRANSLATE_NOOP("Reason", "Delivery was given up after retrying") },
    { Reason::Loop, "loop", QT_TRANSLATE_NOOP("Reason", "The message went round in a loop") },
    { Reason::NetworkError, "network-error", QT_TRANSLATE_NOOP("Reason", "A connection problem") },
    { Reason::ProtocolError, "protocol-error",
        QT_TRANSLATE_NOOP("Reason", "The mail conversation went wrong") },
    { Reason::SystemError, "system-error", QT_TRANSLATE_NOOP("Reason", "A problem on a mail server") },
    { Reason::SystemFull, "system-full", QT_TRANSLATE_NOOP("Reason", "A mail server is out of space") },
    { Reason::DeliveryProgramFailed, "delivery-program-failed",
        QT_TRANSLATE_NOOP("Reason", "The program that delivers the mail failed") },
    { Reason::Configuration, "configuration",
        QT_TRANSLATE_NOOP("Reason", "A setting in the mail program or on the computer") },
    { Reason::Interference, "interference",
        QT_TRANSLATE_NOOP("Reason", "Something on the network interferes") },
};

static_assert(std::size(Rows) == std::size_t(Reason::Interference) + 1, "one row per Reason");

} // namespace

QString reasonName(Reason r)
{
    return QString::fromLatin1(Rows[std::size_t(r)].name);
}

std::optional<Reason> reasonFromName(QStringView name)
{
    for (const ReasonRow& row : Rows)
        if (name == QLatin1String(row.name))
            return row.reason;
    return std::nullopt;
}

QList<Reason> allReasons()
{
    QList<Reason> list;
    for (const ReasonRow& row : Rows)
        list.append(row.reason);
    return list;
}

LocalizedText reasonLabel(Reason r)
{
    return { "Reason", Rows[std::size_t(r)].label };
}

bool reasonNamesCause(Reason r)
{
    return r != Reason::Unclassified && r != Reason::Accepted && r != Reason::InProgress
        && r != Reason::NotChecked;
}

} // namespace SmtpDoctor
