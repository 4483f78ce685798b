#pragma once

#include <QByteArray>
#include <QString>

namespace SmtpDoctor {

// Names the protocol a non-SMTP peer speaks from the first bytes it sent: "POP3", "IMAP", "HTTP",
// "SSH", "FTP", "TLS" (a TLS record where plain text was expected)... Empty if it cannot tell.
QString sniffOtherProtocol(const QByteArray& firstBytes);

} // namespace SmtpDoctor
