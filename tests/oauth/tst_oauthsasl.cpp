// AUTH XOAUTH2 / OAUTHBEARER in SmtpSession against scripted servers that answer as Gmail and Microsoft 365
// do (their replies as documented and as seen in the wild), and as broken servers might. The real Dovecot
// is in tst_oauthsignin; these are the cases a real server cannot be made to produce on demand.
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;
using Kind = SessionFailure::Kind;

Q_DECLARE_METATYPE(SessionFailure::Kind)
Q_DECLARE_METATYPE(SaslMechanism)

namespace {

const QString Token = QStringLiteral("ya29.a0AfB_test-token~value");

QStringList greeting(const char* mechanisms)
{
    return lines({ "S: 220 smtp.example.test ESMTP", "C: EHLO *", "S: 250-smtp.example.test",
               "S: 250-ENHANCEDSTATUSCODES" })
        << QStringLiteral("S: 250 AUTH ") + QString::fromLatin1(mechanisms);
}

} // namespace

class TestOAuthSasl : public QObject
{
    Q_OBJECT
private slots:
    void exchange_data();
    void exchange();
    void tokenNeedsConsentWithoutTls();
};

void TestOAuthSasl::exchange_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("token");
    QTest::addColumn<SaslMechanism>("asked");
    QTest::addColumn<Kind>("failure");
    QTest::addColumn<SaslMechanism>("used");
    QTest::addColumn<QString>("status"); // the JSON status read from the 334, if any
    QTest::addColumn<QStringList>("shown"); // client lines as the transcript must show them

    const char* gmail = "LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH";
    // Gmail's answer to a refused XOAUTH2 token:
    // {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}
    const char* gmailStatus
        = "S: 334 "
          "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==";
    const QStringList none;
    QTest::newRow("Gmail accepts") << greeting(gmail)
            + lines({ "C: AUTH XOAUTH2 *", "S: 235 2.7.0 Accepted" })
                                   << Token << SaslMechanism::None << Kind::None << SaslMechanism::XOAuth2
                                   << QString() << lines({ "AUTH XOAUTH2 [hidden]" });
    QTest::newRow("Gmail refuses: 334 JSON, empty line, 535")
        << greeting(gmail)
            + lines({ "C: AUTH XOAUTH2 *", gmailStatus,
                "C:", "S: 535-5.7.8 Username and Password not accepted. For more information, go to",
                "S: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1-20020a05 - gsmtp" })
        << Token << SaslMechanism::None << Kind::AuthRejected << SaslMechanism::XOAuth2
        << QStringLiteral("400") << lines({ "AUTH XOAUTH2 [hidden]", "[empty line]" });
    QTest::newRow("OAUTHBEARER refused: 334 JSON, ^A, 535")
        << greeting(gmail)
            + lines({ "C: AUTH OAUTHBEARER *", "S: 334 eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0=", "C: AQ==",
                "S: 535 5.7.8 Authentication failed." })
        << Token << SaslMechanism::OAuthBearer << Kind::AuthRejected << SaslMechanism::OAuthBearer
        << QStringLiteral("invalid_token") << lines({ "AUTH OAUTHBEARER [hidden]", "AQ==" });
    QTest::newRow("Microsoft 365: SMTP AUTH off for the mailbox")
        << greeting("LOGIN XOAUTH2")
            + lines({ "C: AUTH XOAUTH2 *",
                "S: 535 5.7.3 Authentication unsuccessful [SN4PR0601CA0011.namprd06.prod.outlook.com]" })
        << Token << SaslMechanism::None << Kind::AuthRejected << SaslMechanism::XOAuth2 << QString()
        << lines({ "AUTH XOAUTH2 [hidden]" });
    QTest::newRow("empty 334: the response follows alone")
        << greeting("OAUTHBEARER")
            + lines(
                { "C: AUTH OAUTHBEARER *", "S: 334 ", "C: bixhPXVzZXJAZXhhbXBsZS5jb20s*", "S: 235 2.7.0 ok" })
        << Token << SaslMechanism::None << Kind::None << SaslMechanism::OAuthBearer << QString()
        << lines({ "AUTH OAUTHBEARER [hidden]", "[hidden]" });
    QTest::newRow("504 for XOAUTH2, OAUTHBEARER works")
        << greeting("XOAUTH2 OAUTHBEARER")
            + lines({ "C: AUTH XOAUTH2 *", "S: 504 5.5.4 Unrecognized authentication type",
                "C: AUTH OAUTHBEARER *", "S: 235 2.7.0 ok" })
        << Token << SaslMechanism::None << Kind::None << SaslMechanism::OAuthBearer << QString()
        << lines({ "AUTH XOAUTH2 [hidden]", "AUTH OAUTHBEARER [hidden]" });
    QTest::newRow("a second challenge after the error is cancelled")
        << greeting("XOAUTH2")
            + lines({ "C: AUTH XOAUTH2 *", gmailStatus, "C:", "S: 334 again?", "C: [*]",
                "S: 501 5.7.0 cancelled" })
        << Token << SaslMechanism::None << Kind::ProtocolError << SaslMechanism::XOAuth2
        << QStringLiteral("400") << lines({ "AUTH XOAUTH2 [hidden]", "[empty line]", "*" });
    QTest::newRow("password mechanisms only")
        << greeting("PLAIN LOGIN") << Token << SaslMechanism::None << Kind::AuthMechanismUnsupported
        << SaslMechanism::None << QString() << none;
    QTest::newRow("asked for one the server lacks")
        << greeting("XOAUTH2") << Token << SaslMechanism::OAuthBearer << Kind::AuthMechanismUnsupported
        << SaslMechanism::None << QString() << none;
    QTest::newRow("token that would inject a field")
        << greeting("XOAUTH2")
        << QStringLiteral("abc\x01"
                          "auth=Bearer other")
        << SaslMechanism::None << Kind::InvalidInput << SaslMechanism::None << QString() << none;
}

void TestOAuthSasl::exchange()
{
    QFETCH(QStringList, script);
    QFETCH(QString, token);
    QFETCH(SaslMechanism, asked);
    QFETCH(Kind, failure);
    QFETCH(SaslMechanism, used);
    QFETCH(QString, status);
    QFETCH(QStringList, shown);

    ScriptedServer server(script);
    QVERIFY(server.listen());
    SessionConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.port();
    config.timeoutMs = 5000;
    config.allowInsecureAuth = true; // the scripted server speaks plain text; the user consented
    Transcript transcript;
    SmtpSession session(config, &transcript);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.open();
    QVERIFY(finished.wait(6000));
    QVERIFY(finished.takeFirst().first().toBool());
    session.authenticate(Credentials::bearer(QStringLiteral("user@example.com"), token, asked));
    QVERIFY(finished.wait(6000));
    QCOMPARE(finished.takeFirst().first().toBool(), failure == Kind::None);
    QCOMPARE(session.failure().kind, failure);
    QCOMPARE(session.usedMechanism(), used);
    QCOMPARE(session.failure().oauthError.status, status);
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));

    QStringList clientLines;
    for (const TranscriptEntry& e : transcript.entries()) {
        QVERIFY2(!e.text.contains(token), qPrintable(e.text));
        if (e.direction == TranscriptEntry::Direction::Client && !e.text.startsWith(QLatin1String("EHLO")))
            clientLines << e.text;
    }
    QCOMPARE(clientLines, shown);
    if (!status.isEmpty())
        QCOMPARE(session.failure().state, SessionState::Auth);
    if (failure == Kind::AuthRejected)
        QVERIFY(session.isReady()); // still connected: QUIT can be said politely
}

void TestOAuthSasl::tokenNeedsConsentWithoutTls()
{
    // A bearer token is as secret as a password: never in clear without the user's consent.
    ScriptedServer server(greeting("XOAUTH2"));
    QVERIFY(server.listen());
    SessionConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = server.port();
    config.timeoutMs = 5000;
    SmtpSession session(config, nullptr);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.open();
    QVERIFY(finished.wait(6000));
    session.authenticate(Credentials::bearer(QStringLiteral("user@example.com"), Token));
    QVERIFY(finished.wait(6000));
    QCOMPARE(session.failure().kind, Kind::AuthInsecure);
    QCOMPARE(server.received(), QStringList { QStringLiteral("EHLO [127.0.0.1]") });
}

QTEST_GUILESS_MAIN(TestOAuthSasl)
#include "tst_oauthsasl.moc"
