// Findings of the interference and test-message steps. Arguments are listed above each entry.
#include "core/findings/findingtexts.h"


namespace SmtpDoctor {

const std::vector<FindingInfo>& laterStepFindings()
{
    static const std::vector<FindingInfo> table {
        // (none)
        { FindingId::InterferencePort25Blocked, Severity::Warning, Side::Network, Reason::Interference,
            QT_TRANSLATE_NOOP("Finding", "Your internet provider blocks port 25"),
            QT_TRANSLATE_NOOP("Finding", "Port 25 does not get through, while the sending ports 465 and 587 do. Many providers block port 25 for home connections to stop spam (\"Outbound Port 25 Blocking\", OP25B)."),
            QT_TRANSLATE_NOOP("Finding", "In your mail program's outgoing server (SMTP) settings, change the port to 587 with STARTTLS (or 465 with SSL/TLS) and turn on SMTP authentication with your user name and password.") },
        // (none)
        { FindingId::InterferenceEsmtpInspection, Severity::Warning, Side::Network, Reason::Interference,
            QT_TRANSLATE_NOOP("Finding", "A firewall changes the mail conversation"),
            QT_TRANSLATE_NOOP("Finding", "What the server says in plain text differs from what it says over an encrypted connection: a device in between (a firewall's \"SMTP inspection\" or \"mail guard\") hides or rewrites parts of it. This can hide encryption and sign-in from your mail program."),
            QT_TRANSLATE_NOOP("Finding", "Use port 465 with SSL/TLS, which such devices cannot read. Ask your network administrator to turn off SMTP/ESMTP inspection (on Cisco firewalls \"inspect esmtp\") for mail sending.") },
        // %1 product name, %2 the setting to turn off
        { FindingId::InterferenceTlsInterception, Severity::Warning, Side::Network, Reason::Interference,
            QT_TRANSLATE_NOOP("Finding", "%1 is reading your encrypted mail connection"),
            QT_TRANSLATE_NOOP("Finding", "The certificate your computer received was issued by %1, not by the mail server's authority. The security program opens the encrypted connection to scan it. This can break sending or hide certificate problems."),
            QT_TRANSLATE_NOOP("Finding", "In %1, turn off %2, or add your mail server as an exception. Then run the check again.") },
        // %1 proxy description
        { FindingId::InterferenceProxy, Severity::Info, Side::Network, Reason::Interference,
            QT_TRANSLATE_NOOP("Finding", "A proxy sits between you and the server"),
            QT_TRANSLATE_NOOP("Finding", "Connections from this computer go through a proxy (%1). Mail programs often cannot send through web proxies."),
            QT_TRANSLATE_NOOP("Finding", "If sending fails, ask your network administrator whether mail ports may go out directly.") },
        // %1 the computer's date, %2 the certificate's validity period
        { FindingId::InterferenceClockSkew, Severity::Warning, Side::You, Reason::Configuration,
            QT_TRANSLATE_NOOP("Finding", "Your computer's clock seems wrong"),
            QT_TRANSLATE_NOOP("Finding", "This computer's date (%1) does not fit the server's certificate (valid %2). With a wrong clock, secure connections fail everywhere."),
            QT_TRANSLATE_NOOP("Finding", "Set the correct date and time (turn on automatic time setting), then run the check again.") },
        // %1 the earlier step's title
        { FindingId::InterferenceSkipped, Severity::Info, Side::You, Reason::NotChecked,
            QT_TRANSLATE_NOOP("Finding", "Not checked: an earlier step failed"),
            QT_TRANSLATE_NOOP("Finding", "This check needs \"%1\" to work first."),
            QT_TRANSLATE_NOOP("Finding", "Fix the problem shown in \"%1\", then run the check again.") },
        // %1 sender address
        { FindingId::SendSenderRejected, Severity::Error, Side::You, Reason::SenderRejected,
            QT_TRANSLATE_NOOP("Finding", "The server does not let you send as %1"),
            QT_TRANSLATE_NOOP("Finding", "The server refused the sender address \"%1\". Servers usually accept only the address that belongs to the account you signed in with."),
            QT_TRANSLATE_NOOP("Finding", "In your mail program, make the sender (From) address the one of this account, or ask your provider whether you may send as another address.") },
        // %1 recipient
        { FindingId::SendRelayDenied, Severity::Error, Side::You, Reason::RelayDenied,
            QT_TRANSLATE_NOOP("Finding", "The server will not pass your mail on (relay denied)"),
            QT_TRANSLATE_NOOP("Finding", "The server only delivers mail for outside addresses such as %1 from users who have signed in. Your mail program probably does not sign in, or uses a server that is not your provider's."),
            QT_TRANSLATE_NOOP("Finding", "Turn on \"My outgoing server (SMTP) requires authentication\" (SMTP authentication) with your user name and password, and use your provider's sending port (587 or 465).") },
        // %1 recipient
        { FindingId::SendRecipientUnknown, Severity::Error, Side::Recipient, Reason::RecipientUnknown,
            QT_TRANSLATE_NOOP("Finding", "The address %1 does not exist"),
            QT_TRANSLATE_NOOP("Finding", "The receiving side says there is no mailbox for \"%1\". Your own settings are fine."),
            QT_TRANSLATE_NOOP("Finding", "Check the recipient's address for typos, or ask them for their correct address.") },
        // (none)
        { FindingId::SendMessageTooLarge, Severity::Error, Side::Server, Reason::MessageTooLarge,
            QT_TRANSLATE_NOOP("Finding", "The message is too large for the server"),
            QT_TRANSLATE_NOOP("Finding", "The server accepts messages only up to a certain size, and this one is bigger (attachments count too)."),
            QT_TRANSLATE_NOOP("Finding", "Send smaller attachments, or share large files through a link instead.") },
        // (none)
        { FindingId::SendRateLimited, Severity::Warning, Side::Server, Reason::RateLimited,
            QT_TRANSLATE_NOOP("Finding", "The server asks you to wait (sending limit or greylisting)"),
            QT_TRANSLATE_NOOP("Finding", "The server temporarily refused the message: you may have reached a sending limit, or it delays first attempts from new senders (greylisting)."),
            QT_TRANSLATE_NOOP("Finding", "Wait a while and send again; mail programs retry by themselves. If it lasts a day, contact your provider about sending limits.") },
        // (none)
        { FindingId::SendRejectedAsSpam, Severity::Error, Side::Server, Reason::Spam,
            QT_TRANSLATE_NOOP("Finding", "The message was refused as possible spam"),
            QT_TRANSLATE_NOOP("Finding", "The server refused the message because of its spam or sender checks (a block list, or the sender domain's SPF, DKIM or DMARC records)."),
            QT_TRANSLATE_NOOP("Finding", "Read the server's words below and give them to your mail provider or the domain's administrator: they can fix block-list entries and the domain's sender records.") },
        // %1 recipient
        { FindingId::SendAccepted, Severity::Info, Side::You, Reason::Accepted,
            QT_TRANSLATE_NOOP("Finding", "The test message was accepted for %1"),
            QT_TRANSLATE_NOOP("Finding", "The server took the test message for delivery. Sending works with these settings."),
            QT_TRANSLATE_NOOP("Finding", "Nothing to do. If the message does not arrive, check the recipient's spam folder.") },
        // (none)
        { FindingId::SendFailed, Severity::Error, Side::Server, Reason::Unclassified,
            QT_TRANSLATE_NOOP("Finding", "The server refused the test message"),
            QT_TRANSLATE_NOOP("Finding", "The server answered the test message with an error; its words are shown below."),
            QT_TRANSLATE_NOOP("Finding", "Give this report to your mail provider.") },
        // %1 the earlier step's title
        { FindingId::SendSkipped, Severity::Info, Side::You, Reason::NotChecked,
            QT_TRANSLATE_NOOP("Finding", "Not sent: an earlier step failed"),
            QT_TRANSLATE_NOOP("Finding", "The test message needs \"%1\" to work first."),
            QT_TRANSLATE_NOOP("Finding", "Fix the problem shown in \"%1\", then run the check again.") },
    };
    return table;
}

} // namespace SmtpDoctor
