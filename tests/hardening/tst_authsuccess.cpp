// Issue 14, class 4: no success that did not happen. Sign-in passes only when the credentials were
// actually sent and then accepted; a 235 before that (or any answer AUTH does not have) is a protocol
// error, and nothing that needs a sign-in (the test message) goes on from it.
#include "checkrun.h"
#include "core/smtp/saslmechanism.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonArray>
#include <QTest>

namespace {

const QString Password = QStringLiteral("Tr1cky-p\u00e4ssword:42");
const QByteArray CramChallenge = QByteArray("<1896.697170952@postoffice.example>").toBase64();

QStringList greeting(const char* mechanisms)
{
    return lines({ "S: 220 x ESMTP", "C: EHLO *", "S: 250-x" })
        + QStringList { QStringLiteral("S: 250 AUTH ") + QString::fromLatin1(mechanisms) };
}

} // namespace

class TestAuthSuccess : public QObject
{
    Q_OBJECT
private slots:
    void signIn_data();
    void signIn();
};

void TestAuthSuccess::signIn_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<bool>("passwordSent"); // the password (in any form) reached the server
    QTest::addColumn<int>("code"); // the reply the protocol error carries
    QTest::addColumn<bool>("sendTo"); // --send-to: the test message must follow only a real sign-in
    QTest::addColumn<QString>("language");

    const QStringList tail = lines({ "C: QUIT", "S: 221 bye" });
    const QString cram = QStringLiteral("S: 334 ") + QString::fromLatin1(CramChallenge);
    for (const char* language : { "en", "ja" }) {
        QTest::addRow("LOGIN, 235 at once, %s", language)
            << greeting("LOGIN") + lines({ "C: AUTH LOGIN", "S: 235 2.7.0 Accepted" }) + tail << false
            << false << 235 << false << language;
        QTest::addRow("LOGIN, 235 after the user name, %s", language) << greeting("LOGIN")
                + lines({ "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: *", "S: 235 2.7.0 Accepted" })
                + tail << false << false << 235 << false << language;
    }
    QTest::newRow("CRAM-MD5, 235 at once")
        << greeting("CRAM-MD5") + lines({ "C: AUTH CRAM-MD5", "S: 235 2.7.0 Accepted" }) + tail << false
        << false << 235 << false << "en";
    QTest::newRow("LOGIN, 250 at once")
        << greeting("LOGIN") + lines({ "C: AUTH LOGIN", "S: 250 2.0.0 OK" }) + tail << false << false << 250
        << false << "en";
    QTest::newRow("LOGIN, 354 at once")
        << greeting("LOGIN") + lines({ "C: AUTH LOGIN", "S: 354 go on" }) + tail << false << false << 354
        << false << "en";
    // PLAIN sends everything with the command; asked again, the client cancels, and "accepted" after
    // a cancelled exchange is no sign-in either.
    QTest::newRow("PLAIN, asked again, then 235")
        << greeting("PLAIN") + lines({ "C: AUTH PLAIN *", "S: 334 ", "C: *", "S: 235 2.7.0 Accepted" }) + tail
        << false << true << 235 << false << "en";
    QTest::newRow("LOGIN, asked a third time, then 235") << greeting("LOGIN")
            + lines({ "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: *", "S: 334 UGFzc3dvcmQ6", "C: *",
                "S: 334 UGFzc3dvcmQ6", "C: *", "S: 235 2.7.0 Accepted" })
            + tail << false << true << 235 << false << "en";
    QTest::newRow("LOGIN, 235 at once, with a test message")
        << greeting("LOGIN") + lines({ "C: AUTH LOGIN", "S: 235 2.7.0 Accepted" }) + tail << false << false
        << 235 << true << "en";
    // The real thing still passes.
    QTest::newRow("PLAIN, accepted") << greeting("PLAIN")
            + lines({ "C: AUTH PLAIN *", "S: 235 2.7.0 Accepted" }) + tail
                                     << true << true << 0 << false << "en";
    QTest::newRow("LOGIN, accepted") << greeting("LOGIN")
            + lines({ "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: *", "S: 334 UGFzc3dvcmQ6", "C: *",
                "S: 235 2.7.0 Accepted" })
            + tail << true << true << 0
                                     << false << "en";
    QTest::newRow("CRAM-MD5, accepted") << greeting("CRAM-MD5") + lines({ "C: AUTH CRAM-MD5" })
            + QStringList { cram } + lines({ "C: *", "S: 235 2.7.0 Accepted" }) + tail
                                        << true << true << 0 << false << "en";
}

void TestAuthSuccess::signIn()
{
    QFETCH(QStringList, script);
    QFETCH(bool, signedIn);
    QFETCH(bool, passwordSent);
    QFETCH(int, code);
    QFETCH(bool, sendTo);
    QFETCH(QString, language);

    ScriptedServer server(script);
    QVERIFY(server.listen());
    QStringList args { QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--allow-insecure"), QStringLiteral("--timeout"), QStringLiteral("3") };
    if (sendTo)
        args << QStringLiteral("--email") << QStringLiteral("alice@example.test")
             << QStringLiteral("--send-to") << QStringLiteral("bob@example.test");
    const CheckRun run = runCheckIn(language, server.port(), args, Password);
    QVERIFY2(!run.process.timedOut && !run.report.isEmpty(), run.process.err.constData());

    QTest::qWait(50);
    // The lines that carry the password: AUTH PLAIN's, LOGIN's second answer, CRAM-MD5's answer.
    bool sawPassword = false, sawMail = false;
    const QString plain
        = QString::fromLatin1(SmtpDoctor::Sasl::plainResponse(QStringLiteral("alice"), Password));
    const QString login = QString::fromLatin1(SmtpDoctor::Sasl::base64(Password));
    const QString cram = QString::fromLatin1(
        SmtpDoctor::Sasl::cramMd5Response(QStringLiteral("alice"), Password, CramChallenge));
    for (const QString& line : server.received()) {
        sawPassword = sawPassword || line.endsWith(plain) || line == login || line == cram;
        sawMail = sawMail || line.startsWith(QLatin1String("MAIL"));
    }
    QCOMPARE(sawPassword, passwordSent);

    if (signedIn) {
        QCOMPARE(run.status(QStringLiteral("auth")), QStringLiteral("pass"));
        QCOMPARE(run.process.exitCode, 0);
        return;
    }
    QCOMPARE(run.status(QStringLiteral("auth")), QStringLiteral("fail"));
    QCOMPARE(run.process.exitCode, 1);
    QVERIFY2(run.findingIds(QStringLiteral("auth")).contains(QStringLiteral("server.protocol-error")),
        qPrintable(run.allFindingIds().join(QLatin1Char(' '))));
    const QJsonObject f = run.finding(QStringLiteral("server.protocol-error"));
    QCOMPARE(f.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), code);
    const QJsonArray details = f.value(QStringLiteral("details")).toArray();
    QVERIFY(!details.isEmpty());
    QVERIFY2(
        details.first().toString().contains(QString::number(code)), qPrintable(details.first().toString()));
    // Never "accepted" in any words: the summary says the sign-in was not confirmed.
    const QString summary = run.step(QStringLiteral("auth")).value(QStringLiteral("summary")).toString();
    if (language == QLatin1String("en")) {
        QVERIFY2(!summary.contains(QLatin1String("accepted")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("not confirmed")), qPrintable(summary));
    } else {
        QVERIFY2(summary.contains(QStringLiteral("確認")), qPrintable(summary));
        QVERIFY2(details.first().toString().contains(QStringLiteral("パスワード")),
            qPrintable(details.first().toString()));
    }
    if (sendTo) {
        QVERIFY(!sawMail);
        QCOMPARE(run.status(QStringLiteral("send")), QStringLiteral("skip"));
    }
}

QTEST_GUILESS_MAIN(TestAuthSuccess)
#include "tst_authsuccess.moc"
