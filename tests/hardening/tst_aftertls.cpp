// Issue 14, class 3: failures after TLS are the server's, not the encryption's. The handshake works,
// then EHLO gets 421, 554 to EHLO and HELO, a second greeting, garbage, or a hang-up: the report must
// show the server's reply (server.greeting-rejected, server.helo-rejected, server.protocol-error...)
// with its code, text and explanation, never "could not agree on how to encrypt".
#include "checkrun.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonArray>
#include <QTest>

namespace {

QStringList viaStarttls(const QStringList& afterTls)
{
    return lines({ "S: 220 tls.example ESMTP", "C: EHLO *", "S: 250-tls.example", "S: 250-STARTTLS",
               "S: 250 AUTH PLAIN", "C: STARTTLS", "S: 220 2.0.0 go ahead", "T:" })
        + afterTls;
}

bool hasJapanese(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

class TestAfterTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void afterHandshake_data();
    void afterHandshake();

private:
    QString m_certs;
};

void TestAfterTls::initTestCase()
{
    m_certs = certsDir();
    if (m_certs.isEmpty())
        QFAIL("the certificates are missing: run through ctest (fixture \"certs\")");
}

void TestAfterTls::afterHandshake_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<int>("code"); // the reply the finding must carry (0: none)
    QTest::addColumn<QString>("text"); // part of the reply's text

    const bool starttls = false, implicit = true;
    // STARTTLS: the handshake works, then the conversation over it fails (the TLS step meets it).
    QTest::newRow("STARTTLS, EHLO answered 421")
        << starttls << viaStarttls(lines({ "C: EHLO *", "S: 421 4.3.2 Service shutting down", "X:" }))
        << "tls"
        << "server.greeting-rejected" << 421 << "Service shutting down";
    QTest::newRow("STARTTLS, EHLO and HELO answered 554")
        << starttls
        << viaStarttls(lines({ "C: EHLO *", "S: 554 5.7.1 No service for you", "C: HELO *",
               "S: 554 5.7.1 Still no service" }))
        << "tls"
        << "server.helo-rejected" << 554 << "Still no service";
    QTest::newRow("STARTTLS, EHLO and HELO answered 530")
        << starttls
        << viaStarttls(lines({ "C: EHLO *", "S: 530 5.7.0 Authentication required", "C: HELO *",
               "S: 530 5.7.0 Authentication required" }))
        << "tls"
        << "server.helo-rejected" << 530 << "Authentication required";
    QTest::newRow("STARTTLS, a second greeting before EHLO")
        << starttls
        << viaStarttls(
               lines({ "S: 220 tls.example ESMTP greeting again", "C: EHLO *", "S: 250 tls.example" }))
        << "tls"
        << "server.protocol-error" << 220 << "greeting again";
    QTest::newRow("STARTTLS, EHLO answered 220")
        << starttls << viaStarttls(lines({ "C: EHLO *", "S: 220 ready when you are" })) << "tls"
        << "server.protocol-error" << 220 << "ready when you are";
    QTest::newRow("STARTTLS, EHLO answered 354")
        << starttls << viaStarttls(lines({ "C: EHLO *", "S: 354 go on" })) << "tls"
        << "server.protocol-error" << 354 << "go on";
    QTest::newRow("STARTTLS, garbage instead of a reply")
        << starttls << viaStarttls(lines({ "C: EHLO *", "S: hello there, friend", "Z:" })) << "tls"
        << "server.protocol-error" << 0 << QString();
    QTest::newRow("STARTTLS, the server hangs up after EHLO")
        << starttls << viaStarttls(lines({ "C: EHLO *", "X:" })) << "tls"
        << "server.reset" << 0 << QString();
    QTest::newRow("STARTTLS, no answer to EHLO")
        << starttls << viaStarttls(lines({ "C: EHLO *", "Z:" })) << "tls"
        << "server.protocol-error" << 0 << QString();

    // TLS from the start: the server step meets it.
    QTest::newRow("TLS from the start, greeting 421")
        << implicit << lines({ "S: 421 4.7.0 Too many connections, try later", "X:" }) << "server"
        << "server.greeting-rejected" << 421 << "Too many connections";
    QTest::newRow("TLS from the start, greeting 554")
        << implicit << lines({ "S: 554 5.7.1 No SMTP service here", "Z:" }) << "server"
        << "server.greeting-rejected" << 554 << "No SMTP service here";
    QTest::newRow("TLS from the start, EHLO answered 421")
        << implicit << lines({ "S: 220 tls.example ESMTP", "C: EHLO *", "S: 421 4.3.2 Shutting down", "X:" })
        << "server"
        << "server.greeting-rejected" << 421 << "Shutting down";
    QTest::newRow("TLS from the start, EHLO and HELO answered 554")
        << implicit
        << lines({ "S: 220 tls.example ESMTP", "C: EHLO *", "S: 554 5.7.1 Go away", "C: HELO *",
               "S: 554 5.7.1 Go away now" })
        << "server"
        << "server.helo-rejected" << 554 << "Go away now";
    QTest::newRow("TLS from the start, a second greeting")
        << implicit
        << lines({ "S: 220 tls.example ESMTP", "C: EHLO *", "S: 220 tls.example ESMTP hello again" })
        << "server"
        << "server.protocol-error" << 220 << "hello again";
}

void TestAfterTls::afterHandshake()
{
    QFETCH(bool, implicitTls);
    QFETCH(QStringList, script);
    QFETCH(QString, step);
    QFETCH(QString, finding);
    QFETCH(int, code);
    QFETCH(QString, text);

    for (const QString& language : { QStringLiteral("en"), QStringLiteral("ja") }) {
        ScriptedServer server(script);
        QVERIFY(
            server.setTlsFiles(m_certs + QStringLiteral("/good.pem"), m_certs + QStringLiteral("/leaf.key")));
        server.setImplicitTls(implicitTls);
        QVERIFY(server.listen());
        const CheckRun run = runCheckIn(language, server.port(),
            { QStringLiteral("--security"), implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"),
                QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--ca-file"),
                m_certs + QStringLiteral("/root-ca.pem") },
            QStringLiteral("secret"));
        QVERIFY2(!run.process.timedOut && !run.report.isEmpty(), run.process.err.constData());
        const QString all = run.allFindingIds().join(QLatin1Char(' '));
        QVERIFY2(run.findingIds(step).contains(finding), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("tls.handshake-failed")), qPrintable(all));
        QCOMPARE(run.status(step), QStringLiteral("fail"));
        QCOMPARE(run.process.exitCode, 1);
        QVERIFY(server.encryptedCount() >= 1); // the handshake did happen

        const QJsonObject f = run.finding(finding);
        QVERIFY(!f.value(QStringLiteral("explanation")).toString().isEmpty());
        QVERIFY(!f.value(QStringLiteral("fix")).toString().isEmpty());
        if (code != 0) {
            const QJsonObject reply = f.value(QStringLiteral("reply")).toObject();
            QCOMPARE(reply.value(QStringLiteral("code")).toInt(), code);
            QVERIFY2(reply.value(QStringLiteral("text")).toString().contains(text),
                qPrintable(reply.value(QStringLiteral("text")).toString()));
        }
        if (language == QLatin1String("ja")) {
            QVERIFY2(hasJapanese(f.value(QStringLiteral("title")).toString()),
                qPrintable(f.value(QStringLiteral("title")).toString()));
            QVERIFY(hasJapanese(f.value(QStringLiteral("explanation")).toString()));
        }
        // Nothing was sent to sign in: the conversation never got that far.
        for (const QString& line : server.received())
            QVERIFY2(!line.startsWith(QLatin1String("AUTH")), qPrintable(line));
        if (!implicitTls && language == QLatin1String("en")) {
            // Said where it happened: after encryption had started.
            bool said = false;
            for (const QJsonValue& d : f.value(QStringLiteral("details")).toArray())
                said = said || d.toString().contains(QLatin1String("after encryption had started"));
            QVERIFY(said);
        }
    }
}

QTEST_GUILESS_MAIN(TestAfterTls)
#include "tst_aftertls.moc"
