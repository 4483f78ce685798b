// The second half of OAuthSignIn: the token endpoint's answer, and how a sign-in ends.
#include "core/logging.h"
#include "core/oauth/loopbackreplyhandler.h"
#include "core/oauth/oauthnetworkaccess.h"
#include "core/oauth/oauthsignin.h"
#include "core/oauth/tokenresponse.h"
#include "core/smtp/smtpreply.h"
#include "core/smtp/transcript.h"

#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>

namespace SmtpDoctor {

namespace {

// Long enough for the listener to hand the browser its page before the attempt's objects go.
constexpr int LingerMs = 1000;

QString sslErrorText(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& e : errors)
        texts << e.errorString();
    texts.removeDuplicates();
    return texts.join(QStringLiteral("; "));
}

} // namespace

void OAuthSignIn::onTokenReply(QNetworkReply* reply)
{
    if ((m_stage != Stage::ExchangingCode && m_stage != Stage::Refreshing)
        || reply != m_network->currentReply())
        return; // an answer nobody waits for any more (the sign-in ended, or it was aborted by us)
    m_exchangeDeadline.stop();
    OAuthResult result = readTokenReply(reply);
    reply->deleteLater();
    if (result.failure.isFailure()) {
        fail(result.failure);
        return;
    }
    result.refreshed = m_stage == Stage::Refreshing;
    if (result.refreshed && result.tokens.refreshToken.isEmpty())
        result.tokens.refreshToken = m_refreshToken; // not rotated: the one used stays valid
    if (m_transcript) {
        m_transcript->addSecret(result.tokens.accessToken);
        m_transcript->addSecret(result.tokens.refreshToken);
    }
    const qint64 seconds = result.tokens.expiresAt.isValid()
        ? QDateTime::currentDateTimeUtc().secsTo(result.tokens.expiresAt)
        : -1;
    note(QStringLiteral("Access token received (%1, valid for %2; refresh token: %3; scope: %4)")
             .arg(result.tokens.tokenType,
                 seconds >= 0 ? QStringLiteral("%1 s").arg(seconds) : QStringLiteral("an unknown time"),
                 result.tokens.refreshTokenIsNew            ? QStringLiteral("new")
                     : result.tokens.refreshToken.isEmpty() ? QStringLiteral("none")
                                                            : QStringLiteral("unchanged"),
                 result.tokens.scope.isEmpty() ? QStringLiteral("as asked") : result.tokens.scope));
    finish(result);
}

OAuthResult OAuthSignIn::readTokenReply(QNetworkReply* reply)
{
    OAuthResult result;
    OAuthFailure& f = result.failure;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_exchangeTimedOut) {
        f.kind = OAuthFailure::Kind::TokenTimeout;
        f.detail = QStringLiteral("no answer within %1 s").arg(m_request.timeoutMs / 1000.0);
    } else if (!m_sslErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        f.kind = OAuthFailure::Kind::TlsError;
        f.detail = m_sslErrors.isEmpty() ? reply->errorString() : sslErrorText(m_sslErrors);
    } else if (OAuthNetworkAccess::wasTooLarge(reply)) {
        f.kind = OAuthFailure::Kind::BadTokenResponse;
        f.detail = QStringLiteral("the answer is larger than %1 KiB")
                       .arg(OAuthNetworkAccess::MaxAnswerBytes / 1024);
    } else if (!status.isValid()) {
        // No HTTP answer at all: refused, unreachable, reset, name unknown...
        f.kind = reply->error() == QNetworkReply::OperationCanceledError
                || reply->error() == QNetworkReply::TimeoutError
            ? OAuthFailure::Kind::TokenTimeout
            : OAuthFailure::Kind::NetworkError;
        f.detail = makeControlCharactersVisible(reply->errorString());
    } else {
        const TokenResponse answer = TokenResponse::parse(status.toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toString().toLatin1(),
            reply->read(TokenResponse::MaxBodyBytes + 1));
        result.failure = answer.failure;
        result.tokens = answer.tokens;
    }
    return result;
}

void OAuthSignIn::onExchangeDeadline()
{
    m_exchangeTimedOut = true;
    if (QNetworkReply* reply = m_network ? m_network->currentReply() : nullptr; reply && reply->isRunning()) {
        reply->abort(); // finished() -> onTokenReply, which reports the timeout
        return;
    }
    fail(OAuthFailure::Kind::TokenTimeout,
        QStringLiteral("no answer within %1 s").arg(m_request.timeoutMs / 1000.0));
}

void OAuthSignIn::fail(OAuthFailure::Kind kind, const QString& detail)
{
    OAuthFailure failure;
    failure.kind = kind;
    failure.detail = detail;
    fail(failure);
}

void OAuthSignIn::fail(const OAuthFailure& failure)
{
    qCInfo(lcOAuth) << "sign-in failed:" << oauthFailureKindName(failure.kind) << failure.error
                    << failure.detail;
    QString text = QStringLiteral("Sign-in stopped: ") + oauthFailureKindName(failure.kind);
    if (failure.httpStatus)
        text += QStringLiteral(", HTTP %1").arg(failure.httpStatus);
    if (!failure.error.isEmpty())
        text += QStringLiteral(", error=") + failure.error;
    for (const QString& words : { failure.errorDescription, failure.detail }) {
        if (!words.isEmpty())
            text += QStringLiteral(" (%1)").arg(words);
    }
    note(text);
    OAuthResult result;
    result.failure = failure;
    result.refreshed = m_stage == Stage::Refreshing;
    finish(result);
}

void OAuthSignIn::finish(OAuthResult result)
{
    teardown();
    setStage(Stage::Finished);
    QMetaObject::invokeMethod(
        this,
        [this, result]() mutable {
            emit finished(result);
            result.tokens.wipe();
        },
        Qt::QueuedConnection);
}

void OAuthSignIn::teardown()
{
    m_browserDeadline.stop();
    m_exchangeDeadline.stop();
    m_verifier.fill(QLatin1Char(' '));
    m_verifier.clear();
    m_refreshToken.fill(QLatin1Char(' '));
    m_refreshToken.clear();
    m_state.clear();
    if (!m_attempt)
        return;
    // Nothing of this attempt reaches this object any more, not even the abort's finished().
    disconnect(m_handler, nullptr, this, nullptr);
    disconnect(m_network, nullptr, this, nullptr);
    if (m_flow)
        disconnect(m_flow, nullptr, this, nullptr);
    if (QNetworkReply* reply = m_network->currentReply(); reply && reply->isRunning())
        reply->abort();
    if (m_flow) {
        m_flow->setToken({});
        m_flow->setRefreshToken({});
    }
    m_handler->close();
    QObject* attempt = m_attempt;
    m_attempt = nullptr;
    m_network = nullptr;
    m_handler = nullptr;
    m_flow = nullptr;
    QTimer::singleShot(LingerMs, attempt, &QObject::deleteLater);
}

} // namespace SmtpDoctor
