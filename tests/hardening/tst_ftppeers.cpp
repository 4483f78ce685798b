// Issue 14, class 6: recognised, then not forgotten. FTP servers greet with 220 like mail servers; once
// EHLO and HELO are both refused, their greeting (vsFTPd, ProFTPD, Pure-FTPd, FileZilla, Microsoft FTP)
// or their refusal in FTP's own words ("login with USER and PASS") names them: server.not-smtp naming
// FTP, not server.helo-rejected, in plain text and over TLS from the start (FTPS). A mail server that
// merely has "ftp" in its name stays a mail server.
#include "checkrun.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonArray>
#include <QTest>

class TestFtpPeers : public QObject
{
    Q_OBJECT
private slots:
    void ftp_data();
    void ftp();
};

void TestFtpPeers::ftp_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("finding");
    QTest::addColumn<QString>("language");
    const QString notSmtp = QStringLiteral("server.not-smtp");
    const QString heloRejected = QStringLiteral("server.helo-rejected");
    const QStringList tail = lines({ "Z:" });
    for (const char* language : { "en", "ja" }) {
        QTest::addRow("vsFTPd, %s", language)
            << lines({ "S: 220 (vsFTPd 3.0.5)", "C: EHLO *", "S: 530 Please login with USER and PASS.",
                   "C: HELO *", "S: 530 Please login with USER and PASS." })
                + tail
            << notSmtp << language;
        QTest::addRow("unnamed, known by its refusal, %s", language)
            << lines({ "S: 220 Welcome", "C: EHLO *", "S: 530 Please login with USER and PASS.", "C: HELO *",
                   "S: 530 Please login with USER and PASS." })
                + tail
            << notSmtp << language;
    }
    QTest::newRow("vsFTPd, closing at once") << lines({ "S: 220 (vsFTPd 3.0.5)", "C: EHLO *",
        "S: 421 Service not available, remote server has closed connection", "X:" })
                                             << notSmtp << "en";
    QTest::newRow("ProFTPD") << lines({ "S: 220 ProFTPD Server (Debian) [::ffff:127.0.0.1]", "C: EHLO *",
                                    "S: 500 EHLO not understood", "C: HELO *", "S: 500 HELO not understood" })
            + tail << notSmtp << "en";
    QTest::newRow("Pure-FTPd, multi-line greeting")
        << lines({ "S: 220---------- Welcome to Pure-FTPd [privsep] [TLS] ----------",
               "S: 220-You are user number 1 of 50 allowed.",
               "S: 220 This is a private system - No anonymous login", "C: EHLO *",
               "S: 530 You aren't logged in", "C: HELO *", "S: 530 You aren't logged in" })
            + tail
        << notSmtp << "en";
    QTest::newRow("FileZilla Server")
        << lines({ "S: 220-FileZilla Server 1.7.0", "S: 220 Please visit https://filezilla-project.org/",
               "C: EHLO *", "S: 530 Please log in with USER and PASS first.", "C: HELO *",
               "S: 530 Please log in with USER and PASS first." })
            + tail
        << notSmtp << "en";
    QTest::newRow("Microsoft FTP Service")
        << lines({ "S: 220 Microsoft FTP Service", "C: EHLO *", "S: 500 'EHLO': command not understood",
               "C: HELO *", "S: 500 'HELO': command not understood" })
            + tail
        << notSmtp << "en";
    // FTP over TLS from the start (FTPS, "implicit" mode) greets the same way once encrypted.
    QTest::newRow("vsFTPd, TLS from the start (FTPS)")
        << lines({ "S: 220 (vsFTPd 3.0.5)", "C: EHLO *", "S: 530 Please login with USER and PASS.", "C: HELO *",
               "S: 530 Please login with USER and PASS." })
            + tail
        << notSmtp << "en";
    QTest::newRow("unnamed, known by its refusal, TLS from the start (FTPS)")
        << lines({ "S: 220 Welcome", "C: EHLO *", "S: 530 Please login with USER and PASS.", "C: HELO *",
               "S: 530 Please login with USER and PASS." })
            + tail
        << notSmtp << "ja";
    QTest::newRow("mail server refusing both, TLS from the start (FTPS)")
        << lines({ "S: 220 mail.example.com ESMTP", "C: EHLO *", "S: 554 5.7.1 no", "C: HELO *",
               "S: 554 5.7.1 no" })
            + tail
        << heloRejected << "en";
    // vsftpd 3.0.3's own words when its configuration lets nobody in: it refuses at once, naming itself.
    QTest::newRow("vsftpd refusing everyone (500 OOPS)")
        << lines({ "S: 500 OOPS: vsftpd: both local and anonymous access disabled!", "X:" }) << notSmtp
        << "en";
    QTest::newRow("mail server called ftp.example.com refusing at once")
        << lines({ "S: 554 ftp.example.com ESMTP not accepting connections", "X:" })
        << QStringLiteral("server.greeting-rejected") << "en";
    // Mail servers stay mail servers, even named ftp.something.
    QTest::newRow("mail server called ftp.example.com")
        << lines({ "S: 220 ftp.example.com ESMTP Postfix", "C: EHLO *", "S: 554 5.7.1 go away", "C: HELO *",
               "S: 554 5.7.1 go away" })
            + tail
        << heloRejected << "en";
    QTest::newRow("mail server refusing both") << lines({ "S: 220 mail.example.com ESMTP", "C: EHLO *",
                                                      "S: 500 5.5.1 no", "C: HELO *", "S: 501 5.5.2 no" })
            + tail << heloRejected << "en";
}

void TestFtpPeers::ftp()
{
    QFETCH(QStringList, script);
    QFETCH(QString, finding);
    QFETCH(QString, language);
    const bool implicitTls = QByteArray(QTest::currentDataTag()).endsWith("(FTPS)");
    ScriptedServer server(script);
    QStringList args { QStringLiteral("--security"), QStringLiteral("starttls"), QStringLiteral("--timeout"),
        QStringLiteral("3") };
    if (implicitTls) {
        const QString certs = certsDir();
        QVERIFY2(!certs.isEmpty(), "the certificates are missing: run through ctest (fixture \"certs\")");
        QVERIFY(server.setTlsFiles(certs + QStringLiteral("/good.pem"), certs + QStringLiteral("/leaf.key")));
        server.setImplicitTls(true);
        args = QStringList { QStringLiteral("--security"), QStringLiteral("tls"), QStringLiteral("--timeout"),
            QStringLiteral("3"), QStringLiteral("--ca-file"), certs + QStringLiteral("/root-ca.pem") };
    }
    QVERIFY(server.listen());
    const CheckRun run = runCheckIn(language, server.port(), args);
    QVERIFY2(!run.process.timedOut && !run.report.isEmpty(), run.process.err.constData());
    const QString notSmtpId = QStringLiteral("server.not-smtp");
    const QString all = run.allFindingIds().join(QLatin1Char(' '));
    QVERIFY2(run.findingIds(QStringLiteral("server")).contains(finding), qPrintable(all));
    QCOMPARE(run.status(QStringLiteral("server")), QStringLiteral("fail"));
    QCOMPARE(run.process.exitCode, 1);
    if (finding != notSmtpId) {
        QVERIFY2(!all.contains(QLatin1String("server.not-smtp")), qPrintable(all));
        return;
    }
    QVERIFY2(!all.contains(QLatin1String("server.helo-rejected")), qPrintable(all));
    const QJsonObject f = run.finding(finding);
    // Named, in the report's language, with the words that gave it away.
    QVERIFY2(f.value(QStringLiteral("title")).toString().contains(QLatin1String("FTP")),
        qPrintable(f.value(QStringLiteral("title")).toString()));
    QVERIFY(f.value(QStringLiteral("explanation")).toString().contains(QLatin1String("FTP")));
    // The greeting that gave it away is the reply shown.
    QCOMPARE(f.value(QStringLiteral("reply")).toObject().value(QStringLiteral("code")).toInt(),
        script.first().mid(3, 3).toInt());
    if (language == QLatin1String("ja")) {
        bool japanese = false;
        for (const QChar c : f.value(QStringLiteral("fix")).toString())
            japanese = japanese || (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff);
        QVERIFY(japanese);
    }
    // The port table says so too.
    bool named = false;
    for (const QJsonValue& p : run.report.value(QStringLiteral("ports")).toArray()) {
        const QJsonObject port = p.toObject();
        if (port.value(QStringLiteral("port")).toInt() == server.port())
            named = port.value(QStringLiteral("protocol")).toString() == QLatin1String("FTP")
                && port.value(QStringLiteral("verdict")).toString() == QLatin1String("not-smtp");
    }
    QVERIFY(named);
}

QTEST_GUILESS_MAIN(TestFtpPeers)
#include "tst_ftppeers.moc"
