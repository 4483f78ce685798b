#pragma once

#include "core/findings/finding.h"
#include "core/smtp/sessiontypes.h"

namespace SmtpDoctor {

// The findings for a connection that failed, shared by the server step (every port of the sweep, TLS
// from the start among them) and the TLS step (STARTTLS and what follows it), so that one failure
// always reads the same wherever it was met.

// The server answered, and not as a mail server should: its greeting or introduction refused (421,
// 554...), another protocol, the connection cut, or replies that break the protocol.
Finding serverAnswerFinding(const SessionFailure& failure, const QString& host, quint16 port);

// The TLS handshake itself failed: the old version the server insists on, the 465/587 mix-up, a server
// that wants a client certificate, or another reason in the TLS library's words.
Finding handshakeFailureFinding(const SessionFailure& failure, const QString& host, quint16 port);

// The handshake worked, and then the conversation over it failed (EHLO refused or answered 421, a second
// greeting, garbage, the server hanging up): the server's own reply is the finding, not the encryption.
Finding afterHandshakeFinding(
    const SessionFailure& failure, const QString& host, quint16 port, const QString& protocol);

// True for OpenSSL's words when TLS met plain text (or the reverse): the 465/587 mix-up.
bool looksLikeTlsModeMismatch(const QString& errorText);

} // namespace SmtpDoctor
