#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace SmtpDoctor {

// The SASL mechanisms the session speaks (RFC 4954 with RFC 4616 PLAIN, LOGIN, RFC 2195 CRAM-MD5).
enum class SaslMechanism { None, Plain, Login, CramMd5 };

QString saslMechanismName(SaslMechanism m);

// The strongest mechanism both sides support: CRAM-MD5 (the password never crosses the wire), then
// PLAIN (one round trip), then LOGIN. `exclude` lists mechanisms the server already turned down.
SaslMechanism chooseSaslMechanism(const QStringList& offered, const QList<SaslMechanism>& exclude = {});

// True if the server offers only token-based mechanisms (XOAUTH2, OAUTHBEARER) that need a browser sign-in.
bool offersOnlyOAuth(const QStringList& offered);

namespace Sasl {
QByteArray plainResponse(const QString& user, const QString& password); // base64("\0user\0password")
QByteArray base64(const QString& text);
// Base64 answer to a CRAM-MD5 challenge; empty if the challenge is not valid base64 or empty.
QByteArray cramMd5Response(const QString& user, const QString& password, const QByteArray& challengeBase64);
// Strict base64 decoding of a challenge; `ok` is false on invalid input.
QByteArray decodeChallenge(const QByteArray& challengeBase64, bool* ok);
} // namespace Sasl

} // namespace SmtpDoctor
