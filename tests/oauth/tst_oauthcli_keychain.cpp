// `check --oauth --remember` keeps the sign-in (the provider's refresh token) in the real Secret Service
// (gnome-keyring in a private D-Bus session, tests/credentials/with-test-keyring.sh); `check --oauth
// --keychain` then signs in without a browser, and keeps the new refresh token the provider rotates to.
#include "core/credentials/credentialstore.h"
#include "oauthcli.h"
#include "oauthfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;
using OAuthCli::OnAddress;

class TestOAuthCliKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rememberThenRefresh();
    void withdrawnSavedSignIn();
    void nothingSavedWhenSignInFails();
    void keychainWithoutSavedSignIn();

private:
    QString storedToken(const QString& user);
    bool storeToken(const QString& user, const QString& token);
    QString lastIssuedRefreshToken(const QString& grant) const;
    void verifyNoSecret(const OAuthCli::Run& run);

    OAuthFixture m_fixture;
    QTemporaryDir m_dir;
    QString m_preset;
};

void TestOAuthCliKeychain::initTestCase()
{
    if (qEnvironmentVariable("SMTPDOCTOR_TEST_KEYRING_HOME").isEmpty())
        QSKIP("needs a private keyring: run through ctest (tests/credentials/with-test-keyring.sh)");
    m_fixture = OAuthFixture::load();
    if (!m_fixture.isValid())
        QSKIP(qPrintable(m_fixture.error));
    QVERIFY(m_dir.isValid());
    m_preset = OAuthCli::writePreset(
        m_dir, m_fixture, QStringLiteral("smtpdoctor-test"), m_fixture.submissionPort);
    QVERIFY(!m_preset.isEmpty());
}

QString TestOAuthCliKeychain::storedToken(const QString& user)
{
    CredentialStore store;
    QSignalSpy spy(&store, &CredentialStore::finished);
    store.read(CredentialKey::refreshToken(user, m_fixture.tokenUrl.host()));
    if (!spy.wait(store.timeoutMs() + 10000))
        return QStringLiteral("(the keychain did not answer)");
    const CredentialResult result = spy.first().first().value<CredentialResult>();
    return result.ok() ? result.password : QString();
}

bool TestOAuthCliKeychain::storeToken(const QString& user, const QString& token)
{
    CredentialStore store;
    QSignalSpy spy(&store, &CredentialStore::finished);
    store.write(CredentialKey::refreshToken(user, m_fixture.tokenUrl.host()), token);
    return spy.wait(store.timeoutMs() + 10000) && spy.first().first().value<CredentialResult>().ok();
}

QString TestOAuthCliKeychain::lastIssuedRefreshToken(const QString& grant) const
{
    QString token;
    for (const QJsonValue& v : m_fixture.events()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("token-issued")
            && e.value(QStringLiteral("grant")).toString() == grant)
            token = e.value(QStringLiteral("refresh_token")).toString();
    }
    return token;
}

void TestOAuthCliKeychain::verifyNoSecret(const OAuthCli::Run& run)
{
    const QByteArray shown = run.process.out + run.process.err;
    for (const QString& secret : m_fixture.issuedSecrets())
        QVERIFY2(!shown.contains(secret.toUtf8()), "a code, verifier or token shows in the output");
}

void TestOAuthCliKeychain::rememberThenRefresh()
{
    const QStringList args = OAuthCli::presetArgs(m_preset, m_fixture);

    // 1. Sign in with the browser and keep the sign-in.
    const OAuthCli::Run first = OAuthCli::run(
        m_fixture, args + QStringList { QStringLiteral("--remember") }, OnAddress::OpenBrowser);
    QCOMPARE(first.process.exitCode, 0);
    QVERIFY2(first.process.err.contains("is saved in this computer's password store"), first.process.err.constData());
    const QString issued = lastIssuedRefreshToken(QStringLiteral("authorization_code"));
    QVERIFY(!issued.isEmpty());
    QCOMPARE(storedToken(m_fixture.user), issued);
    verifyNoSecret(first);

    // 2. Later (the access token has expired): the saved sign-in, no browser. The provider rotates the
    // refresh token; the new one replaces the old one in the keychain.
    QVERIFY(m_fixture.expireTokens(m_fixture.user) >= 1);
    const OAuthCli::Run second = OAuthCli::run(
        m_fixture, args + QStringList { QStringLiteral("--keychain") }, OnAddress::OpenBrowser);
    QCOMPARE(second.process.exitCode, 0);
    QVERIFY2(second.addressLines.isEmpty(), "a browser was asked for although a saved sign-in was there");
    QCOMPARE(second.status(QStringLiteral("auth")), QStringLiteral("pass"));
    QVERIFY(second.transcriptTexts()
                .join(QLatin1Char('\n'))
                .contains(QStringLiteral("with the saved refresh token")));
    const QString rotated = lastIssuedRefreshToken(QStringLiteral("refresh_token"));
    QVERIFY(!rotated.isEmpty() && rotated != issued);
    QCOMPARE(storedToken(m_fixture.user), rotated);
    QVERIFY2(second.process.err.contains("is saved in this computer's password store"), second.process.err.constData());
    verifyNoSecret(second);

    // 3. Again: only the rotated one works now (the provider retired the first), and it is in the keychain.
    const OAuthCli::Run third = OAuthCli::run(
        m_fixture, args + QStringList { QStringLiteral("--keychain") }, OnAddress::OpenBrowser);
    QCOMPARE(third.process.exitCode, 0);
    QCOMPARE(third.status(QStringLiteral("auth")), QStringLiteral("pass"));
    QVERIFY(third.addressLines.isEmpty());
    verifyNoSecret(third);
}

void TestOAuthCliKeychain::withdrawnSavedSignIn()
{
    // The keychain holds a refresh token the provider has retired (rotated away by rememberThenRefresh):
    // the provider answers invalid_grant, and the report says to sign in again in the browser. No
    // browser is asked for, and the retired token is not "saved" again.
    const QString retired = lastIssuedRefreshToken(QStringLiteral("authorization_code"));
    QVERIFY(!retired.isEmpty());
    QVERIFY(storeToken(m_fixture.user, retired));
    const OAuthCli::Run run = OAuthCli::run(m_fixture,
        OAuthCli::presetArgs(m_preset, m_fixture) + QStringList { QStringLiteral("--keychain") },
        OnAddress::OpenBrowser);
    QCOMPARE(run.process.exitCode, 1);
    QVERIFY(run.addressLines.isEmpty());
    QCOMPARE(run.status(QStringLiteral("auth")), QStringLiteral("fail"));
    QCOMPARE(run.findingIds(QStringLiteral("auth")), QStringList { QStringLiteral("auth.oauth-denied") });
    QStringList details;
    for (const QJsonValue& d :
        run.finding(QStringLiteral("auth.oauth-denied")).value(QStringLiteral("details")).toArray())
        details << d.toString();
    QVERIFY2(details.join(QLatin1Char('\n')).contains(QStringLiteral("the saved sign-in is no longer valid")),
        qPrintable(details.join(QLatin1Char('\n'))));
    QVERIFY(!run.process.err.contains("is saved in this computer's password store"));
    QCOMPARE(storedToken(m_fixture.user), retired);
    verifyNoSecret(run);
}

void TestOAuthCliKeychain::nothingSavedWhenSignInFails()
{
    // Signed in at the provider, but the mail server refuses the token for bob: nothing is kept for bob.
    const QStringList args = OAuthCli::presetArgs(m_preset, m_fixture)
        + QStringList { QStringLiteral("--user"), QStringLiteral("bob@example.test"),
              QStringLiteral("--remember") };
    const OAuthCli::Run run = OAuthCli::run(m_fixture, args, OnAddress::OpenBrowser);
    QCOMPARE(run.process.exitCode, 1);
    QVERIFY2(
        run.process.err.contains("was not saved in this computer's password store, because signing in did not work"),
        run.process.err.constData());
    QVERIFY(storedToken(QStringLiteral("bob@example.test")).isEmpty());
}

void TestOAuthCliKeychain::keychainWithoutSavedSignIn()
{
    const QStringList args = OAuthCli::presetArgs(m_preset, m_fixture)
        + QStringList { QStringLiteral("--user"), QStringLiteral("carol@example.test"),
              QStringLiteral("--keychain") };
    const OAuthCli::Run run = OAuthCli::run(m_fixture, args, OnAddress::OpenBrowser);
    QCOMPARE(run.process.exitCode, 2);
    QVERIFY(run.process.out.isEmpty());
    QVERIFY(run.addressLines.isEmpty());
    QVERIFY2(run.process.err.contains("Save it once with --oauth --remember."), run.process.err.constData());
}

QTEST_GUILESS_MAIN(TestOAuthCliKeychain)
#include "tst_oauthcli_keychain.moc"
