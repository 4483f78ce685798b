#include "core/smtp/protocolsniffer.h"

#include <QRegularExpression>

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

bool looksLikeFtp(QStringView greeting, QStringView refusal)
{
    // "FTP" as a word or inside a product name (vsFTPd, ProFTPD, Pure-FTPd), but not a host name such as
    // ftp.example.com, which a mail server may well carry.
    static const QRegularExpression ftpWord(
        QStringLiteral("(?<![.\\w])(?:\\w*ftp\\w*)(?![.\\w])|filezilla|serv-u"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression smtpWord(
        QStringLiteral("\\b(?:e?smtp|mail service|postfix|exim|sendmail)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const bool ftpGreeting = ftpWord.match(greeting).hasMatch() && !smtpWord.match(greeting).hasMatch();
    // FTP's own commands named in the refusal, or its "not logged in" (530 before USER/PASS).
    static const QRegularExpression ftpCommands(QStringLiteral("\\bUSER\\b.*\\bPASS\\b"));
    static const QRegularExpression notLoggedIn(
        QStringLiteral("\\b(?:not|aren't) logged in\\b"), QRegularExpression::CaseInsensitiveOption);
    return ftpGreeting || ftpCommands.match(refusal).hasMatch() || notLoggedIn.match(refusal).hasMatch();
}

} // namespace SmtpDoctor
