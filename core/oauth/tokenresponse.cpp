#include "core/oauth/tokenresponse.h"

#include "core/smtp/saslmechanism.h"
#include "core/smtp/smtpreply.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace SmtpDoctor {

namespace {

constexpr qsizetype MaxShown = 300;

QString shown(const QString& text)
{
    return makeControlCharactersVisible(QStringView(text).left(MaxShown));
}

QString stringOf(const QVariantMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

// JSON is what RFC 6749 prescribes; a few old endpoints answer in form encoding.
bool readFields(const QByteArray& contentType, const QByteArray& body, QVariantMap* fields)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && json.isObject()) {
        *fields = json.object().toVariantMap();
        return true;
    }
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery query(QString::fromUtf8(body));
        for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
            fields->insert(key, value);
        return !fields->isEmpty();
    }
    return false;
}

} // namespace

TokenResponse TokenResponse::parse(int httpStatus, const QByteArray& contentType, const QByteArray& body)
{
    TokenResponse r;
    r.failure.httpStatus = httpStatus;
    const auto fail = [&r](OAuthFailure::Kind kind, const QString& detail) {
        r.failure.kind = kind;
        r.failure.detail = detail;
        return r;
    };
    if (body.size() > MaxBodyBytes)
        return fail(OAuthFailure::Kind::BadTokenResponse,
            QStringLiteral("the answer is larger than %1 KiB").arg(MaxBodyBytes / 1024));
    QVariantMap fields;
    const bool success = httpStatus >= 200 && httpStatus < 300;
    if (!readFields(contentType.toLower(), body, &fields)) {
        return fail(OAuthFailure::Kind::BadTokenResponse,
            success ? QStringLiteral("the answer is not a JSON object")
                    : QStringLiteral("HTTP %1 without an OAuth error").arg(httpStatus));
    }
    if (fields.contains(QStringLiteral("error"))) {
        r.failure.error = shown(stringOf(fields, "error"));
        r.failure.errorDescription = shown(stringOf(fields, "error_description"));
        r.failure.errorUri = shown(stringOf(fields, "error_uri"));
        return fail(OAuthFailure::Kind::TokenRefused, {});
    }
    if (!success)
        return fail(OAuthFailure::Kind::BadTokenResponse,
            QStringLiteral("HTTP %1 without an OAuth error").arg(httpStatus));
    const QString accessToken = stringOf(fields, "access_token");
    if (accessToken.isEmpty())
        return fail(OAuthFailure::Kind::BadTokenResponse, QStringLiteral("the answer has no access_token"));
    if (!Sasl::isBearerToken(accessToken))
        return fail(OAuthFailure::Kind::BadTokenResponse,
            QStringLiteral("the access token has characters a bearer token cannot have"));
    const QString type = stringOf(fields, "token_type");
    if (!type.isEmpty() && type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return fail(OAuthFailure::Kind::BadTokenResponse,
            QStringLiteral("token type \"%1\" instead of Bearer").arg(shown(type)));
    r.failure = {};
    r.tokens.accessToken = accessToken;
    r.tokens.refreshToken = stringOf(fields, "refresh_token");
    r.tokens.refreshTokenIsNew = !r.tokens.refreshToken.isEmpty();
    r.tokens.tokenType = QStringLiteral("Bearer");
    r.tokens.scope = shown(stringOf(fields, "scope"));
    bool ok = false;
    const qint64 expiresIn = fields.value(QStringLiteral("expires_in")).toLongLong(&ok);
    if (ok && expiresIn > 0)
        r.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    return r;
}

} // namespace SmtpDoctor
