#pragma once

#include "core/oauth/oauthresult.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

#include <functional>

class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;

namespace SmtpDoctor {

class LoopbackReplyHandler;
class OAuthNetworkAccess;
class Transcript;

// OAuth 2.0 sign-in for a desktop program (RFC 8252) with Qt's QtNetworkAuth: the authorization code flow
// with PKCE (RFC 7636, S256), the browser sent to the provider and back to a listener on 127.0.0.1 on a
// random port, `state` checked, then the code exchanged for tokens; or a refresh token exchanged for a new
// access token. Qt 6.4's flow lacks PKCE, bounds and typed errors; they are added here.
//
//   start()    emits browserRequested(url): the caller opens it (QDesktopServices, or prints it), then
//              waits at most request.browserTimeoutMs for the browser to come back
//   refresh()  no browser
//   cancel()   stops whatever runs
//
// Every start()/refresh() ends with exactly one finished() (queued, also for immediate failures); one runs
// at a time. Every wait is bounded: the browser by browserTimeoutMs, each token exchange by timeoutMs.
// Endpoints must be https; their certificates are checked against the system's authorities plus the
// request's extra ones. Codes, verifiers and tokens are never logged; a transcript, if set, gets what
// happened in words, with every secret registered for redaction.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Preparing, WaitingForBrowser, ExchangingCode, Refreshing, Finished };
    Q_ENUM(Stage)

    explicit OAuthSignIn(QObject* parent = nullptr);
    ~OAuthSignIn() override;

    void setTranscript(Transcript* transcript) { m_transcript = transcript; }
    void start(const OAuthRequest& request);
    void refresh(const OAuthRequest& request, const QString& refreshToken);
    void cancel();

    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage != Stage::Idle && m_stage != Stage::Finished; }
    // The address the browser must open (holds no secret: the state and the PKCE challenge only).
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // The loopback address the provider sends the browser back to ("http://127.0.0.1:PORT/").
    QUrl redirectUrl() const { return m_redirectUrl; }

signals:
    void browserRequested(const QUrl& url);
    void stageChanged(SmtpDoctor::OAuthSignIn::Stage stage);
    void finished(const SmtpDoctor::OAuthResult& result);

private:
    bool begin(const OAuthRequest& request, bool listen);
    void whenTrusted(const std::function<void()>& next);
    void configureFlow();
    void modifyParameters(int stage, QMultiMap<QString, QVariant>* parameters) const;
    void grant();
    void onAuthorizeWithBrowser(const QUrl& url);
    void onCallback(const QVariantMap& values);
    void onTokenReply(QNetworkReply* reply);
    OAuthResult readTokenReply(QNetworkReply* reply);
    void onExchangeDeadline();
    void fail(OAuthFailure::Kind kind, const QString& detail = {});
    void fail(const OAuthFailure& failure);
    void finish(OAuthResult result);
    void teardown();
    void setStage(Stage stage);
    void note(const QString& text);
    QString connectionLabel() const;

    OAuthRequest m_request;
    Stage m_stage = Stage::Idle;
    QPointer<Transcript> m_transcript;
    QPointer<QObject> m_attempt; // owns the network manager, the listener and the flow of one attempt
    OAuthNetworkAccess* m_network = nullptr;
    LoopbackReplyHandler* m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow* m_flow = nullptr;
    QTimer m_browserDeadline;
    QTimer m_exchangeDeadline;
    bool m_exchangeTimedOut = false;
    QList<QSslError> m_sslErrors;
    QString m_state;
    QString m_verifier;
    QString m_refreshToken;
    QUrl m_authorizationUrl;
    QUrl m_redirectUrl;
};

} // namespace SmtpDoctor
