// `smtpdoctor check` as a script sees it: exit codes, one-line errors, the JSON report's shape,
// against scripted servers on loopback.
#include "core/findings/reason.h"
#include "mtafixture.h"
#include "reportreader.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QTest>

class TestCheckCommand : public QObject
{
    Q_OBJECT
private slots:
    void badUsage_data();
    void badUsage();
    void reportShape();
    void findings_data();
    void findings();
    void passwordNeverPrinted();
    void japaneseReport();
    void generalHelp_data();
    void generalHelp();

private:
};

void TestCheckCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--bogus") };
    QTest::newRow("port 0") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--port"), QStringLiteral("0") };
    QTest::newRow("port 70000") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--port"), QStringLiteral("70000") };
    QTest::newRow("empty host") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QString() };
    QTest::newRow("host with spaces") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("smtp example.com") };
    QTest::newRow("bad security") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--security"), QStringLiteral("ssl3") };
    QTest::newRow("bad format") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--format"), QStringLiteral("xml") };
    QTest::newRow("bad timeout") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--timeout"), QStringLiteral("-1") };
    QTest::newRow("unreadable ca file") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem") };
    QTest::newRow("bad email") << QStringList { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("x.example"), QStringLiteral("--email"), QStringLiteral("not-an-address") };
    QTest::newRow("bad language") << QStringList { QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--host"), QStringLiteral("x.example") };
    QTest::newRow("extra argument") << QStringList { QStringLiteral("check"), QStringLiteral("extra"), QStringLiteral("--host"), QStringLiteral("x.example") };
}

void TestCheckCommand::badUsage()
{
    QFETCH(QStringList, args);
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
        QStringList withLang = args;
        if (!args.contains(QStringLiteral("--lang")))
            withLang << QStringLiteral("--lang") << lang;
        const ProcessResult r = runSmtpDoctor(withLang, {}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(r.err.size() > 10);
    }
}

void TestCheckCommand::reportShape()
{
    ScriptedServer server({ QStringLiteral("S: 220 test ESMTP"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-test"), QStringLiteral("S: 250 SIZE 1000"),
        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X:") });
    QVERIFY(server.listen());
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(!r.timedOut, r.err.constData());
    QCOMPARE(r.exitCode, 0); // warn and skip only
    const QJsonObject report = r.json();
    QCOMPARE(report.value(QStringLiteral("tool")).toString(), QStringLiteral("smtpdoctor"));
    QCOMPARE(report.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
    QVERIFY(!report.value(QStringLiteral("version")).toString().isEmpty());
    QStringList ids;
    for (const QJsonValue& v : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        ids << s.value(QStringLiteral("id")).toString();
        QVERIFY(QStringList({ QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("fail"), QStringLiteral("skip") }).contains(s.value(QStringLiteral("status")).toString()));
        QVERIFY(!s.value(QStringLiteral("title")).toString().isEmpty());
        QVERIFY(!s.value(QStringLiteral("summary")).toString().isEmpty());
        QVERIFY(s.value(QStringLiteral("durationMs")).isDouble());
        for (const QJsonValue& fv : s.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = fv.toObject();
            for (const char* key : { "id", "severity", "title", "explanation", "fix", "side", "reason" })
                QVERIFY2(!f.value(QLatin1String(key)).toString().isEmpty(), key);
            QVERIFY(SmtpDoctor::reasonFromName(f.value(QStringLiteral("reason")).toString()));
            QVERIFY(f.value(QStringLiteral("id")).toString().startsWith(s.value(QStringLiteral("id")).toString() + QLatin1Char('.')));
        }
    }
    QCOMPARE(ids, QStringList({ QStringLiteral("network"), QStringLiteral("server"), QStringLiteral("tls"), QStringLiteral("auth"), QStringLiteral("interference") }));
    QCOMPARE(reportStep(report, QStringLiteral("server")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QCOMPARE(reportStep(report, QStringLiteral("tls")).value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QCOMPARE(reportFindingIds(reportStep(report, QStringLiteral("auth"))), QStringList { QStringLiteral("auth.skipped") });
    QCOMPARE(reportStep(report, QStringLiteral("auth"))
                 .value(QStringLiteral("findings"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("reason"))
                 .toString(),
        QStringLiteral("not-checked"));
    // Unencrypted because the user asked for it: that is what worked, and the TLS warning says why not.
    const QJsonObject rec = report.value(QStringLiteral("recommendation")).toObject();
    QCOMPARE(rec.value(QStringLiteral("port")).toInt(), int(server.port()));
    QCOMPARE(rec.value(QStringLiteral("security")).toString(), QStringLiteral("none"));
    const QJsonArray transcript = report.value(QStringLiteral("transcript")).toArray();
    QVERIFY(transcript.size() >= 4);
    bool sawGreeting = false;
    for (const QJsonValue& e : transcript) {
        const QJsonObject o = e.toObject();
        QVERIFY(QStringList({ QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("info") }).contains(o.value(QStringLiteral("dir")).toString()));
        QVERIFY(o.value(QStringLiteral("ms")).isDouble());
        sawGreeting = sawGreeting || o.value(QStringLiteral("text")).toString() == QLatin1String("220 test ESMTP");
    }
    QVERIFY(sawGreeting);
    QTRY_VERIFY_WITH_TIMEOUT(server.received().contains(QStringLiteral("QUIT")), 2000);
}

void TestCheckCommand::findings_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<int>("replyCode");

    QTest::newRow("421 greeting") << QStringList { QStringLiteral("S: 421 4.7.0 Too busy, try later"), QStringLiteral("X:") } << QStringLiteral("server")
                                  << QStringLiteral("server.greeting-rejected") << 421;
    QTest::newRow("EHLO and HELO refused") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 500 nope"), QStringLiteral("C: HELO *"),
        QStringLiteral("S: 501 nope") } << QStringLiteral("server") << QStringLiteral("server.helo-rejected") << 501;
    QTest::newRow("silent") << QStringList { QStringLiteral("Z:") } << QStringLiteral("server") << QStringLiteral("server.silent") << 0;
    QTest::newRow("closes at once") << QStringList { QStringLiteral("X:") } << QStringLiteral("server") << QStringLiteral("server.reset") << 0;
    QTest::newRow("POP3") << QStringList { QStringLiteral("S: +OK POP3 server ready"), QStringLiteral("Z:") } << QStringLiteral("server") << QStringLiteral("server.not-smtp") << 0;
    QTest::newRow("no STARTTLS") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH PLAIN"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye") }
                                 << QStringLiteral("tls") << QStringLiteral("tls.starttls-missing") << 0;
    QTest::newRow("STARTTLS refused") << QStringList { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"),
        QStringLiteral("S: 454 4.7.0 TLS not available"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye") } << QStringLiteral("tls") << QStringLiteral("tls.starttls-rejected") << 454;
}

void TestCheckCommand::findings()
{
    QFETCH(QStringList, script);
    QFETCH(QString, step);
    QFETCH(QString, finding);
    QFETCH(int, replyCode);
    ScriptedServer server(script);
    QVERIFY(server.listen());
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--timeout"), QStringLiteral("1"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en") }, {}, 30000);
    QVERIFY2(!r.timedOut, r.err.constData());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject s = reportStep(r.json(), step);
    QCOMPARE(s.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY2(reportFindingIds(s).contains(finding), qPrintable(reportFindingIds(s).join(QLatin1Char(','))));
    if (replyCode) {
        const QJsonObject f = s.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(f.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(), replyCode);
    }
}

void TestCheckCommand::passwordNeverPrinted()
{
    // AUTH over plain text with consent: the password crosses the wire (to our fake) but is never printed.
    const QString password = QStringLiteral("Pa55: w\u00f6rd with spaces");
    ScriptedServer server({ QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH LOGIN"), QStringLiteral("C: AUTH LOGIN"),
        QStringLiteral("S: 334 VXNlcm5hbWU6"), QStringLiteral("C: *"), QStringLiteral("S: 334 UGFzc3dvcmQ6"), QStringLiteral("C: *"),
        QStringLiteral("S: 535 5.7.8 Authentication credentials invalid"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye") });
    QVERIFY(server.listen());
    for (const QString& format : { QStringLiteral("json"), QStringLiteral("text") }) {
        const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--allow-insecure"), QStringLiteral("--user"),
            QStringLiteral("alice"), QStringLiteral("--password-stdin"), QStringLiteral("--format"), format }, password.toUtf8() + "\n", 30000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(server.received().contains(QString::fromLatin1(password.toUtf8().toBase64())));
        QVERIFY(!r.out.contains(password.toUtf8()));
        QVERIFY(!r.err.contains(password.toUtf8()));
        QVERIFY(!r.out.contains(password.toUtf8().toBase64()));
        QVERIFY(r.out.contains("auth.rejected"));
        QVERIFY(r.out.contains("[hidden]"));
    }
}

void TestCheckCommand::japaneseReport()
{
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("1"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("ja") });
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = r.json();
    QCOMPARE(report.value(QStringLiteral("language")).toString(), QStringLiteral("ja"));
    const QJsonObject server = reportStep(report, QStringLiteral("server"));
    QVERIFY(reportFindingIds(server).contains(QStringLiteral("server.refused")));
    // The words are Japanese: at least one kana/kanji in the title and the explanation.
    const QJsonObject f = server.value(QStringLiteral("findings")).toArray().first().toObject();
    for (const char* key : { "title", "explanation", "fix" }) {
        const QString text = f.value(QLatin1String(key)).toString();
        bool japanese = false;
        for (const QChar c : text)
            japanese = japanese || (c.unicode() >= 0x3040 && c.unicode() <= 0x9fff);
        QVERIFY2(japanese, qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"

void TestCheckCommand::generalHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help, en") << QStringList { QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en") }
                                << QStringLiteral("smtpdoctor explain [options] [TEXT]");
    QTest::newRow("-h, ja") << QStringList { QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("-h") }
                            << QStringLiteral("smtpdoctor explain [オプション] [テキスト]");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << QStringLiteral("smtpdoctor ");
}

void TestCheckCommand::generalHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    // No display at all: the overview must not try to open the window.
    const ProcessResult r = runSmtpDoctor(args, {}, 20000,
        { QStringLiteral("QT_QPA_PLATFORM=xcb"), QStringLiteral("DISPLAY=:987"), QStringLiteral("WAYLAND_DISPLAY=") });
    QVERIFY(!r.timedOut);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}
