#pragma once

#include "core/oauth/oauthresult.h"

#include <QByteArray>

namespace SmtpDoctor {

// One answer of a token endpoint (RFC 6749 5.1 success, 5.2 error), read strictly and within bounds:
// either tokens or a typed failure, never both. Nothing of the body is logged.
struct TokenResponse
{
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    OAuthTokens tokens;
    OAuthFailure failure;

    // `httpStatus` of the answer, its Content-Type and body (at most MaxBodyBytes + 1 of it).
    static TokenResponse parse(int httpStatus, const QByteArray& contentType, const QByteArray& body);
};

} // namespace SmtpDoctor
