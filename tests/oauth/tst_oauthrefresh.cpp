// The saved sign-in: the refresh token kept in the real Secret Service (gnome-keyring in a private D-Bus
// session, tests/credentials/with-test-keyring.sh), then used when the access token has expired. Against
// the real provider (which rotates refresh tokens) and the real Dovecot that checks every token.
#include "core/credentials/credentialstore.h"
#include "core/i18n/language.h"
#include "core/oauth/oauthsignin.h"
#include "core/smtp/transcript.h"
#include "oauthfixture.h"
#include "oauthtestflow.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace SmtpDoctor;

class TestOAuthRefresh : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void expiredTokenRenewedFromKeychain();

private:
    static CredentialResult wait(CredentialStore& store, const std::function<void()>& operation);
    OAuthFixture m_fixture;
};

void TestOAuthRefresh::initTestCase()
{
    Language::install(QStringLiteral("en"));
    if (qEnvironmentVariable("SMTPDOCTOR_TEST_KEYRING_HOME").isEmpty())
        QSKIP("needs a private keyring: run through ctest (tests/credentials/with-test-keyring.sh)");
    m_fixture = OAuthFixture::load();
    if (!m_fixture.isValid())
        QSKIP(qPrintable(m_fixture.error));
}

CredentialResult TestOAuthRefresh::wait(CredentialStore& store, const std::function<void()>& operation)
{
    QSignalSpy spy(&store, &CredentialStore::finished);
    operation();
    if (!spy.wait(store.timeoutMs() + 10000))
        return {};
    return spy.first().first().value<CredentialResult>();
}

void TestOAuthRefresh::expiredTokenRenewedFromKeychain()
{
    const OAuthRequest request = m_fixture.request(QStringLiteral("smtpdoctor-test"));
    const CredentialKey key = CredentialKey::refreshToken(m_fixture.user, m_fixture.tokenUrl.host());

    // 1. Sign in with the browser; keep the refresh token in the keychain.
    OAuthSignIn signIn;
    const OAuthResult first = OAuthTestFlow::signIn(signIn, m_fixture, request);
    QVERIFY2(first.ok(),
        qPrintable(oauthFailureKindName(first.failure.kind) + QLatin1Char(' ') + first.failure.detail));
    QVERIFY(first.tokens.refreshTokenIsNew);
    CredentialStore store;
    CredentialResult stored = wait(store, [&] { store.write(key, first.tokens.refreshToken); });
    QVERIFY2(stored.ok(), qPrintable(stored.detail));
    QVERIFY(!stored.keptForSession);
    QVERIFY(stored.message().toString().contains(QStringLiteral("sign-in")));
    // A password for the same name and host is another entry: it neither replaces nor shadows the token.
    QVERIFY(wait(store, [&] {
        store.write(CredentialKey(key.user, key.host), QStringLiteral("a password"));
    }).ok());

    Transcript transcript;
    QVERIFY(OAuthTestFlow::submit(
        m_fixture, false, Credentials::bearer(m_fixture.user, first.tokens.accessToken), &transcript)
                .authenticated);

    // 2. The access token expires; the server refuses it.
    QVERIFY(m_fixture.expireTokens(m_fixture.user) >= 1);
    const OAuthTestFlow::Submission expired = OAuthTestFlow::submit(
        m_fixture, false, Credentials::bearer(m_fixture.user, first.tokens.accessToken), &transcript);
    QCOMPARE(expired.failure.kind, SessionFailure::Kind::AuthRejected);
    QVERIFY(!expired.failure.oauthError.isEmpty());

    // 3. A new process would read the refresh token back from the keychain...
    CredentialStore later;
    const CredentialResult read = wait(later, [&] { later.read(key); });
    QVERIFY2(read.ok(), qPrintable(read.message().toString()));
    QVERIFY(!read.fromSession);
    QCOMPARE(read.password, first.tokens.refreshToken);
    QVERIFY(read.message().toString().contains(QStringLiteral("sign-in")));

    // ... and get a new access token without a browser. The provider rotates the refresh token.
    OAuthSignIn renew;
    renew.setTranscript(&transcript);
    QSignalSpy asked(&renew, &OAuthSignIn::browserRequested);
    const OAuthResult renewed = OAuthTestFlow::refresh(renew, request, read.password);
    QVERIFY2(renewed.ok(),
        qPrintable(oauthFailureKindName(renewed.failure.kind) + QLatin1Char(' ') + renewed.failure.detail
            + QLatin1Char(' ') + renewed.failure.error));
    QVERIFY(renewed.refreshed);
    QVERIFY(asked.isEmpty());
    QVERIFY(renewed.tokens.accessToken != first.tokens.accessToken);
    QVERIFY(renewed.tokens.refreshTokenIsNew);
    QVERIFY(renewed.tokens.refreshToken != first.tokens.refreshToken);
    QVERIFY(wait(later, [&] { later.write(key, renewed.tokens.refreshToken); }).ok());

    // 4. The new access token works with the real server.
    const OAuthTestFlow::Submission ok = OAuthTestFlow::submit(
        m_fixture, true, Credentials::bearer(m_fixture.user, renewed.tokens.accessToken), &transcript, true);
    QVERIFY2(ok.authenticated && ok.sent,
        qPrintable(failureKindName(ok.failure.kind) + QLatin1Char(' ') + ok.failure.detail));

    // 5. The old refresh token was retired by the rotation: the provider says so in its own words.
    const OAuthResult stale = OAuthTestFlow::refresh(renew, request, first.tokens.refreshToken);
    QCOMPARE(stale.failure.kind, OAuthFailure::Kind::TokenRefused);
    QCOMPARE(stale.failure.error, QStringLiteral("invalid_grant"));
    QCOMPARE(stale.failure.httpStatus, 400);

    // 6. The keychain holds the new refresh token, and the password entry beside it is untouched.
    QCOMPARE(wait(later, [&] { later.read(key); }).password, renewed.tokens.refreshToken);
    QCOMPARE(wait(later, [&] { later.read(CredentialKey(key.user, key.host)); }).password,
        QStringLiteral("a password"));
    for (const TranscriptEntry& e : transcript.entries()) {
        for (const QString& secret : { first.tokens.accessToken, first.tokens.refreshToken,
                 renewed.tokens.accessToken, renewed.tokens.refreshToken })
            QVERIFY2(!e.text.contains(secret), qPrintable(e.text));
    }
    QVERIFY(wait(later, [&] { later.forget(key); }).ok());
}

QTEST_GUILESS_MAIN(TestOAuthRefresh)
#include "tst_oauthrefresh.moc"
