// The fault matrix at the level a user sees it: `smtpdoctor check` against a scripted hostile or
// broken server, one row per fault. Every row must end in bounded time with the right finding in the
// right step, never send what the row forbids (credentials above all), and never put raw control
// characters into the report. The TLS rows are in tst_tlsfaults.cpp.
#include "checkrun.h"
#include "scriptlines.h"
#include "scriptedserver.h"

#include <QTest>

namespace {

const QString Password = QStringLiteral("S3cret: pass w\u00f6rd");


// Greeting and EHLO with these capabilities.
QStringList greetAndEhlo(std::initializer_list<const char*> caps)
{
    QStringList s = lines({ "S: 220 test.example ESMTP", "C: EHLO *" });
    QStringList capLines { QStringLiteral("test.example") };
    for (const char* c : caps)
        capLines << QString::fromUtf8(c);
    for (int i = 0; i < capLines.size(); ++i)
        s << (i + 1 < capLines.size() ? QStringLiteral("S: 250-") : QStringLiteral("S: 250 ")) + capLines[i];
    return s;
}

QStringList args(std::initializer_list<const char*> l)
{
    return lines(l);
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private slots:
    void faults_data();
    void faults();
};

void TestFaultMatrix::faults_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withPassword"); // --user alice --password-stdin
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("finding");    // must be among that step's findings
    QTest::addColumn<QStringList>("forbidden"); // client lines that must never reach the server
    QTest::addColumn<QString>("lastLine");   // if set: the last line the server received
    // A generous bound that a hang or a deadline restarted by trickling data would still exceed (the
    // trickled replies would take 33 and 48 s; the flooding rows would run until killed).
    QTest::addColumn<int>("maxSeconds");

    const QStringList starttls1 = args({ "--security", "starttls", "--timeout", "1" });
    const QStringList starttls2 = args({ "--security", "starttls", "--timeout", "2" });
    const QStringList plainConsent = args({ "--security", "none", "--timeout", "2", "--allow-insecure" });
    const QStringList noAuth = lines({ "AUTH*" });
    const QStringList none;
    const QString any;

    // --- the server step: who answers, and how
    QTest::newRow("silent server") << lines({ "Z:" }) << starttls1 << false << "server" << "server.silent" << none << any << 30;
    QTest::newRow("greeting one byte every two seconds")
        << lines({ "D: 2000 220 slow.example ESMTP\\r\\n", "C: EHLO *", "S: 250 x" }) << starttls2 << false << "server"
        << "server.protocol-error" << none << any << 20;
    QTest::newRow("EHLO reply one byte a second") << lines({ "S: 220 x", "C: EHLO *", "D: 1000 250-a\\r\\n250-b\\r\\n250 STARTTLS\\r\\n" })
                                                  << starttls2 << false << "server" << "server.protocol-error" << none << any << 20;
    QTest::newRow("20 MB line without LF") << lines({ "F: 20971520 x" }) << starttls2 << false << "server" << "server.protocol-error"
                                           << none << any << 30;
    QTest::newRow("endless multi-line greeting") << lines({ "F: 0 220-and more\\r\\n" }) << starttls2 << false << "server"
                                                 << "server.protocol-error" << none << any << 30;
    QTest::newRow("endless multi-line EHLO reply") << lines({ "S: 220 x", "C: EHLO *", "F: 0 250-and more\\r\\n" }) << starttls2 << false
                                                   << "server" << "server.protocol-error" << none << any << 30;
    QTest::newRow("endless stream of short replies") << lines({ "S: 220 x", "C: EHLO *", "F: 0 250 ok\\r\\n" }) << starttls2 << false
                                                     << "server" << "server.protocol-error" << none << any << 30;
    QTest::newRow("random bytes") << lines({ "N: 65536", "Z:" }) << starttls2 << false << "server" << "server.protocol-error" << none << any << 30;
    QTest::newRow("POP3 on the port") << lines({ "S: +OK Dovecot ready.", "Z:" }) << starttls2 << false << "server" << "server.not-smtp"
                                      << none << any << 30;
    QTest::newRow("IMAP on the port") << lines({ "S: * OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.", "Z:" }) << starttls2 << false
                                      << "server" << "server.not-smtp" << none << any << 30;
    QTest::newRow("SSH on the port") << lines({ "S: SSH-2.0-OpenSSH_9.2p1 Debian-2", "Z:" }) << starttls2 << false << "server"
                                     << "server.not-smtp" << none << any << 30;
    QTest::newRow("HTTP on the port") << lines({ "C: *", "S: HTTP/1.1 400 Bad Request", "S: Content-Length: 0", "S: ", "X:" }) << starttls2
                                      << false << "server" << "server.not-smtp" << none << any << 30;
    QTest::newRow("421 greeting") << lines({ "S: 421 4.3.2 Service not available", "X:" }) << starttls2 << false << "server"
                                  << "server.greeting-rejected" << none << any << 30;
    QTest::newRow("554 greeting") << lines({ "S: 554 5.7.1 No SMTP service here", "Z:" }) << starttls2 << false << "server"
                                  << "server.greeting-rejected" << none << any << 30;
    QTest::newRow("EHLO and HELO both refused") << lines({ "S: 220 x", "C: EHLO *", "S: 500 5.5.1 no", "C: HELO *", "S: 501 5.5.2 no" })
                                                << starttls2 << false << "server" << "server.helo-rejected" << none << any << 30;
    QTest::newRow("mixed codes in one reply") << lines({ "S: 220 x", "C: EHLO *", "S: 250-x", "S: 251 y" }) << starttls2 << false
                                              << "server" << "server.protocol-error" << none << any << 30;
    QTest::newRow("malformed 2506-") << lines({ "S: 2506- hello", "Z:" }) << starttls2 << false << "server" << "server.protocol-error"
                                     << none << any << 30;
    QTest::newRow("malformed 6xx") << lines({ "S: 621 hello", "Z:" }) << starttls2 << false << "server" << "server.protocol-error" << none
                                   << any << 30;
    QTest::newRow("malformed non-digits") << lines({ "S: 2x0 hello", "Z:" }) << starttls2 << false << "server" << "server.protocol-error"
                                          << none << any << 30;
    QTest::newRow("malformed 3 bytes") << lines({ "R: 2\\r\\n", "Z:" }) << starttls2 << false << "server" << "server.protocol-error" << none
                                       << any << 30;
    QTest::newRow("NUL and escape in the greeting") << lines({ "R: 220 evil\\x00\\x1b[2J\\x1b]0;owned\\x07 ESMTP\\r\\n", "C: EHLO *",
        "S: 250-x", "S: 250 SIZE 1000", "C: QUIT", "S: 221 bye" })
                                                    << args({ "--security", "none", "--timeout", "2" }) << false << "tls" << "tls.starttls-missing"
                                                    << none << any << 30;
    QTest::newRow("close in the middle of a reply") << lines({ "S: 220 x", "C: EHLO *", "R: 250-first\\r\\n250-sec", "X:" }) << starttls2
                                                    << false << "server" << "server.reset" << none << any << 30;

    // --- encryption that was asked for never falls back to plain text
    QTest::newRow("500 to EHLO with TLS required") << lines({ "S: 220 x", "C: EHLO *", "S: 500 5.5.1 unknown", "C: HELO *", "S: 250 x" })
                                                   << starttls2 + args({ "--allow-insecure" }) << true << "tls" << "tls.starttls-missing"
                                                   << noAuth << any << 30;
    QTest::newRow("AUTH offered in clear, STARTTLS asked, consent given")
        << greetAndEhlo({ "AUTH PLAIN LOGIN" }) << starttls2 + args({ "--allow-insecure" }) << true << "tls" << "tls.starttls-missing"
        << noAuth << any << 30;
    QTest::newRow("AUTH offered in clear, no consent") << greetAndEhlo({ "AUTH PLAIN LOGIN" }) + lines({ "C: QUIT", "S: 221 bye" })
                                                       << args({ "--security", "none", "--timeout", "2" }) << true << "auth"
                                                       << "auth.insecure-refused" << noAuth << any << 30;
    for (const char* reply : { "454 4.7.0 TLS not available", "501 5.5.4 Syntax error", "502 5.5.1 not implemented", "550 5.7.0 no",
             "250 2.0.0 ok", "354 go ahead", "334 VXNlcm5hbWU6", "421 4.3.2 shutting down" }) {
        QTest::addRow("STARTTLS answered %s", reply) << greetAndEhlo({ "STARTTLS", "AUTH PLAIN LOGIN" }) + lines({ "C: STARTTLS" })
                                                            + QStringList { QStringLiteral("S: ") + QString::fromLatin1(reply) }
                                                     << starttls2 + args({ "--allow-insecure" }) << true << "tls" << "tls.starttls-rejected"
                                                     << noAuth << "STARTTLS" << 30;
    }
    QTest::newRow("STARTTLS 220, then the server hangs up") << greetAndEhlo({ "STARTTLS", "AUTH PLAIN" }) + lines({ "C: STARTTLS", "S: 220 go", "X:" })
                                                            << starttls2 + args({ "--allow-insecure" }) << true << "tls"
                                                            << "tls.handshake-failed" << noAuth << "STARTTLS" << 30;
    QTest::newRow("STARTTLS 220, then plain text") << greetAndEhlo({ "STARTTLS", "AUTH PLAIN" })
            + lines({ "C: STARTTLS", "S: 220 go", "S: 250 still plain here", "Z:" })
                                                   << starttls2 + args({ "--allow-insecure" }) << true << "tls" << "tls.handshake-failed"
                                                   << noAuth << "STARTTLS" << 30;
    QTest::newRow("STARTTLS 220, then silence") << greetAndEhlo({ "STARTTLS", "AUTH PLAIN" }) + lines({ "C: STARTTLS", "S: 220 go", "Z:" })
                                                << starttls2 + args({ "--allow-insecure" }) << true << "tls" << "tls.handshake-failed"
                                                << noAuth << "STARTTLS" << 30;

    // --- replies nobody asked for (a desynchronised or tampered conversation)
    QTest::newRow("an extra reply after EHLO") << greetAndEhlo({ "AUTH PLAIN LOGIN" }) + lines({ "S: 235 2.7.0 pretend you signed in", "Z:" })
                                               << plainConsent << true << "auth" << "server.protocol-error" << noAuth << any << 30;

    // --- signing in (plain text with consent, so that the exchange itself can be tested)
    const QStringList authPlain = greetAndEhlo({ "AUTH PLAIN" }) + lines({ "C: AUTH PLAIN *" });
    QTest::newRow("421 during AUTH") << authPlain + lines({ "S: 421 4.7.0 Too many errors", "X:" }) << plainConsent << true << "auth"
                                     << "auth.temporary-failure" << none << any << 30;
    QTest::newRow("334 after PLAIN's initial response") << authPlain + lines({ "S: 334 ", "C: *", "S: 501 5.7.0 cancelled" }) << plainConsent
                                                        << true << "auth" << "server.protocol-error" << none << "*" << 30;
    QTest::newRow("XOAUTH2 error JSON as challenge")
        << authPlain + lines({ "S: 334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==", "C: *",
               "S: 535 5.7.8 Username and Password not accepted" })
        << plainConsent << true << "auth" << "server.protocol-error" << none << "*" << 30;
    QTest::newRow("only XOAUTH2 offered") << greetAndEhlo({ "AUTH XOAUTH2 OAUTHBEARER" }) << plainConsent << true << "auth"
                                          << "auth.oauth-required" << noAuth << any << 30;
    const QStringList authCram = greetAndEhlo({ "AUTH CRAM-MD5" }) + lines({ "C: AUTH CRAM-MD5" });
    QTest::newRow("CRAM-MD5 challenge not base64") << authCram + lines({ "S: 334 <1896.697170952@postoffice>", "C: *", "S: 501 cancelled" })
                                                   << plainConsent << true << "auth" << "server.protocol-error" << none << "*" << 30;
    QTest::newRow("CRAM-MD5 challenge empty") << authCram + lines({ "S: 334 ", "C: *", "S: 501 cancelled" }) << plainConsent << true << "auth"
                                              << "server.protocol-error" << none << "*" << 30;
    QTest::newRow("bare 334 to CRAM-MD5") << authCram + lines({ "S: 334", "C: *", "S: 501 cancelled" }) << plainConsent << true << "auth"
                                          << "server.protocol-error" << none << "*" << 30;
    QTest::newRow("LOGIN prompt not base64") << greetAndEhlo({ "AUTH LOGIN" }) + lines({ "C: AUTH LOGIN", "S: 334 Username:", "C: *", "S: 501 cancelled" })
                                             << plainConsent << true << "auth" << "server.protocol-error" << none << "*" << 30;
    QTest::newRow("challenges that never end") << greetAndEhlo({ "AUTH LOGIN" })
            + lines({ "C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: *", "S: 334 UGFzc3dvcmQ6", "C: *", "S: 334 UGFzc3dvcmQ6", "C: *", "S: 334 UGFzc3dvcmQ6", "Z:" })
                                               << plainConsent << true << "auth" << "server.protocol-error" << none << "*" << 30;
    QTest::newRow("bare 250 to EHLO") << lines({ "S: 220 x", "C: EHLO *", "S: 250", "C: QUIT", "S: 221" })
                                      << args({ "--security", "none", "--timeout", "2" }) << false << "server" << QString() << none << any << 30;
    QTest::newRow("bare 334 prompts to LOGIN") << greetAndEhlo({ "AUTH LOGIN" })
            + lines({ "C: AUTH LOGIN", "S: 334", "C: YWxpY2U=", "S: 334", "C: UzNjcmV0OiBwYXNzIHfDtnJk", "S: 235 2.7.0 ok", "C: QUIT", "S: 221 bye" })
                                               << plainConsent << true << "auth" << QString() << none << any << 30;

    // --- sending the test message
    const QStringList send = args({ "--email", "alice@example.test", "--send-to", "bob@example.org" });
    QTest::newRow("421 during DATA") << greetAndEhlo({ "SIZE 100000" })
            + lines({ "C: MAIL FROM:*", "S: 250 2.1.0 Ok", "C: RCPT TO:*", "S: 250 2.1.5 Ok", "C: DATA", "S: 421 4.7.0 Too many messages, try later", "X:" })
                                     << args({ "--security", "none", "--timeout", "2" }) + send << false << "send" << "send.rate-limited" << none
                                     << any << 30;
    QTest::newRow("server hangs up between steps") << greetAndEhlo({ "AUTH PLAIN" }) + lines({ "W: 100", "X:" }) << plainConsent << true
                                                   << "auth" << "server.protocol-error" << noAuth << any << 30;
    QTest::newRow("SIZE 32, larger test message") << greetAndEhlo({ "SIZE 32" }) + lines({ "C: QUIT", "S: 221 bye" })
                                                  << args({ "--security", "none", "--timeout", "2" }) + send << false << "send"
                                                  << "send.message-too-large" << lines({ "MAIL*", "RCPT*", "DATA" }) << any << 30;
}

void TestFaultMatrix::faults()
{
    QFETCH(QStringList, script);
    QFETCH(QStringList, args);
    QFETCH(bool, withPassword);
    QFETCH(QString, step);
    QFETCH(QString, finding);
    QFETCH(QStringList, forbidden);
    QFETCH(QString, lastLine);
    QFETCH(int, maxSeconds);

    ScriptedServer server(script);
    QVERIFY(server.listen());
    const CheckRun run = runCheck(server.port(), args, withPassword ? Password : QString());
    QVERIFY2(!run.process.timedOut, run.process.err.constData());
    QVERIFY2(!run.report.isEmpty(), run.process.err.constData());
    if (finding.isEmpty()) {
        QCOMPARE(run.status(step), QStringLiteral("pass"));
    } else {
        QVERIFY2(run.findingIds(step).contains(finding), qPrintable(run.allFindingIds().join(QLatin1Char(' '))));
        QVERIFY(run.status(step) != QLatin1String("pass"));
        QVERIFY(run.process.exitCode == 0 || run.process.exitCode == 1); // 0: only warnings
    }
    QVERIFY2(run.elapsedMs < maxSeconds * 1000, qPrintable(QStringLiteral("took %1 ms").arg(run.elapsedMs)));

    // What reached the server: nothing the row forbids, and nothing after the line that must be last.
    QTest::qWait(50); // the server reads what the client wrote just before it exited
    const QStringList received = server.received();
    for (const QString& line : received)
        for (const QString& pattern : forbidden)
            QVERIFY2(!matchesWildcard(line, pattern), qPrintable(QStringLiteral("the server received \"%1\"").arg(line)));
    if (!lastLine.isEmpty()) {
        QVERIFY(!received.isEmpty());
        QVERIFY2(matchesWildcard(received.last(), lastLine), qPrintable(received.join(QLatin1String(" | "))));
    }
    // Server text is shown, never obeyed: no raw control or format character anywhere in the report.
    const QStringList unsafe = unsafeStrings(run.report);
    QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe.join(QLatin1String(" | "))));
    for (const QByteArray& form : secretForms(Password)) {
        QVERIFY(!run.process.out.contains(form));
        QVERIFY(!run.process.err.contains(form));
    }
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
