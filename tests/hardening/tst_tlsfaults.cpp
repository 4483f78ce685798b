// The TLS half of the fault matrix, at the level a user sees it: `smtpdoctor check` against scripted
// servers that present the certificates made by tests/fixtures/certs/make-certs.sh (ctest fixture
// "certs"), do STARTTLS or TLS from the start, inject data, break the encrypted stream or speak only
// TLS 1.0. No row may send the password to a server that is not verified unless the user consented.
#include "checkrun.h"
#include "scriptlines.h"
#include "scriptedserver.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

namespace {

const QString Password = QStringLiteral("S3cret: pass w\u00f6rd");
// AUTH PLAIN's answer for user "alice" and Password.
const QString PlainAuth = QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(QByteArray(QByteArray("\0alice\0", 7) + Password.toUtf8()).toBase64());


// STARTTLS offered in clear with AUTH; after TLS, `afterTls` (the EHLO reply and what follows).
QStringList starttlsScript(const QStringList& afterTls, const char* startTlsReply = "S: 220 2.0.0 Ready to start TLS")
{
    return lines({ "S: 220 tls.example ESMTP", "C: EHLO *", "S: 250-tls.example", "S: 250-STARTTLS", "S: 250 AUTH PLAIN LOGIN", "C: STARTTLS",
               startTlsReply, "T:" })
        + afterTls;
}

// After TLS (either way): greeting (implicit only), EHLO with AUTH, then whatever the client says.
const QStringList ehloAuthThenAnything = lines({ "C: EHLO *", "S: 250-tls.example", "S: 250 AUTH PLAIN LOGIN", "C: *",
    "S: 235 2.7.0 Authentication successful", "C: *", "S: 221 bye" });
const QStringList implicitScript = QStringList { QStringLiteral("S: 220 tls.example ESMTP") } + ehloAuthThenAnything;

} // namespace

class TestTlsFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void tls_data();
    void tls();

private:
    QString m_certs;
    QStringList m_clientEnvironment;
};

void TestTlsFaults::initTestCase()
{
    m_certs = certsDir();
    if (m_certs.isEmpty())
        QFAIL("the certificates are missing: run through ctest (fixture \"certs\")");
    // This process plays the servers, some with SHA-1 or 1024-bit certificates or TLS 1.0 only, which
    // OpenSSL loads only at security level 0 (set before Qt loads OpenSSL). The client, smtpdoctor,
    // runs with the system's own configuration.
    m_clientEnvironment = { QStringLiteral("OPENSSL_CONF=") + qEnvironmentVariable("OPENSSL_CONF", QStringLiteral("/usr/lib/ssl/openssl.cnf")) };
    qputenv("OPENSSL_CONF", QFile::encodeName(m_certs + QStringLiteral("/server-openssl.cnf")));
}

void TestTlsFaults::tls_data()
{
    QTest::addColumn<QString>("chain");     // certificate file the server presents ("" = no TLS on the server)
    QTest::addColumn<bool>("implicitTls");  // the server does TLS from the first byte
    QTest::addColumn<bool>("tls10Only");   // the server speaks TLS 1.0 and nothing newer
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QStringList>("args");   // besides --ca-file root-ca.pem, which every row gets
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("finding");    // "" = the step passes
    QTest::addColumn<bool>("authExpected");  // the password must (true) or must not (false) reach the server

    const QStringList starttls = lines({ "--security", "starttls", "--timeout", "3" });
    const QStringList implicit = lines({ "--security", "tls", "--timeout", "3" });
    const QStringList consent = lines({ "--allow-insecure" });
    const bool weakServer = false;
    const bool noOptions = false;
    const QStringList viaStarttls = starttlsScript(ehloAuthThenAnything);

    QTest::newRow("valid, STARTTLS") << "good.pem" << false << noOptions << viaStarttls << starttls << "auth" << QString() << true;
    QTest::newRow("valid, TLS from the start") << "good.pem" << true << noOptions << implicitScript << implicit << "auth" << QString() << true;
    QTest::newRow("intermediate sent along") << "full-chain.pem" << true << noOptions << implicitScript << implicit << "tls" << QString() << true;

    struct Bad { const char* file; const char* finding; };
    for (const Bad& bad : { Bad { "expired.pem", "tls.certificate-expired" }, Bad { "notyet.pem", "tls.certificate-not-yet-valid" },
             Bad { "selfsigned.pem", "tls.certificate-self-signed" }, Bad { "wrongname.pem", "tls.certificate-hostname-mismatch" },
             Bad { "untrusted.pem", "tls.certificate-untrusted" }, Bad { "missing-intermediate.pem", "tls.certificate-untrusted" },
             Bad { "sha1.pem", "tls.certificate-weak" }, Bad { "hostile-name.pem", "tls.certificate-hostname-mismatch" } }) {
        QTest::addRow("%s, STARTTLS", bad.file) << bad.file << false << weakServer << viaStarttls << starttls << "tls" << bad.finding << false;
        QTest::addRow("%s, TLS from the start", bad.file) << bad.file << true << weakServer << implicitScript << implicit << "tls" << bad.finding << false;
    }
    QTest::newRow("RSA-1024 key, TLS from the start") << "rsa1024.pem" << true << weakServer << implicitScript << implicit << "tls" << "tls.certificate-weak" << false;
    QTest::newRow("RSA-1024 key, STARTTLS") << "rsa1024.pem" << false << weakServer << viaStarttls << starttls << "tls" << "tls.certificate-weak" << false;
    // "Continue anyway" for this one certificate: consent lets the password through, the finding stays.
    QTest::newRow("self-signed with consent") << "selfsigned.pem" << false << noOptions << viaStarttls << starttls + consent << "tls"
                                              << "tls.certificate-self-signed" << true;
    QTest::newRow("expired with consent, TLS from the start") << "expired.pem" << true << noOptions << implicitScript << implicit + consent
                                                              << "tls" << "tls.certificate-expired" << true;

    // STARTTLS injection: the injected 250 must not count, and nothing learned in clear survives TLS
    // (the clear EHLO offered AUTH; the one over TLS does not, so AUTH must not be tried).
    QTest::newRow("STARTTLS injection") << "good.pem" << false << noOptions
                                        << starttlsScript(lines({ "C: EHLO *", "S: 250-tls.example", "S: 250 SIZE 1000", "C: *", "S: 221 bye" }),
                                               "R: 220 2.0.0 go ahead\\r\\n250-injected\\r\\n250 AUTH PLAIN LOGIN\\r\\n")
                                        << starttls << "tls" << "tls.starttls-injection" << false;

    // Broken handshakes and broken encrypted streams.
    QTest::newRow("TLS alert instead of a handshake") << QString() << false << noOptions << lines({ "R: \\x15\\x03\\x03\\x00\\x02\\x02\\x28", "X:" })
                                                      << implicit << "tls" << "tls.handshake-failed" << false;
    // The handshake worked; what broke is the stream over it, as with TLS from the start (issue 14).
    QTest::newRow("garbage record after STARTTLS")
        << "good.pem" << false << noOptions
        << starttlsScript(lines({ "J: \\x17\\x03\\x03\\x00\\x20garbage-garbage-garbage-garbage!", "Z:" }))
        << starttls << "tls"
        << "server.protocol-error" << false;
    QTest::newRow("garbage record, TLS from the start") << "good.pem" << true << noOptions
                                                        << lines({ "J: \\x17\\x03\\x03\\x00\\x20garbage-garbage-garbage-garbage!", "Z:" })
                                                        << implicit << "server" << "server.protocol-error" << false;
    QTest::newRow("plain garbage inside TLS") << "good.pem" << true << noOptions << lines({ "N: 4096", "Z:" }) << implicit << "server"
                                              << "server.protocol-error" << false;

    // Only TLS 1.0: this computer refuses it; the report names the version.
    const bool tls10 = true;
    QTest::newRow("TLS 1.0 only, TLS from the start") << "good.pem" << true << tls10 << implicitScript << implicit << "tls"
                                                      << "tls.protocol-outdated" << false;
    QTest::newRow("TLS 1.0 only, STARTTLS") << "good.pem" << false << tls10 << viaStarttls << starttls << "tls" << "tls.protocol-outdated" << false;

    // The 465/587 mix-up, both ways.
    QTest::newRow("TLS from the start to a STARTTLS port") << "good.pem" << false << noOptions << viaStarttls << implicit << "tls"
                                                           << "tls.mode-mismatch" << true;
    QTest::newRow("STARTTLS to a TLS-from-the-start port") << "good.pem" << true << noOptions << implicitScript << starttls << "tls"
                                                           << "tls.mode-mismatch" << true;
}

void TestTlsFaults::tls()
{
    QFETCH(QString, chain);
    QFETCH(bool, implicitTls);
    QFETCH(bool, tls10Only);
    QFETCH(QStringList, script);
    QFETCH(QStringList, args);
    QFETCH(QString, step);
    QFETCH(QString, finding);
    QFETCH(bool, authExpected);

    ScriptedServer server(script);
    if (!chain.isEmpty()) {
        const QString key = chain == QLatin1String("rsa1024.pem") ? QStringLiteral("rsa1024.key") : QStringLiteral("leaf.key");
        QVERIFY(server.setTlsFiles(m_certs + QLatin1Char('/') + chain, m_certs + QLatin1Char('/') + key));
    }
    server.setImplicitTls(implicitTls);
    server.setTls10Only(tls10Only);
    QVERIFY(server.listen());

    const CheckRun run = runCheck(server.port(), args + QStringList { QStringLiteral("--ca-file"), m_certs + QStringLiteral("/root-ca.pem") }, Password,
        m_clientEnvironment);
    QVERIFY2(!run.process.timedOut, run.process.err.constData());
    QVERIFY2(!run.report.isEmpty(), run.process.err.constData());
    if (finding.isEmpty())
        QVERIFY2(run.status(step) == QLatin1String("pass"), qPrintable(run.allFindingIds().join(QLatin1Char(' '))));
    else
        QVERIFY2(run.findingIds(step).contains(finding), qPrintable(run.allFindingIds().join(QLatin1Char(' '))));
    QVERIFY2(run.elapsedMs < 40000, qPrintable(QStringLiteral("took %1 ms").arg(run.elapsedMs)));

    QTest::qWait(50);
    bool sawAuth = false;
    for (const QString& line : server.received()) {
        if (line.startsWith(QLatin1String("AUTH"))) {
            sawAuth = true;
            QCOMPARE(line, PlainAuth); // the password with space, colon and umlaut arrives intact
        }
    }
    QCOMPARE(sawAuth, authExpected);
    if (authExpected)
        QCOMPARE(run.status(QStringLiteral("auth")), QStringLiteral("pass"));
    else if (run.findingIds(QStringLiteral("auth")).contains(QStringLiteral("auth.insecure-refused")))
        QVERIFY(run.status(QStringLiteral("auth")) != QLatin1String("pass"));

    const QStringList unsafe = unsafeStrings(run.report);
    QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe.join(QLatin1String(" | "))));
    for (const QByteArray& form : secretForms(Password)) {
        QVERIFY(!run.process.out.contains(form));
        QVERIFY(!run.process.err.contains(form));
    }
    if (QByteArray(QTest::currentDataTag()).startsWith("STARTTLS injection")) {
        // The injected lines were dropped unread: the transcript says so, and the EHLO over TLS was answered.
        bool discarded = false;
        for (const QString& t : run.transcriptTexts())
            discarded = discarded || t.startsWith(QLatin1String("Discarded "));
        QVERIFY(discarded);
        QVERIFY(run.findingIds(QStringLiteral("auth")).contains(QStringLiteral("auth.not-offered")));
        QVERIFY(server.received().count(QStringLiteral("EHLO [127.0.0.1]")) == 2);
    }
    if (finding == QLatin1String("tls.protocol-outdated"))
        QVERIFY2(run.finding(finding).value(QStringLiteral("title")).toString().contains(QLatin1String("TLS 1.0")),
            qPrintable(run.finding(finding).value(QStringLiteral("title")).toString()));
    if (finding == QLatin1String("tls.certificate-hostname-mismatch") && chain == QLatin1String("wrongname.pem"))
        QVERIFY(run.finding(finding).value(QStringLiteral("fix")).toString().contains(QLatin1String("other.example.test")));
}

QTEST_GUILESS_MAIN(TestTlsFaults)
#include "tst_tlsfaults.moc"
