#pragma once

#include <QString>

namespace SmtpDoctor::Pkce {

// RFC 7636 Proof Key for Code Exchange: the verifier stays in this process, only its S256 challenge
// travels through the browser, so a code caught on the way back is worthless to anyone else.

// 43 characters: base64url of 32 bytes from the system's secure random source (4.1: 256 bits).
QString makeVerifier();
// BASE64URL(SHA256(ASCII(verifier))) without padding (4.2, method S256).
QString challengeS256(const QString& verifier);
// The OAuth "state": 22 characters, base64url of 16 secure random bytes; the redirect must carry it back.
QString makeState();

} // namespace SmtpDoctor::Pkce
