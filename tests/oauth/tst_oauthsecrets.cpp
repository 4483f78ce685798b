// No code, PKCE verifier, access token or refresh token of a real sign-in ever shows: not in the
// transcript, not in any log message (every category switched to debug, Qt's own included), not in the
// address the browser gets, not in the results' texts, not in the logs of the fixture's servers. The
// secrets to look for come from the provider itself (the codes and verifiers it saw).
#include "core/oauth/oauthsignin.h"
#include "core/smtp/transcript.h"
#include "oauthfixture.h"
#include "oauthtestflow.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

using namespace SmtpDoctor;

namespace {

QMutex messagesLock;
QStringList messages;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&messagesLock);
        messages << QString::fromLatin1(context.category ? context.category : "default") + QLatin1String(": ")
                + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestOAuthSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void noSecretInAnyOutput();
    void cleanupTestCase();

private:
    OAuthFixture m_fixture;
};

void TestOAuthSecrets::initTestCase()
{
    m_fixture = OAuthFixture::load();
    if (!m_fixture.isValid())
        QSKIP(qPrintable(m_fixture.error));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.qpa.*=false"));
    previousHandler = qInstallMessageHandler(capture);
}

void TestOAuthSecrets::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void TestOAuthSecrets::noSecretInAnyOutput()
{
    Transcript transcript;
    QStringList shown; // every text the program produced for people or logs, besides the log messages
    QStringList secrets;

    // 1. A browser sign-in, the token used with the real server (XOAUTH2), then refused (OAUTHBEARER,
    // expired).
    OAuthSignIn signIn;
    signIn.setTranscript(&transcript);
    const OAuthResult first
        = OAuthTestFlow::signIn(signIn, m_fixture, m_fixture.request(QStringLiteral("smtpdoctor-test")));
    QVERIFY2(first.ok(), qPrintable(first.failure.detail));
    shown << signIn.authorizationUrl().toString() << signIn.redirectUrl().toString();
    secrets << first.tokens.accessToken << first.tokens.refreshToken;
    QVERIFY(OAuthTestFlow::submit(m_fixture, false,
        Credentials::bearer(m_fixture.user, first.tokens.accessToken, SaslMechanism::XOAuth2), &transcript)
                .authenticated);
    QVERIFY(m_fixture.expireTokens(m_fixture.user) >= 1);
    const OAuthTestFlow::Submission refused = OAuthTestFlow::submit(m_fixture, true,
        Credentials::bearer(m_fixture.user, first.tokens.accessToken, SaslMechanism::OAuthBearer),
        &transcript);
    QCOMPARE(refused.failure.kind, SessionFailure::Kind::AuthRejected);
    shown << refused.failure.detail << refused.failure.oauthError.text << refused.failure.reply.lines;

    // 2. A refresh with the refresh token (rotated), and a refresh with the old, now revoked one.
    const OAuthResult renewed = OAuthTestFlow::refresh(
        signIn, m_fixture.request(QStringLiteral("smtpdoctor-test")), first.tokens.refreshToken);
    QVERIFY2(renewed.ok(), qPrintable(renewed.failure.detail + renewed.failure.error));
    secrets << renewed.tokens.accessToken << renewed.tokens.refreshToken;
    const OAuthResult stale = OAuthTestFlow::refresh(
        signIn, m_fixture.request(QStringLiteral("smtpdoctor-test")), first.tokens.refreshToken);
    QCOMPARE(stale.failure.kind, OAuthFailure::Kind::TokenRefused);
    shown << stale.failure.detail << stale.failure.error << stale.failure.errorDescription;

    // 3. A denied sign-in and a forged one.
    for (const QString& client :
        { QStringLiteral("smtpdoctor-deny"), QStringLiteral("smtpdoctor-badstate") }) {
        const OAuthResult r = OAuthTestFlow::signIn(signIn, m_fixture, m_fixture.request(client));
        QVERIFY(!r.ok());
        shown << r.failure.detail << r.failure.error << r.failure.errorDescription
              << signIn.authorizationUrl().toString();
    }

    // The provider's record of every code it issued and every verifier it checked.
    int codes = 0;
    int verifiers = 0;
    for (const QJsonValue& v : m_fixture.events()) {
        const QJsonObject e = v.toObject();
        for (const char* field : { "code", "verifier" }) {
            const QString secret = e.value(QLatin1String(field)).toString();
            if (secret.isEmpty())
                continue;
            secrets << secret;
            ++(qstrcmp(field, "code") == 0 ? codes : verifiers);
        }
    }
    QVERIFY(codes >= 2); // the sign-in's and the forged one's (the denied one got none)
    QVERIFY(verifiers >= 1); // the code exchanged with its verifier
    for (const TranscriptEntry& e : transcript.entries())
        shown << e.text;
    {
        QMutexLocker lock(&messagesLock);
        QVERIFY(messages.size() > 10); // the debug output was really on
        shown << messages;
    }
    for (const QString& path : { m_fixture.dovecotLog, m_fixture.providerLog }) {
        QFile log(path);
        QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(path));
        shown << QString::fromUtf8(log.readAll());
    }

    const QString all = shown.join(QLatin1Char('\n'));
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 20);
        QVERIFY2(!all.contains(secret), "a secret shows in the output");
        QVERIFY2(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))),
            "a secret shows in the output");
    }
    // And the transcript says what happened.
    QVERIFY(all.contains(QStringLiteral("AUTH XOAUTH2 [hidden]")));
    QVERIFY(all.contains(QStringLiteral("AUTH OAUTHBEARER [hidden]")));
}

QTEST_GUILESS_MAIN(TestOAuthSecrets)
#include "tst_oauthsecrets.moc"
