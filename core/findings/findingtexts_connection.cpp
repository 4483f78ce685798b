// Findings of the network and server steps. Arguments are listed above each entry.
#include "core/findings/findingtexts.h"


namespace SmtpDoctor {

const std::vector<FindingInfo>& networkAndServerFindings()
{
    static const std::vector<FindingInfo> table {
        // (none)
        { FindingId::NetworkOffline, Severity::Error, Side::You, Reason::NetworkError,
            QT_TRANSLATE_NOOP("Finding", "Your computer is not connected to a network"),
            QT_TRANSLATE_NOOP("Finding", "This computer has no working network connection, so it cannot reach any mail server. Nothing is wrong with your mail settings yet."),
            QT_TRANSLATE_NOOP("Finding", "Check that Wi-Fi is on or the network cable is plugged in, and that web pages open. Then run the check again.") },
        // %1 server name
        { FindingId::NetworkDnsFailed, Severity::Error, Side::You, Reason::HostUnknown,
            QT_TRANSLATE_NOOP("Finding", "The server name \"%1\" could not be found"),
            QT_TRANSLATE_NOOP("Finding", "Your computer asked the internet's address book (DNS) where \"%1\" is, and got no address back. Most often the name is mistyped; sometimes the network's DNS is not answering."),
            QT_TRANSLATE_NOOP("Finding", "Compare the outgoing server name letter by letter with what your mail provider gives (for example smtp.example.com). If it is right, check that web pages open, then try again.") },
        // %1 server name
        { FindingId::NetworkIpv6Broken, Severity::Warning, Side::Network, Reason::NetworkError,
            QT_TRANSLATE_NOOP("Finding", "The server's IPv6 address does not answer"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" has a newer IPv6 address and an IPv4 address. Only the IPv4 address answered. Mail programs that try IPv6 first may wait a long time or fail."),
            QT_TRANSLATE_NOOP("Finding", "Usually nothing needs changing, because most mail programs fall back to IPv4. If sending is slow or fails, ask your network administrator or internet provider about IPv6.") },
        // %1 server, %2 port
        { FindingId::ServerRefused, Severity::Error, Side::You, Reason::NetworkError,
            QT_TRANSLATE_NOOP("Finding", "The server refused the connection on port %2"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" answered, but nothing on it accepts mail on port %2. The port number is probably wrong, or the server name belongs to a machine that does not send mail."),
            QT_TRANSLATE_NOOP("Finding", "Check the port in your mail program's outgoing server settings. Most providers use 465 (SSL/TLS) or 587 (STARTTLS).") },
        // %1 server, %2 port, %3 seconds
        { FindingId::ServerTimeout, Severity::Error, Side::Network, Reason::NetworkError,
            QT_TRANSLATE_NOOP("Finding", "No answer from %1 on port %2"),
            QT_TRANSLATE_NOOP("Finding", "There was no answer at all within %3 seconds. Either something in between (a firewall, your internet provider, a security program) silently blocks this port, or the server name is not the right one."),
            QT_TRANSLATE_NOOP("Finding", "Try port 587 or 465 instead. If no port answers, check the server name, and ask whoever runs your network whether outgoing mail ports are blocked.") },
        // %1 server, %2 port
        { FindingId::ServerReset, Severity::Error, Side::Network, Reason::NetworkError,
            QT_TRANSLATE_NOOP("Finding", "The connection to %1 was cut off"),
            QT_TRANSLATE_NOOP("Finding", "A connection to port %2 was made, but it was closed before the server said hello. A firewall or security program may be cutting it, or the server turned this computer away."),
            QT_TRANSLATE_NOOP("Finding", "Try again in a few minutes. If it keeps happening, try the other port (465 or 587) and check your security software's firewall.") },
        // %1 server, %2 port, %3 seconds
        { FindingId::ServerSilent, Severity::Error, Side::Server, Reason::NetworkError,
            QT_TRANSLATE_NOOP("Finding", "The server on port %2 stays silent"),
            QT_TRANSLATE_NOOP("Finding", "The connection to \"%1\" was accepted, but no mail server greeting came within %3 seconds. The port may expect an encrypted connection from the start, or the server is overloaded."),
            QT_TRANSLATE_NOOP("Finding", "If your mail program uses port 465, make sure security is set to SSL/TLS; for 587, STARTTLS. Otherwise try again later.") },
        // %1 server, %2 port, %3 protocol name (POP3, IMAP, HTTP...)
        { FindingId::ServerNotSmtp, Severity::Error, Side::You, Reason::Configuration,
            QT_TRANSLATE_NOOP("Finding", "Port %2 is not a mail sending port (%3 answered)"),
            QT_TRANSLATE_NOOP("Finding", "The program that answered on port %2 of \"%1\" speaks %3, not SMTP. %3 is used for something else, such as receiving mail or web pages, so your mail program cannot send through it."),
            QT_TRANSLATE_NOOP("Finding", "Set the outgoing (SMTP) server port to 587 or 465. The receiving ports (110, 995 for POP3; 143, 993 for IMAP) belong only in the incoming settings.") },
        // %1 server
        { FindingId::ServerGreetingRejected, Severity::Error, Side::Server, Reason::NotAccepting,
            QT_TRANSLATE_NOOP("Finding", "The server turned the connection away"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" answered, but at once said it will not serve this connection. It may be busy, it may not offer sending here, or it may block your network's address."),
            QT_TRANSLATE_NOOP("Finding", "Read the server's words below. If it says busy, try again later; if it mentions a block list or your address, contact your mail provider with this report.") },
        // %1 server
        { FindingId::ServerHeloRejected, Severity::Error, Side::Server, Reason::Policy,
            QT_TRANSLATE_NOOP("Finding", "The server refused the introduction (EHLO/HELO)"),
            QT_TRANSLATE_NOOP("Finding", "Mail programs start by introducing themselves. \"%1\" refused both the modern and the old introduction, so no mail can be sent through it."),
            QT_TRANSLATE_NOOP("Finding", "This is usually a server or firewall setting. Contact your mail provider or network administrator with this report.") },
        // %1 server
        { FindingId::ServerProtocolError, Severity::Error, Side::Server, Reason::ProtocolError,
            QT_TRANSLATE_NOOP("Finding", "The server's answers do not follow the mail protocol"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" sent something that is not a valid mail server reply (garbled, far too long, or never ending). A faulty server, or a device in between that changes the conversation, can cause this."),
            QT_TRANSLATE_NOOP("Finding", "Try again later or through another network. If it persists, give this report to your mail provider or network administrator.") },
        // %1 server, %2 failing port, %3 working port, %4 security ("SSL/TLS", "STARTTLS")
        { FindingId::ServerPortSuggestion, Severity::Warning, Side::You, Reason::Configuration,
            QT_TRANSLATE_NOOP("Finding", "Port %2 does not work, but port %3 does"),
            QT_TRANSLATE_NOOP("Finding", "\"%1\" could not be used on port %2, but it answers properly on port %3 with %4."),
            QT_TRANSLATE_NOOP("Finding", "In your mail program's outgoing server settings, change the port to %3 and security to %4.") },
        // %1 the earlier step's title
        { FindingId::ServerSkipped, Severity::Info, Side::You, Reason::NotChecked,
            QT_TRANSLATE_NOOP("Finding", "Not checked: an earlier step failed"),
            QT_TRANSLATE_NOOP("Finding", "This check needs \"%1\" to work first."),
            QT_TRANSLATE_NOOP("Finding", "Fix the problem shown in \"%1\", then run the check again.") },
    };
    return table;
}

} // namespace SmtpDoctor
