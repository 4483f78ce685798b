#pragma once

#include "core/oauth/oauthprofile.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>

namespace SmtpDoctor {

// What one sign-in is asked to do.
struct OAuthRequest
{
    static constexpr int DefaultBrowserTimeoutMs = 5 * 60 * 1000;

    OAuthProfile profile;
    QString loginHint; // the user's address: filled in on the provider's page where it understands it
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's authorities (--ca-file)
    int timeoutMs = 10000; // the longest a single exchange with the token endpoint may take
    int browserTimeoutMs = DefaultBrowserTimeoutMs; // the longest the browser may take to come back
};

// Secrets: kept in memory only as long as needed, never logged, never in a report.
struct OAuthTokens
{
    QString accessToken;
    QString refreshToken; // the one to keep: new when the provider rotated it, else the one used
    bool refreshTokenIsNew = false; // the provider issued it in this exchange (store it if asked to)
    QString tokenType; // "Bearer"
    QString scope; // as granted (may be narrower than asked)
    QDateTime expiresAt; // invalid when the provider did not say

    bool isEmpty() const { return accessToken.isEmpty(); }
    void wipe();
};

struct OAuthFailure
{
    enum class Kind {
        None,
        NotConfigured, // no client id for this provider in this copy or the preset
        InsecureEndpoint, // an endpoint is not a whole https address
        ListenFailed, // the loopback listener for the browser's answer could not be opened
        BrowserTimeout, // the browser did not come back within the bound (closed, or the user went away)
        Cancelled, // the user or the program cancelled
        Denied, // the provider sent the browser back with error= (access_denied, consent_required...)
        StateMismatch, // the browser came back with another state, or none: not our sign-in, refused
        NoCode, // the browser came back with neither a code nor an error
        TokenRefused, // the token endpoint answered with an OAuth error (invalid_grant, invalid_client...)
        TokenTimeout, // the token endpoint did not answer in time
        TlsError, // the token endpoint's certificate is not trusted (or the handshake failed)
        NetworkError, // the token endpoint could not be reached
        BadTokenResponse, // an answer without a usable token, or an HTTP error without an OAuth error
    };

    Kind kind = Kind::None;
    QString error; // the provider's error code ("access_denied", "invalid_grant")
    QString errorDescription; // the provider's own words (shortened, control characters visible)
    QString errorUri;
    int httpStatus = 0; // token endpoint failures
    QString detail; // technical detail (network or TLS error text)

    bool isFailure() const { return kind != Kind::None; }
};

QString oauthFailureKindName(OAuthFailure::Kind k); // "browser-timeout", "denied"...

struct OAuthResult
{
    OAuthFailure failure;
    OAuthTokens tokens;
    bool refreshed = false; // came from a refresh token, not from the browser

    bool ok() const { return !failure.isFailure() && !tokens.isEmpty(); }
};

} // namespace SmtpDoctor

Q_DECLARE_METATYPE(SmtpDoctor::OAuthResult)
