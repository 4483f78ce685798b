// OAuth 2.0 sign-in against real parts (tests/fixtures/oauth): the authlib provider on HTTPS with the test
// CA, headless Chromium as the user's browser, and Dovecot's submission service checking every token at
// the provider's introspection endpoint. Every wait is bounded; no assertion is about time.
#include "core/oauth/oauthsignin.h"
#include "core/smtp/transcript.h"
#include "headlessbrowser.h"
#include "oauthfixture.h"
#include "oauthtestflow.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace SmtpDoctor;
using Kind = OAuthFailure::Kind;

Q_DECLARE_METATYPE(SaslMechanism)

class TestOAuthSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signInAndSubmit_data();
    void signInAndSubmit();
    void providerDenies();
    void forgedStateRefused();
    void browserNeverComesBack();
    void cancelWhileWaiting();
    void cancelBeforeTheBrowser_data();
    void cancelBeforeTheBrowser();
    void serverRefusesToken_data();
    void serverRefusesToken();
    void notConfigured_data();
    void notConfigured();
    void insecureEndpointRefused_data();
    void insecureEndpointRefused();
    void untrustedProviderRefused();

private:
    static QList<QJsonObject> eventsOf(const QJsonArray& events, const QString& kind, const QString& client);
    static bool transcriptContains(const Transcript& t, const QString& text);
    static bool listenerClosed(const QUrl& redirect);

    OAuthFixture m_fixture;
};

void TestOAuthSignIn::initTestCase()
{
    m_fixture = OAuthFixture::load();
    if (!m_fixture.isValid())
        QSKIP(qPrintable(m_fixture.error));
}

QList<QJsonObject> TestOAuthSignIn::eventsOf(
    const QJsonArray& events, const QString& kind, const QString& client)
{
    QList<QJsonObject> found;
    for (const QJsonValue& v : events) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("kind")).toString() == kind
            && e.value(QStringLiteral("client")).toString() == client)
            found << e;
    }
    return found;
}

bool TestOAuthSignIn::transcriptContains(const Transcript& t, const QString& text)
{
    for (const TranscriptEntry& e : t.entries())
        if (e.text.contains(text))
            return true;
    return false;
}

bool TestOAuthSignIn::listenerClosed(const QUrl& redirect)
{
    QTcpSocket socket;
    socket.connectToHost(redirect.host(), quint16(redirect.port()));
    QSignalSpy error(&socket, &QAbstractSocket::errorOccurred);
    QSignalSpy connected(&socket, &QAbstractSocket::connected);
    if (!error.wait(5000) && error.isEmpty())
        return false;
    return connected.isEmpty() && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

void TestOAuthSignIn::signInAndSubmit_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<SaslMechanism>("asked");
    QTest::addColumn<SaslMechanism>("used");

    QTest::newRow("XOAUTH2 after STARTTLS") << QStringLiteral("smtpdoctor-test") << QString() << false
                                            << SaslMechanism::XOAuth2 << SaslMechanism::XOAuth2;
    QTest::newRow("OAUTHBEARER over TLS from the start")
        << QStringLiteral("smtpdoctor-test") << QString() << true << SaslMechanism::OAuthBearer
        << SaslMechanism::OAuthBearer;
    QTest::newRow("confidential client, mechanism chosen")
        << QStringLiteral("smtpdoctor-secret") << QStringLiteral("test-client-secret") << false
        << SaslMechanism::None << SaslMechanism::XOAuth2;
}

void TestOAuthSignIn::signInAndSubmit()
{
    QFETCH(QString, clientId);
    QFETCH(QString, clientSecret);
    QFETCH(bool, implicitTls);
    QFETCH(SaslMechanism, asked);
    QFETCH(SaslMechanism, used);

    Transcript transcript;
    OAuthSignIn signIn;
    signIn.setTranscript(&transcript);
    OAuthRequest request = m_fixture.request(clientId);
    request.profile.clientSecret = clientSecret;
    QSignalSpy stages(&signIn, &OAuthSignIn::stageChanged);
    const OAuthResult result = OAuthTestFlow::signIn(signIn, m_fixture, request);
    QVERIFY2(result.ok(),
        qPrintable(oauthFailureKindName(result.failure.kind) + QLatin1Char(' ') + result.failure.detail
            + QLatin1Char(' ') + result.failure.error + QLatin1Char(' ') + result.failure.errorDescription));
    QVERIFY(!result.refreshed);
    QVERIFY(result.tokens.refreshTokenIsNew);
    QVERIFY(!result.tokens.refreshToken.isEmpty());
    QVERIFY(result.tokens.expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(result.tokens.scope.contains(QStringLiteral("SMTP.Send")));
    QCOMPARE(signIn.stage(), OAuthSignIn::Stage::Finished);
    QCOMPARE(stages.first().first().value<OAuthSignIn::Stage>(), OAuthSignIn::Stage::Preparing);

    // The address the browser got: PKCE S256, a state, the loopback redirect on a port of its own; no
    // verifier.
    const QUrlQuery query(signIn.authorizationUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QVERIFY(query.queryItemValue(QStringLiteral("state")).size() >= 22);
    QVERIFY(!query.hasQueryItem(QStringLiteral("code_verifier")));
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.scheme(), QStringLiteral("http"));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(redirect, signIn.redirectUrl());
    QVERIFY(listenerClosed(redirect)); // one answer only

    // What the provider saw: a PKCE authorization and a token for this client, checked by the verifier.
    const QJsonArray events = m_fixture.events();
    const QList<QJsonObject> authorizations = eventsOf(events, QStringLiteral("authorize"), clientId);
    QVERIFY(!authorizations.isEmpty());
    QCOMPARE(
        authorizations.last().value(QStringLiteral("challenge_method")).toString(), QStringLiteral("S256"));
    const QList<QJsonObject> issued = eventsOf(events, QStringLiteral("token-issued"), clientId);
    QVERIFY(!issued.isEmpty());
    QVERIFY(issued.last().value(QStringLiteral("pkce")).toBool());

    // The real mail server takes the token, with the mechanism asked for (or the preferred one).
    const QByteArray logBefore = m_fixture.dovecotLogText();
    const OAuthTestFlow::Submission s = OAuthTestFlow::submit(m_fixture, implicitTls,
        Credentials::bearer(m_fixture.user, result.tokens.accessToken, asked), &transcript, true);
    QVERIFY2(s.authenticated,
        qPrintable(failureKindName(s.failure.kind) + QLatin1Char(' ') + s.failure.detail + QLatin1Char(' ')
            + s.failure.reply.lines.join(QLatin1Char(' '))));
    QVERIFY(s.sent);
    QCOMPARE(s.mechanism, used);
    const QString name = saslMechanismName(used);
    const QByteArray login = QByteArray("Login: user=<alice@example.test>, method=") + name.toLatin1();
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.dovecotLogText().mid(logBefore.size()).contains(login), 10000);

    // The transcript tells the story without a single secret in it.
    QVERIFY(transcriptContains(transcript, QStringLiteral("AUTH %1 [hidden]").arg(name)));
    QVERIFY(transcriptContains(transcript, QStringLiteral("Access token received")));
    for (const TranscriptEntry& e : transcript.entries()) {
        QVERIFY2(!e.text.contains(result.tokens.accessToken), qPrintable(e.text));
        QVERIFY2(!e.text.contains(result.tokens.refreshToken), qPrintable(e.text));
    }
}

void TestOAuthSignIn::providerDenies()
{
    Transcript transcript;
    OAuthSignIn signIn;
    signIn.setTranscript(&transcript);
    const OAuthResult result
        = OAuthTestFlow::signIn(signIn, m_fixture, m_fixture.request(QStringLiteral("smtpdoctor-deny")));
    QCOMPARE(result.failure.kind, Kind::Denied);
    QCOMPARE(result.failure.error, QStringLiteral("access_denied"));
    QVERIFY(!result.failure.errorDescription.isEmpty()); // the provider's own words, for the explanation
    QVERIFY(result.tokens.isEmpty());
    QVERIFY(eventsOf(m_fixture.events(), QStringLiteral("token-request"), QStringLiteral("smtpdoctor-deny"))
                .isEmpty());
    QVERIFY(transcriptContains(transcript, QStringLiteral("error=access_denied")));
    QVERIFY(listenerClosed(signIn.redirectUrl()));
}

void TestOAuthSignIn::forgedStateRefused()
{
    // The provider issues a code but sends the browser back with another state: a forged redirect. The
    // code must never be exchanged.
    OAuthSignIn signIn;
    const QString client = QStringLiteral("smtpdoctor-badstate");
    const OAuthResult result = OAuthTestFlow::signIn(signIn, m_fixture, m_fixture.request(client));
    QCOMPARE(result.failure.kind, Kind::StateMismatch);
    QVERIFY(result.tokens.isEmpty());
    const QJsonArray events = m_fixture.events();
    QVERIFY(!eventsOf(events, QStringLiteral("code-issued"), client).isEmpty());
    QVERIFY(eventsOf(events, QStringLiteral("token-request"), client).isEmpty());
}

void TestOAuthSignIn::browserNeverComesBack()
{
    OAuthSignIn signIn;
    OAuthRequest request = m_fixture.request(QStringLiteral("smtpdoctor-test"));
    request.browserTimeoutMs = 1500; // the user went away; the bound is what is tested, not the time
    QSignalSpy asked(&signIn, &OAuthSignIn::browserRequested);
    const OAuthResult result
        = OAuthTestFlow::signIn(signIn, m_fixture, request, OAuthTestFlow::Browser::Never);
    QCOMPARE(result.failure.kind, Kind::BrowserTimeout);
    QCOMPARE(asked.size(), 1);
    QVERIFY(listenerClosed(signIn.redirectUrl()));
}

void TestOAuthSignIn::cancelWhileWaiting()
{
    OAuthSignIn signIn;
    const OAuthResult result
        = OAuthTestFlow::signIn(signIn, m_fixture, m_fixture.request(QStringLiteral("smtpdoctor-test")),
            OAuthTestFlow::Browser::Never, [&signIn] { signIn.cancel(); });
    QCOMPARE(result.failure.kind, Kind::Cancelled);
    QVERIFY(!signIn.isRunning());
    QVERIFY(listenerClosed(signIn.redirectUrl()));
    signIn.cancel(); // nothing runs: no second finished()
}

void TestOAuthSignIn::cancelBeforeTheBrowser_data()
{
    QTest::addColumn<bool>("extraAuthorities"); // with them, the system's authorities are read first
    QTest::newRow("system authorities only") << false;
    QTest::newRow("with the test CA") << true;
}

void TestOAuthSignIn::cancelBeforeTheBrowser()
{
    QFETCH(bool, extraAuthorities);
    OAuthRequest request = m_fixture.request(QStringLiteral("smtpdoctor-test"));
    if (!extraAuthorities)
        request.extraCaCertificates.clear();
    OAuthSignIn signIn;
    QSignalSpy asked(&signIn, &OAuthSignIn::browserRequested);
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start(request);
    signIn.cancel(); // at once: what start() queued must not run any more
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<OAuthResult>().failure.kind, Kind::Cancelled);
    QTest::qWait(300); // let anything still queued run: it must do nothing
    QVERIFY(asked.isEmpty());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(signIn.stage(), OAuthSignIn::Stage::Finished);
}

void TestOAuthSignIn::serverRefusesToken_data()
{
    QTest::addColumn<QString>("tokenOwner");
    QTest::addColumn<bool>("expire");
    QTest::addColumn<SaslMechanism>("mechanism");
    QTest::addColumn<QString>("status"); // the JSON status Dovecot answers with
    QTest::addColumn<QString>("answerShown"); // the client's answer to it, as the transcript shows it

    QTest::newRow("another user's token, XOAUTH2")
        << QStringLiteral("bob@example.test") << false << SaslMechanism::XOAuth2 << QStringLiteral("401")
        << QStringLiteral("[empty line]");
    QTest::newRow("expired token, OAUTHBEARER")
        << QStringLiteral("alice@example.test") << true << SaslMechanism::OAuthBearer
        << QStringLiteral("invalid_token") << QStringLiteral("AQ==");
}

void TestOAuthSignIn::serverRefusesToken()
{
    QFETCH(QString, tokenOwner);
    QFETCH(bool, expire);
    QFETCH(SaslMechanism, mechanism);
    QFETCH(QString, status);
    QFETCH(QString, answerShown);

    OAuthSignIn signIn;
    OAuthRequest request = m_fixture.request(QStringLiteral("smtpdoctor-test"));
    request.profile.sendLoginHint = true; // the provider signs in the user named here
    request.loginHint = tokenOwner;
    const OAuthResult result = OAuthTestFlow::signIn(signIn, m_fixture, request);
    QVERIFY2(result.ok(),
        qPrintable(oauthFailureKindName(result.failure.kind) + QLatin1Char(' ') + result.failure.detail));
    if (expire)
        QVERIFY(m_fixture.expireTokens(tokenOwner) >= 1);

    Transcript transcript;
    const OAuthTestFlow::Submission s = OAuthTestFlow::submit(m_fixture, false,
        Credentials::bearer(m_fixture.user, result.tokens.accessToken, mechanism), &transcript);
    QVERIFY(s.opened);
    QVERIFY(!s.authenticated);
    QCOMPARE(s.failure.kind, SessionFailure::Kind::AuthRejected);
    QCOMPARE(s.failure.reply.code, 535);
    QCOMPARE(s.failure.oauthError.status, status);
    QVERIFY(transcriptContains(transcript, QStringLiteral("The server refused the token")));
    QVERIFY(transcriptContains(transcript, answerShown));
    for (const TranscriptEntry& e : transcript.entries())
        QVERIFY2(!e.text.contains(result.tokens.accessToken), qPrintable(e.text));
}

void TestOAuthSignIn::notConfigured_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("custom provider without client id") << 0;
    QTest::newRow("built-in Microsoft profile") << 1;
    QTest::newRow("built-in Google profile") << 2;
}

void TestOAuthSignIn::notConfigured()
{
    QFETCH(int, which);
    OAuthRequest request = m_fixture.request(QString());
    if (which == 1)
        request.profile = OAuthProfiles::microsoft();
    else if (which == 2)
        request.profile = OAuthProfiles::google();
    if (request.profile.isConfigured())
        QSKIP("this build has a client id for the provider (SMTPDOCTOR_OAUTH_*_CLIENT_ID)");
    OAuthSignIn signIn;
    QSignalSpy asked(&signIn, &OAuthSignIn::browserRequested);
    const OAuthResult result = OAuthTestFlow::signIn(signIn, m_fixture, request);
    QCOMPARE(result.failure.kind, Kind::NotConfigured);
    QVERIFY(asked.isEmpty()); // no browser, no listener
    QVERIFY(signIn.redirectUrl().isEmpty());
}

void TestOAuthSignIn::insecureEndpointRefused_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("token endpoint over http") << QStringLiteral("token");
    QTest::newRow("authorization page over http") << QStringLiteral("authorize");
}

void TestOAuthSignIn::insecureEndpointRefused()
{
    QFETCH(QString, which);
    OAuthRequest request = m_fixture.request(QStringLiteral("smtpdoctor-test"));
    QUrl& url = which == QLatin1String("token") ? request.profile.tokenUrl : request.profile.authorizeUrl;
    url.setScheme(QStringLiteral("http"));
    OAuthSignIn signIn;
    QSignalSpy asked(&signIn, &OAuthSignIn::browserRequested);
    const OAuthResult result = OAuthTestFlow::signIn(signIn, m_fixture, request);
    QCOMPARE(result.failure.kind, Kind::InsecureEndpoint);
    QVERIFY(result.failure.detail.contains(
        which == QLatin1String("token") ? QStringLiteral("token-url") : QStringLiteral("authorize-url")));
    QVERIFY(asked.isEmpty());
}

void TestOAuthSignIn::untrustedProviderRefused()
{
    // Without the test CA (as without --ca-file) the token endpoint's certificate is not trusted: the code
    // is never sent there. The browser trusts the provider on its own, as a user might have clicked on.
    OAuthRequest request = m_fixture.request(QStringLiteral("smtpdoctor-test"));
    request.extraCaCertificates.clear();
    OAuthSignIn signIn;
    const OAuthResult result = OAuthTestFlow::signIn(signIn, m_fixture, request);
    QCOMPARE(result.failure.kind, Kind::TlsError);
    QVERIFY2(result.failure.detail.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
        qPrintable(result.failure.detail));
    QVERIFY(result.tokens.isEmpty());
}

QTEST_GUILESS_MAIN(TestOAuthSignIn)
#include "tst_oauthsignin.moc"
