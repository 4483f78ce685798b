#pragma once

#include <QByteArray>
#include <QString>

namespace SmtpDoctor {

// Names the protocol a non-SMTP peer speaks from the first bytes it sent: "POP3", "IMAP", "HTTP",
// "SSH", "FTP", "TLS" (a TLS record where plain text was expected)... Empty if it cannot tell.
QString sniffOtherProtocol(const QByteArray& firstBytes);

// FTP servers greet with 220 like mail servers, so the first bytes alone cannot tell. After EHLO and HELO
// were both refused: true when the greeting names an FTP server and not SMTP ("220 (vsFTPd 3.0.5)",
// "220 ProFTPD Server", "220-FileZilla Server") or the refusal speaks FTP's language ("530 Please login
// with USER and PASS", "530 You aren't logged in").
bool looksLikeFtp(QStringView greeting, QStringView refusal);

} // namespace SmtpDoctor
