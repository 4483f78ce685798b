#include "core/oauth/oauthsignin.h"

#include "core/i18n/localizedtext.h"
#include "core/logging.h"
#include "core/oauth/loopbackreplyhandler.h"
#include "core/oauth/oauthnetworkaccess.h"
#include "core/oauth/oauthtrust.h"
#include "core/oauth/pkce.h"
#include "core/smtp/smtpreply.h"
#include "core/smtp/transcript.h"

#include <QFutureWatcher>
#include <QOAuth2AuthorizationCodeFlow>

namespace SmtpDoctor {

namespace {

constexpr qsizetype MaxShown = 300;

QString shown(const QVariant& value)
{
    return makeControlCharactersVisible(QStringView(value.toString()).left(MaxShown));
}

// What the browser shows once it is back at the listener (Qt puts it into a small page as it is).
QString pageText(const LocalizedText& text)
{
    return text.toString().toHtmlEscaped();
}

} // namespace

OAuthSignIn::OAuthSignIn(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SmtpDoctor::OAuthResult>();
    m_browserDeadline.setSingleShot(true);
    m_exchangeDeadline.setSingleShot(true);
    connect(&m_browserDeadline, &QTimer::timeout, this, [this] {
        fail(OAuthFailure::Kind::BrowserTimeout,
            QStringLiteral("the browser did not come back within %1 s")
                .arg(m_request.browserTimeoutMs / 1000.0));
    });
    connect(&m_exchangeDeadline, &QTimer::timeout, this, &OAuthSignIn::onExchangeDeadline);
}

OAuthSignIn::~OAuthSignIn()
{
    if (isRunning())
        teardown();
}

QString OAuthSignIn::connectionLabel() const
{
    const QUrl& url = m_request.profile.tokenUrl;
    return url.host() + QLatin1Char(':') + QString::number(url.port(443));
}

void OAuthSignIn::note(const QString& text)
{
    if (m_transcript)
        m_transcript->addInfo(text, connectionLabel());
}

void OAuthSignIn::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    emit stageChanged(stage);
}

bool OAuthSignIn::begin(const OAuthRequest& request, bool listen)
{
    if (isRunning()) {
        qCWarning(lcOAuth) << "a sign-in is already running; the new one is ignored";
        return false;
    }
    m_request = request;
    m_authorizationUrl.clear();
    m_redirectUrl.clear();
    m_sslErrors.clear();
    m_exchangeTimedOut = false;
    setStage(Stage::Preparing);
    if (!request.profile.isConfigured()) {
        fail(OAuthFailure::Kind::NotConfigured,
            QStringLiteral("no client id for %1 in this copy of SMTP Doctor or its preset")
                .arg(request.profile.label()));
        return false;
    }
    if (const LocalizedText problem = request.profile.problem(); !problem.isEmpty()) {
        fail(OAuthFailure::Kind::InsecureEndpoint, problem.sourceText());
        return false;
    }
    if (m_transcript)
        m_transcript->addSecret(request.profile.clientSecret); // Google's is no secret, a custom one may be
    m_attempt = new QObject(this);
    m_network = new OAuthNetworkAccess(request.timeoutMs, m_attempt);
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply*, const QList<QSslError>& errors) { m_sslErrors += errors; });
    m_handler = new LoopbackReplyHandler(listen, m_attempt);
    connect(m_handler, &LoopbackReplyHandler::tokenReplyFinished, this, &OAuthSignIn::onTokenReply);
    if (listen && !m_handler->isListening()) {
        fail(OAuthFailure::Kind::ListenFailed, QStringLiteral("cannot listen on 127.0.0.1"));
        return false;
    }
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, m_attempt);
    configureFlow();
    return true;
}

void OAuthSignIn::configureFlow()
{
    const OAuthProfile& p = m_request.profile;
    m_flow->setClientIdentifier(p.clientId);
    m_flow->setClientIdentifierSharedKey(p.clientSecret);
    m_flow->setAuthorizationUrl(p.authorizeUrl);
    m_flow->setAccessTokenUrl(p.tokenUrl);
    m_flow->setScope(p.scope);
    m_flow->setReplyHandler(m_handler);
    m_flow->setModifyParametersFunction(
        [this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant>* parameters) {
            modifyParameters(static_cast<int>(stage), parameters);
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &OAuthSignIn::onAuthorizeWithBrowser);
}

void OAuthSignIn::modifyParameters(int stageValue, QMultiMap<QString, QVariant>* parameters) const
{
    // Qt 6.4 puts these values into the query unencoded, where a "+" would read as a space: encode the
    // ones that can hold any character; Qt already encodes code, redirect_uri and client_id itself.
    const auto set = [parameters](const QString& key, const QVariant& value) {
        parameters->remove(key);
        parameters->insert(key, value);
    };
    const auto encoded = [](const QString& value) { return QUrl::toPercentEncoding(value); };
    const QString clientSecret = QStringLiteral("client_secret");
    switch (static_cast<QAbstractOAuth::Stage>(stageValue)) {
    case QAbstractOAuth::Stage::RequestingAuthorization:
        set(QStringLiteral("code_challenge"), Pkce::challengeS256(m_verifier));
        set(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        if (m_request.profile.sendLoginHint && !m_request.loginHint.isEmpty())
            set(QStringLiteral("login_hint"), encoded(m_request.loginHint));
        if (m_request.profile.scope.isEmpty())
            parameters->remove(QStringLiteral("scope"));
        break;
    case QAbstractOAuth::Stage::RequestingAccessToken:
        set(QStringLiteral("code_verifier"), m_verifier);
        if (parameters->contains(clientSecret))
            set(clientSecret, encoded(parameters->value(clientSecret).toString()));
        break;
    case QAbstractOAuth::Stage::RefreshingAccessToken:
        // A refresh has no redirect; Qt adds one anyway, and an empty client_secret besides.
        parameters->remove(QStringLiteral("redirect_uri"));
        set(QStringLiteral("refresh_token"), encoded(m_refreshToken));
        set(QStringLiteral("client_id"), encoded(m_request.profile.clientId));
        if (m_request.profile.clientSecret.isEmpty())
            parameters->remove(clientSecret);
        else
            set(clientSecret, encoded(m_request.profile.clientSecret));
        // Microsoft wants the scope again on a refresh; others take the originally granted one.
        if (m_request.profile.provider == OAuthProvider::Microsoft)
            set(QStringLiteral("scope"), encoded(m_request.profile.scope));
        break;
    case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
        break;
    }
}

void OAuthSignIn::whenTrusted(const std::function<void()>& next)
{
    // Runs `next` only if this very attempt is still on (a cancel may come first; the attempt's objects
    // outlive it by a moment, see teardown()).
    const QPointer<QObject> attempt = m_attempt;
    const auto guarded = [this, attempt, next] {
        if (attempt && attempt == m_attempt && isRunning())
            next();
    };
    // With extra authorities, the system's are read first (off this thread); every later request has them.
    if (m_request.extraCaCertificates.isEmpty()) {
        QTimer::singleShot(0, m_attempt, guarded);
        return;
    }
    auto* watcher = new QFutureWatcher<QList<QSslCertificate>>(m_attempt);
    connect(watcher, &QFutureWatcherBase::finished, m_attempt, [this, watcher, guarded] {
        if (m_network)
            m_network->setAuthorities(watcher->result());
        watcher->deleteLater();
        guarded();
    });
    watcher->setFuture(OAuthTrust::authoritiesWith(m_request.extraCaCertificates));
}

void OAuthSignIn::start(const OAuthRequest& request)
{
    if (!begin(request, true))
        return;
    m_verifier = Pkce::makeVerifier();
    m_state = Pkce::makeState();
    m_flow->setState(m_state);
    if (m_transcript)
        m_transcript->addSecret(m_verifier);
    m_redirectUrl = QUrl(m_handler->callback());
    whenTrusted([this] { grant(); });
}

void OAuthSignIn::grant()
{
    m_flow->grant(); // builds the address and emits authorizeWithBrowser
    if (m_authorizationUrl.isEmpty()) {
        fail(OAuthFailure::Kind::InsecureEndpoint,
            QStringLiteral("QtNetworkAuth did not accept the endpoints"));
        return;
    }
    // The browser's answer comes here first: Qt 6.4 only logs a wrong state or an error and then waits
    // forever. Qt's own handling (the code exchange) gets the answer only once it is checked.
    disconnect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, m_flow,
        &QOAuth2AuthorizationCodeFlow::authorizationCallbackReceived);
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &OAuthSignIn::onCallback);
    m_handler->setCallbackText(pageText({ "OAuth",
        QT_TRANSLATE_NOOP(
            "OAuth", "This page does not belong to a sign-in that SMTP Doctor is waiting for.") }));
}

void OAuthSignIn::onAuthorizeWithBrowser(const QUrl& url)
{
    m_authorizationUrl = url;
    setStage(Stage::WaitingForBrowser);
    note(QStringLiteral(
        "OAuth 2.0 sign-in with %1: waiting up to %2 s for the browser to come back to %3 from %4")
             .arg(m_request.profile.label())
             .arg(m_request.browserTimeoutMs / 1000.0)
             .arg(m_redirectUrl.toString(), url.toString(QUrl::RemoveQuery)));
    m_browserDeadline.start(m_request.browserTimeoutMs);
    // Queued: the receiver may open a browser, or cancel, which must not happen inside Qt's grant().
    QMetaObject::invokeMethod(
        this,
        [this, url] {
            if (m_stage == Stage::WaitingForBrowser && url == m_authorizationUrl)
                emit browserRequested(url);
        },
        Qt::QueuedConnection);
}

void OAuthSignIn::onCallback(const QVariantMap& raw)
{
    if (m_stage != Stage::WaitingForBrowser)
        return;
    // Qt hands the query over partly decoded; finish the job (%25 and the delimiters stay encoded). The
    // redirect's query is form-encoded (RFC 6749 appendix B): "+" is a space ("access+denied"), a real
    // plus arrives as %2B.
    QVariantMap values;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        values.insert(it.key(),
            QUrl::fromPercentEncoding(
                it.value().toString().replace(QLatin1Char('+'), QLatin1Char(' ')).toUtf8()));
    const QString code = values.value(QStringLiteral("code")).toString();
    const QString error = values.value(QStringLiteral("error")).toString();
    const QString state = values.value(QStringLiteral("state")).toString();
    if (code.isEmpty() && error.isEmpty() && state.isEmpty())
        return; // not an answer to a sign-in (a browser asking for /favicon.ico): keep waiting
    if (m_transcript && !code.isEmpty())
        m_transcript->addSecret(code);
    m_browserDeadline.stop();
    if (state != m_state) {
        // Not the sign-in this program started (a forged or stale redirect): never exchange its code.
        m_handler->setCallbackText(pageText({ "OAuth",
            QT_TRANSLATE_NOOP("OAuth",
                "SMTP Doctor did not accept this sign-in answer because it does not belong to the sign-in it "
                "started. Go back to SMTP Doctor and try again.") }));
        fail(OAuthFailure::Kind::StateMismatch,
            state.isEmpty() ? QStringLiteral("the answer carried no state")
                            : QStringLiteral("the answer carried another state"));
        return;
    }
    if (!error.isEmpty()) {
        m_handler->setCallbackText(pageText({ "OAuth",
            QT_TRANSLATE_NOOP(
                "OAuth", "The sign-in was not completed. Go back to SMTP Doctor to see why.") }));
        OAuthFailure failure;
        failure.kind = OAuthFailure::Kind::Denied;
        failure.error = shown(error);
        failure.errorDescription = shown(values.value(QStringLiteral("error_description")));
        failure.errorUri = shown(values.value(QStringLiteral("error_uri")));
        failure.detail = QStringLiteral("the provider sent the browser back with an error");
        fail(failure);
        return;
    }
    if (code.isEmpty()) {
        m_handler->setCallbackText(pageText({ "OAuth",
            QT_TRANSLATE_NOOP(
                "OAuth", "The sign-in was not completed. Go back to SMTP Doctor to see why.") }));
        fail(OAuthFailure::Kind::NoCode, QStringLiteral("the answer carried neither a code nor an error"));
        return;
    }
    m_handler->setCallbackText(pageText({ "OAuth",
        QT_TRANSLATE_NOOP("OAuth", "Signed in. You can close this page and go back to SMTP Doctor.") }));
    note(QStringLiteral("The browser came back with an authorization code; exchanging it at %1")
             .arg(m_request.profile.tokenUrl.toString(QUrl::RemoveQuery)));
    setStage(Stage::ExchangingCode);
    m_exchangeDeadline.start(m_request.timeoutMs);
    emit m_flow->authorizationCallbackReceived(values); // Qt posts the code (with our code_verifier)
    // One answer only. Not earlier: Qt has just read the listener's port for the token request's
    // redirect_uri.
    if (m_handler)
        m_handler->close();
}

void OAuthSignIn::refresh(const OAuthRequest& request, const QString& refreshToken)
{
    if (!begin(request, false))
        return;
    if (refreshToken.isEmpty()) {
        fail(OAuthFailure::Kind::TokenRefused, QStringLiteral("no refresh token"));
        return;
    }
    m_refreshToken = refreshToken;
    if (m_transcript)
        m_transcript->addSecret(refreshToken);
    m_flow->setRefreshToken(refreshToken);
    whenTrusted([this] {
        note(QStringLiteral("Asking %1 for a new access token with the saved refresh token")
                 .arg(m_request.profile.tokenUrl.toString(QUrl::RemoveQuery)));
        setStage(Stage::Refreshing);
        m_exchangeDeadline.start(m_request.timeoutMs);
        m_flow->refreshAccessToken();
    });
}

void OAuthSignIn::cancel()
{
    if (isRunning())
        fail(OAuthFailure::Kind::Cancelled, QStringLiteral("cancelled"));
}

} // namespace SmtpDoctor
