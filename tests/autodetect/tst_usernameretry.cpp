// After "535 wrong user name or password", AuthStep tries the other user name form once (whole address
// vs. the part before "@") and says which one worked; never when the provider's form rules it out.
#include "mtafixture.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestUserNameRetry : public QObject
{
    Q_OBJECT
private slots:
    void otherFormWorks_data();
    void otherFormWorks();
    void bothRefused();
    void otherFormGetsAMoreSpecificAnswer();
    void providerFormPreventsRetry();

private:
    static QJsonObject authStep(const QJsonObject& report);
    static ProcessResult run(quint16 port, const QString& user, const QString& email);
    static int authCount(const ScriptedServer& server);
};

QJsonObject TestUserNameRetry::authStep(const QJsonObject& report)
{
    for (const QJsonValue& v : report.value(QStringLiteral("steps")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("auth"))
            return v.toObject();
    return {};
}

ProcessResult TestUserNameRetry::run(quint16 port, const QString& user, const QString& email)
{
    return runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                             QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--allow-insecure"), QStringLiteral("--user"), user,
                             QStringLiteral("--email"), email, QStringLiteral("--password-stdin"), QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--lang"), QStringLiteral("en") },
        "secret\n", 30000);
}

int TestUserNameRetry::authCount(const ScriptedServer& server)
{
    int n = 0;
    for (const QString& line : server.received())
        n += line.startsWith(QLatin1String("AUTH ")) ? 1 : 0;
    return n;
}

void TestUserNameRetry::otherFormWorks_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("accepted");
    QTest::newRow("local part given, address works") << QStringLiteral("alice") << QStringLiteral("alice@example.com");
    QTest::newRow("address given, local part works") << QStringLiteral("alice@example.com") << QStringLiteral("alice");
}

void TestUserNameRetry::otherFormWorks()
{
    QFETCH(QString, user);
    QFETCH(QString, accepted);
    const QString plain = QString::fromLatin1(QByteArray(QByteArray(1, '\0') + accepted.toUtf8() + QByteArray(1, '\0') + "secret").toBase64());
    ScriptedServer server({ QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH PLAIN"),
        QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 535 5.7.8 Error: authentication failed"),
        QStringLiteral("C: AUTH PLAIN ") + plain, QStringLiteral("S: 235 2.7.0 Authentication successful"),
        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye") });
    QVERIFY(server.listen());
    const ProcessResult r = run(server.port(), user, QStringLiteral("alice@example.com"));
    QVERIFY2(!r.timedOut, r.err.constData());
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));
    QCOMPARE(authCount(server), 2);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject auth = authStep(r.json());
    QCOMPARE(auth.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    const QString summary = auth.value(QStringLiteral("summary")).toString();
    QVERIFY2(summary.contains(accepted) && summary.contains(user), qPrintable(summary));
    const QJsonObject finding = auth.value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(finding.value(QStringLiteral("id")).toString(), QStringLiteral("auth.rejected"));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(finding.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 535);
    QVERIFY(finding.value(QStringLiteral("details")).toArray().first().toString().contains(accepted));
    QVERIFY(!r.out.contains("secret"));
}

void TestUserNameRetry::bothRefused()
{
    ScriptedServer server({ QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH PLAIN"),
        QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 535 5.7.8 first refusal"), QStringLiteral("C: AUTH PLAIN *"),
        QStringLiteral("S: 535 5.7.8 second refusal"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye") });
    QVERIFY(server.listen());
    const ProcessResult r = run(server.port(), QStringLiteral("alice"), QStringLiteral("alice@example.com"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(authCount(server), 2); // once each form, never more
    const QJsonObject auth = authStep(r.json());
    QCOMPARE(auth.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    const QJsonObject finding = auth.value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(finding.value(QStringLiteral("id")).toString(), QStringLiteral("auth.rejected"));
    // The user's own form is the one reported; the other is mentioned as tried.
    QCOMPARE(finding.value(QStringLiteral("reply")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("first refusal"));
    QVERIFY(finding.value(QStringLiteral("details")).toArray().first().toString().contains(QStringLiteral("alice@example.com")));
}

void TestUserNameRetry::otherFormGetsAMoreSpecificAnswer()
{
    // The right form, but the provider wants an app password: that answer is the one to show.
    ScriptedServer server({ QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH PLAIN"),
        QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 535 5.7.8 refused"), QStringLiteral("C: AUTH PLAIN *"),
        QStringLiteral("S: 534 5.7.9 Application-specific password required"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye") });
    QVERIFY(server.listen());
    const ProcessResult r = run(server.port(), QStringLiteral("alice"), QStringLiteral("alice@example.com"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(authCount(server), 2);
    const QJsonObject finding = authStep(r.json()).value(QStringLiteral("findings")).toArray().first().toObject();
    QCOMPARE(finding.value(QStringLiteral("id")).toString(), QStringLiteral("auth.app-password-required"));
    QCOMPARE(finding.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), 534);
    const QString detail = finding.value(QStringLiteral("details")).toArray().first().toString();
    QVERIFY2(detail.contains(QStringLiteral("alice@example.com")) && detail.contains(QStringLiteral("refused the user name alice")), qPrintable(detail));
}

void TestUserNameRetry::providerFormPreventsRetry()
{
    // Gmail wants the whole address, which is what was given: a refusal is about the password.
    ScriptedServer server({ QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH PLAIN"),
        QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 535 5.7.8 refused"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye") });
    QVERIFY(server.listen());
    const ProcessResult r = run(server.port(), QStringLiteral("alice@gmail.com"), QStringLiteral("alice@gmail.com"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(authCount(server), 1);
    QVERIFY(server.errors().isEmpty());
}

QTEST_GUILESS_MAIN(TestUserNameRetry)
#include "tst_usernameretry.moc"
