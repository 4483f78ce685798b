#pragma once

class QAbstractSocket;

namespace SmtpDoctor {

// Asks the operating system to acknowledge what the server sends at once instead of after Linux's
// 40 ms delayed-ACK timer. A server that writes its TLS session tickets and then its greeting as two
// small packets (Postfix on port 465 does) holds the greeting back until the first is acknowledged
// (Nagle's algorithm), which otherwise adds 40 ms to every implicit-TLS connection. The kernel leaves
// quick-ACK mode by itself, so this is asked again at each point where the server speaks next.
// Does nothing where the option does not exist.
void requestQuickAcks(const QAbstractSocket& socket);

} // namespace SmtpDoctor
