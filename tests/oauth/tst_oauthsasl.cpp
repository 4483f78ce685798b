// AUTH XOAUTH2 / OAUTHBEARER in SmtpSession against scripted servers that answer as Gmail and Microsoft 365
// do (their replies as documented and as seen in the wild), and as broken servers might. The real Dovecot
// is in tst_oauthsignin; these are the cases a real server cannot be made to produce on demand.
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"
#include "scriptedserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;
using Kind = SessionFailure::Kind;

Q_DECLARE_METATYPE(SessionFailure::Kind)
Q_DECLARE_METATYPE(SaslMechanism)

namespace {

const QString Token = QStringLiteral("ya29.a0AfB_test-token~value");
// Gmail's answer to a refused XOAUTH2 token:
// {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}
const QString GmailStatus = QStringLiteral(
    "eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==");

QStringList greeting(const QString& mechanisms)
{
    return { QStringLiteral("S: 220 smtp.example.test ESMTP"), QStringLiteral("C: EHLO *"),
        QStringLiteral("S: 250-smtp.example.test"), QStringLiteral("S: 250-ENHANCEDSTATUSCODES"),
        QStringLiteral("S: 250 AUTH ") + mechanisms };
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

    const QString gmailMechanisms
        = QStringLiteral("LOGIN PLAIN XOAUTH2 PLAIN-CLIENTTOKEN OAUTHBEARER XOAUTH");
    QTest::newRow("Gmail accepts") << greeting(gmailMechanisms)
            + QStringList { QStringLiteral("C: AUTH XOAUTH2 *"), QStringLiteral("S: 235 2.7.0 Accepted") }
                                   << Token << SaslMechanism::None << Kind::None << SaslMechanism::XOAuth2
                                   << QString() << QStringList { QStringLiteral("AUTH XOAUTH2 [hidden]") };
    QTest::newRow("Gmail refuses: 334 JSON, empty line, 535")
        << greeting(gmailMechanisms)
            + QStringList { QStringLiteral("C: AUTH XOAUTH2 *"), QStringLiteral("S: 334 ") + GmailStatus,
                  QStringLiteral("C:"),
                  QStringLiteral(
                      "S: 535-5.7.8 Username and Password not accepted. For more information, go to"),
                  QStringLiteral(
                      "S: 535 5.7.8  https://support.google.com/mail/?p=BadCredentials x1-20020a05 - gsmtp") }
        << Token << SaslMechanism::None << Kind::AuthRejected << SaslMechanism::XOAuth2
        << QStringLiteral("400")
        << QStringList { QStringLiteral("AUTH XOAUTH2 [hidden]"), QStringLiteral("[empty line]") };
    QTest::newRow("OAUTHBEARER refused: 334 JSON, ^A, 535")
        << greeting(gmailMechanisms)
            + QStringList { QStringLiteral("C: AUTH OAUTHBEARER *"),
                  QStringLiteral("S: 334 ")
                      + QString::fromLatin1(QByteArray(R"({"status":"invalid_token"})").toBase64()),
                  QStringLiteral("C: AQ=="), QStringLiteral("S: 535 5.7.8 Authentication failed.") }
        << Token << SaslMechanism::OAuthBearer << Kind::AuthRejected << SaslMechanism::OAuthBearer
        << QStringLiteral("invalid_token")
        << QStringList { QStringLiteral("AUTH OAUTHBEARER [hidden]"), QStringLiteral("AQ==") };
    QTest::newRow("Microsoft 365: SMTP AUTH off for the mailbox")
        << greeting(QStringLiteral("LOGIN XOAUTH2"))
            + QStringList { QStringLiteral("C: AUTH XOAUTH2 *"),
                  QStringLiteral("S: 535 5.7.3 Authentication unsuccessful "
                                 "[SN4PR0601CA0011.namprd06.prod.outlook.com]") }
        << Token << SaslMechanism::None << Kind::AuthRejected << SaslMechanism::XOAuth2 << QString()
        << QStringList { QStringLiteral("AUTH XOAUTH2 [hidden]") };
    QTest::newRow("empty 334: the response follows alone")
        << greeting(QStringLiteral("OAUTHBEARER"))
            + QStringList { QStringLiteral("C: AUTH OAUTHBEARER *"), QStringLiteral("S: 334 "),
                  QStringLiteral("C: bixhPXVzZXJAZXhhbXBsZS5jb20s*"), QStringLiteral("S: 235 2.7.0 ok") }
        << Token << SaslMechanism::None << Kind::None << SaslMechanism::OAuthBearer << QString()
        << QStringList { QStringLiteral("AUTH OAUTHBEARER [hidden]"), QStringLiteral("[hidden]") };
    QTest::newRow("504 for XOAUTH2, OAUTHBEARER works")
        << greeting(QStringLiteral("XOAUTH2 OAUTHBEARER"))
            + QStringList { QStringLiteral("C: AUTH XOAUTH2 *"),
                  QStringLiteral("S: 504 5.5.4 Unrecognized authentication type"),
                  QStringLiteral("C: AUTH OAUTHBEARER *"), QStringLiteral("S: 235 2.7.0 ok") }
        << Token << SaslMechanism::None << Kind::None << SaslMechanism::OAuthBearer << QString()
        << QStringList { QStringLiteral("AUTH XOAUTH2 [hidden]"),
               QStringLiteral("AUTH OAUTHBEARER [hidden]") };
    QTest::newRow("a second challenge after the error is cancelled")
        << greeting(QStringLiteral("XOAUTH2"))
            + QStringList { QStringLiteral("C: AUTH XOAUTH2 *"), QStringLiteral("S: 334 ") + GmailStatus,
                  QStringLiteral("C:"), QStringLiteral("S: 334 again?"), QStringLiteral("C: [*]"),
                  QStringLiteral("S: 501 5.7.0 cancelled") }
        << Token << SaslMechanism::None << Kind::ProtocolError << SaslMechanism::XOAuth2
        << QStringLiteral("400")
        << QStringList { QStringLiteral("AUTH XOAUTH2 [hidden]"), QStringLiteral("[empty line]"),
               QStringLiteral("*") };
    QTest::newRow("password mechanisms only")
        << greeting(QStringLiteral("PLAIN LOGIN")) << Token << SaslMechanism::None
        << Kind::AuthMechanismUnsupported << SaslMechanism::None << QString() << QStringList();
    QTest::newRow("asked for one the server lacks")
        << greeting(QStringLiteral("XOAUTH2")) << Token << SaslMechanism::OAuthBearer
        << Kind::AuthMechanismUnsupported << SaslMechanism::None << QString() << QStringList();
    QTest::newRow("token that would inject a field")
        << greeting(QStringLiteral("XOAUTH2"))
        << QStringLiteral("abc\x01"
                          "auth=Bearer other")
        << SaslMechanism::None << Kind::InvalidInput << SaslMechanism::None << QString() << QStringList();
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
    ScriptedServer server(greeting(QStringLiteral("XOAUTH2")));
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
