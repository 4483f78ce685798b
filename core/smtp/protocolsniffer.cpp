#include "core/smtp/protocolsniffer.h"

namespace SmtpDoctor {

QString sniffOtherProtocol(const QByteArray& firstBytes)
{
    const QByteArray b = firstBytes.left(64);
    if (b.size() >= 3 && uchar(b[0]) == 0x16 && uchar(b[1]) == 0x03)
        return QStringLiteral("TLS");
    if (b.size() >= 2 && uchar(b[0]) == 0x15 && uchar(b[1]) == 0x03)
        return QStringLiteral("TLS");
    if (b.startsWith("+OK") || b.startsWith("-ERR"))
        return QStringLiteral("POP3");
    if (b.startsWith("* OK") || b.startsWith("* PREAUTH") || b.startsWith("* BYE"))
        return QStringLiteral("IMAP");
    if (b.startsWith("HTTP/") || b.startsWith("<!DOCTYPE") || b.startsWith("<html") || b.startsWith("<HTML"))
        return QStringLiteral("HTTP");
    if (b.startsWith("SSH-"))
        return QStringLiteral("SSH");
    if (b.startsWith("RFB "))
        return QStringLiteral("VNC");
    if (b.startsWith("RTSP/"))
        return QStringLiteral("RTSP");
    if (b.startsWith("SIP/2.0"))
        return QStringLiteral("SIP");
    if (b.startsWith("@RSYNCD:"))
        return QStringLiteral("rsync");
    // Telnet option negotiation: IAC followed by WILL, WONT, DO or DONT.
    if (b.size() >= 2 && uchar(b[0]) == 0xFF && uchar(b[1]) >= 0xFB && uchar(b[1]) <= 0xFE)
        return QStringLiteral("Telnet");
    // MySQL greets with a 3-byte length, sequence 0 and protocol version 10.
    if (b.size() >= 5 && uchar(b[3]) == 0x00 && uchar(b[4]) == 0x0A && uchar(b[2]) == 0x00 && uchar(b[0]) > 0)
        return QStringLiteral("MySQL");
    // FTP greets with 220 too, so only its own words give it away.
    if (b.startsWith("220") && (b.contains("FTP") || b.contains("ftp")))
        return QStringLiteral("FTP");
    return {};
}

} // namespace SmtpDoctor
