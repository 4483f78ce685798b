#include "core/oauth/oauthresult.h"

namespace SmtpDoctor {

namespace {

void wipeString(QString& s)
{
    s.fill(QLatin1Char(' '));
    s.clear();
}

} // namespace

void OAuthTokens::wipe()
{
    wipeString(accessToken);
    wipeString(refreshToken);
    refreshTokenIsNew = false;
}

QString oauthFailureKindName(OAuthFailure::Kind k)
{
    using K = OAuthFailure::Kind;
    switch (k) {
    case K::None:
        return QStringLiteral("none");
    case K::NotConfigured:
        return QStringLiteral("not-configured");
    case K::InsecureEndpoint:
        return QStringLiteral("insecure-endpoint");
    case K::ListenFailed:
        return QStringLiteral("listen-failed");
    case K::BrowserTimeout:
        return QStringLiteral("browser-timeout");
    case K::Cancelled:
        return QStringLiteral("cancelled");
    case K::Denied:
        return QStringLiteral("denied");
    case K::StateMismatch:
        return QStringLiteral("state-mismatch");
    case K::NoCode:
        return QStringLiteral("no-code");
    case K::TokenRefused:
        return QStringLiteral("token-refused");
    case K::TokenTimeout:
        return QStringLiteral("token-timeout");
    case K::TlsError:
        return QStringLiteral("tls-error");
    case K::NetworkError:
        return QStringLiteral("network-error");
    case K::BadTokenResponse:
        return QStringLiteral("bad-token-response");
    }
    return {};
}

} // namespace SmtpDoctor
