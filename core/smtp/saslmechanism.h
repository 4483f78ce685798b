#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace SmtpDoctor {

// The SASL mechanisms the session speaks (RFC 4954 with RFC 4616 PLAIN, LOGIN, RFC 2195 CRAM-MD5), and
// for OAuth 2.0 bearer tokens Google's and Microsoft's XOAUTH2 and RFC 7628 OAUTHBEARER.
enum class SaslMechanism { None, Plain, Login, CramMd5, XOAuth2, OAuthBearer };

QString saslMechanismName(SaslMechanism m);

// The strongest mechanism both sides support: CRAM-MD5 (the password never crosses the wire), then
// PLAIN (one round trip), then LOGIN. `exclude` lists mechanisms the server already turned down.
SaslMechanism chooseSaslMechanism(const QStringList& offered, const QList<SaslMechanism>& exclude = {});

// For a bearer token: XOAUTH2 first (what Thunderbird and Outlook use, and the only one Microsoft 365
// offers), then OAUTHBEARER. `exclude` as above.
SaslMechanism chooseTokenSaslMechanism(const QStringList& offered, const QList<SaslMechanism>& exclude = {});
bool isTokenMechanism(SaslMechanism m);

// What a server says when it refuses a bearer token: a 334 challenge holding base64 JSON (RFC 7628
// 3.2.2; Gmail and Dovecot send it for XOAUTH2 too), e.g. {"status":"401","schemes":"bearer","scope":"..."}.
struct OAuthErrorStatus
{
    QString status; // "401", "invalid_token"...
    QString scope;  // the scope the server wants the token to have
    QString text;   // the decoded JSON as it came (control characters made visible, shortened), or empty

    bool isEmpty() const { return text.isEmpty(); }
};

// True if the server offers only token-based mechanisms (XOAUTH2, OAUTHBEARER) that need a browser sign-in.
bool offersOnlyOAuth(const QStringList& offered);

namespace Sasl {
QByteArray plainResponse(const QString& user, const QString& password); // base64("\0user\0password")
QByteArray base64(const QString& text);
// Base64 answer to a CRAM-MD5 challenge; empty if the challenge is not valid base64 or empty.
QByteArray cramMd5Response(const QString& user, const QString& password, const QByteArray& challengeBase64);
// Strict base64 decoding of a challenge; `ok` is false on invalid input.
QByteArray decodeChallenge(const QByteArray& challengeBase64, bool* ok);
// True if `token` can be sent as an RFC 6750 bearer token (b64token: letters, digits, -._~+/ and trailing =).
bool isBearerToken(const QString& token);
// base64("user=" user ^A "auth=Bearer " token ^A ^A)
QByteArray xoauth2Response(const QString& user, const QString& token);
// RFC 7628 3.1: base64(gs2 header "n,a=" user "," ^A "host=" host ^A "port=" port ^A "auth=Bearer " token ^A ^A)
QByteArray oauthBearerResponse(const QString& user, const QString& host, quint16 port, const QString& token);
// The error status in a 334 challenge after a bearer token (empty when it is not base64 JSON).
OAuthErrorStatus readOAuthErrorStatus(const QByteArray& challengeBase64);
// The client's answer to that challenge: an empty line for XOAUTH2 (as Gmail expects), base64 of a single
// ^A for OAUTHBEARER (RFC 7628 3.2.3). Either way the server then sends its final refusal.
QByteArray oauthErrorAcknowledgement(SaslMechanism m);
} // namespace Sasl

} // namespace SmtpDoctor
