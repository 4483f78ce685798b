#include "oauthtestflow.h"

#include "core/smtp/transcript.h"
#include "headlessbrowser.h"
#include "oauthfixture.h"

#include <QSignalSpy>

#include <memory>

using namespace SmtpDoctor;

namespace OAuthTestFlow {

namespace {

OAuthResult waitForResult(QSignalSpy& spy, int timeoutMs)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        OAuthResult none;
        none.failure.kind = OAuthFailure::Kind::None;
        none.failure.detail = QStringLiteral("the test gave up waiting for finished()");
        return none;
    }
    return spy.first().first().value<OAuthResult>();
}

bool finishedOk(SmtpSession& session, QSignalSpy& spy, int timeoutMs)
{
    if (!spy.wait(timeoutMs))
        return false;
    const bool ok = spy.takeFirst().first().toBool();
    return ok && !session.failure().isFailure();
}

} // namespace

OAuthResult signIn(OAuthSignIn& signIn, const OAuthFixture& fixture, const OAuthRequest& request,
    Browser browser, const std::function<void()>& onBrowserRequested, QByteArray* browserOutput)
{
    std::unique_ptr<HeadlessBrowser> chromium;
    const QMetaObject::Connection c
        = QObject::connect(&signIn, &OAuthSignIn::browserRequested, &signIn, [&](const QUrl& url) {
              if (onBrowserRequested)
                  onBrowserRequested();
              if (browser == Browser::Open && signIn.isRunning()) {
                  chromium = std::make_unique<HeadlessBrowser>(fixture.spki);
                  chromium->open(url);
              }
          });
    QSignalSpy spy(&signIn, &OAuthSignIn::finished);
    signIn.start(request);
    const OAuthResult result = waitForResult(spy, request.browserTimeoutMs + 2 * request.timeoutMs + 10000);
    QObject::disconnect(c);
    if (chromium && browserOutput)
        *browserOutput += chromium->output();
    return result;
}

OAuthResult refresh(OAuthSignIn& signIn, const OAuthRequest& request, const QString& refreshToken)
{
    QSignalSpy spy(&signIn, &OAuthSignIn::finished);
    signIn.refresh(request, refreshToken);
    return waitForResult(spy, 2 * request.timeoutMs + 10000);
}

Submission submit(const OAuthFixture& fixture, bool implicitTls, const Credentials& credentials,
    Transcript* transcript, bool sendMessage)
{
    SessionConfig config;
    config.host = fixture.host;
    config.port = implicitTls ? fixture.submissionsPort : fixture.submissionPort;
    config.implicitTls = implicitTls;
    config.requireTls = true;
    config.extraCaCertificates = fixture.caCertificates;
    config.timeoutMs = 15000;
    SmtpSession session(config, transcript);
    QSignalSpy spy(&session, &SmtpSession::finished);
    Submission s;
    const auto failed = [&s, &session] {
        s.failure = session.failure();
        return s;
    };
    session.open();
    if (!finishedOk(session, spy, 20000))
        return failed();
    if (!implicitTls) {
        session.startTls();
        if (!finishedOk(session, spy, 20000))
            return failed();
    }
    s.opened = true;
    session.authenticate(credentials);
    s.authenticated = finishedOk(session, spy, 20000);
    s.mechanism = session.usedMechanism();
    if (!s.authenticated) {
        failed();
    } else if (sendMessage) {
        Envelope envelope { fixture.user, QStringLiteral("bob@example.org"),
            QByteArrayLiteral("Subject: SMTP Doctor OAuth test\r\n\r\nSigned in with a bearer token.\r\n") };
        session.sendMessage(envelope);
        s.sent = finishedOk(session, spy, 20000);
        if (!s.sent)
            failed();
    }
    session.quit();
    spy.wait(5000);
    return s;
}

} // namespace OAuthTestFlow
