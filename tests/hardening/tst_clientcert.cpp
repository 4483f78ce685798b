// Issue 14, "Also": a server that demands a client certificate is a TLS requirement
// (tls.client-certificate-required), not a reset or a broken protocol. OpenSSL servers end such a
// handshake with an alert ("certificate required" in TLS 1.3, "handshake failure" in TLS 1.2, played by
// clientcert_server.py); Qt's server side just closes. Both ways, both TLS modes, both languages; and
// servers that fail the same moment for other reasons must not be called that.
#include "checkrun.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

namespace {

const QString Finding = QStringLiteral("tls.client-certificate-required");

struct Row
{
    const char* name;
    const char* server; // "openssl" (clientcert_server.py), "qt" (ScriptedServer)
    const char* tls; // "1.2", "1.3", or "" (Qt's default: both)
    bool implicitTls;
    bool requireCertificate;
    const char* script; // for the Qt server: "hangup" after TLS, or "alert" instead of a handshake
    const char* expected; // finding id expected in the tls or server step
};

// "hangup": TLS, then the connection closes; "alert": a handshake_failure alert where the handshake
// should be; "": TLS (which the client certificate requirement ends), then nothing more.
QStringList qtScript(const QString& kind, bool implicitTls)
{
    const QStringList tls = kind == QLatin1String("alert")
        ? lines({ "R: \\x15\\x03\\x03\\x00\\x02\\x02\\x28", "X:" })
        : kind == QLatin1String("hangup") ? lines({ "X:" })
                                          : lines({ "S: 250 never reached", "Z:" });
    if (implicitTls)
        return tls;
    return lines({ "S: 220 cc.example ESMTP", "C: EHLO *", "S: 250-cc.example", "S: 250-STARTTLS",
               "S: 250 AUTH PLAIN", "C: STARTTLS", "S: 220 go ahead" })
        + (kind == QLatin1String("alert") ? QStringList() : lines({ "T:" })) + tls;
}

} // namespace

class TestClientCert : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void clientCertificate_data();
    void clientCertificate();

private:
    QString m_certs;
};

void TestClientCert::initTestCase()
{
    m_certs = certsDir();
    if (m_certs.isEmpty())
        QFAIL("the certificates are missing: run through ctest (fixture \"certs\")");
}

void TestClientCert::clientCertificate_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("tls");
    QTest::addColumn<bool>("implicitTls");
    QTest::addColumn<bool>("requireCertificate");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("language");
    const Row rows[] = {
        { "OpenSSL, TLS 1.3 alert", "openssl", "1.3", true, true, "", "tls.client-certificate-required" },
        { "OpenSSL, TLS 1.2 handshake failure", "openssl", "1.2", true, true, "",
            "tls.client-certificate-required" },
        { "Qt, closes without a word", "qt", "", true, true, "", "tls.client-certificate-required" },
        { "Qt, TLS 1.2 only, closes mid-handshake", "qt", "1.2", true, true, "",
            "tls.client-certificate-required" },
        // The same moments, other reasons: no client certificate was asked for.
        { "hangs up right after the handshake", "qt", "", true, false, "hangup", "server.reset" },
        { "handshake failure alert instead of a handshake", "qt", "", true, false, "alert",
            "tls.handshake-failed" },
    };
    for (const Row& r : rows) {
        for (const bool implicit : { true, false }) {
            const char* how = implicit ? "TLS from the start" : "STARTTLS";
            for (const char* language : { "en", "ja" }) {
                if (QByteArray(language) == "ja"
                    && QByteArray(r.expected) != "tls.client-certificate-required")
                    continue;
                QTest::addRow("%s, %s, %s", r.name, how, language)
                    << QString::fromLatin1(r.server) << QString::fromLatin1(r.tls) << implicit
                    << r.requireCertificate << QString::fromLatin1(r.script)
                    << QString::fromLatin1(r.expected) << QString::fromLatin1(language);
            }
        }
    }
}

void TestClientCert::clientCertificate()
{
    QFETCH(QString, server);
    QFETCH(QString, tls);
    QFETCH(bool, implicitTls);
    QFETCH(bool, requireCertificate);
    QFETCH(QString, script);
    QFETCH(QString, expected);
    QFETCH(QString, language);

    quint16 port = 0;
    QProcess python;
    std::unique_ptr<ScriptedServer> qt;
    if (server == QLatin1String("openssl")) {
        python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        python.start(QStringLiteral("python3"),
            { QFINDTESTDATA("clientcert_server.py"), m_certs + QStringLiteral("/good.pem"),
                m_certs + QStringLiteral("/leaf.key"), m_certs + QStringLiteral("/root-ca.pem"),
                implicitTls ? QStringLiteral("implicit") : QStringLiteral("starttls"), tls });
        QVERIFY2(python.waitForStarted(10000), "python3 is needed (packaging/debian-packages.txt)");
        QVERIFY(python.waitForReadyRead(10000));
        port = quint16(python.readLine().trimmed().toUInt());
    } else {
        qt = std::make_unique<ScriptedServer>(qtScript(script, implicitTls));
        // The alert row plays its bytes in place of TLS: the server itself speaks no TLS there.
        if (script != QLatin1String("alert")) {
            QVERIFY(qt->setTlsFiles(
                m_certs + QStringLiteral("/good.pem"), m_certs + QStringLiteral("/leaf.key")));
            qt->setImplicitTls(implicitTls);
        }
        qt->setClientCertificateRequired(requireCertificate);
        if (tls == QLatin1String("1.2"))
            qt->setTlsProtocol(QSsl::TlsV1_2);
        QVERIFY(qt->listen());
        port = qt->port();
    }
    QVERIFY(port != 0);

    const CheckRun run = runCheckIn(language, port,
        { QStringLiteral("--security"), implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls"),
            QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--ca-file"),
            m_certs + QStringLiteral("/root-ca.pem") },
        QStringLiteral("secret"));
    if (python.state() != QProcess::NotRunning) {
        python.closeWriteChannel(); // its standard input closes: it ends
        if (!python.waitForFinished(5000))
            python.kill();
        python.waitForFinished(5000);
    }
    QVERIFY2(!run.process.timedOut && !run.report.isEmpty(), run.process.err.constData());
    const QString all = run.allFindingIds().join(QLatin1Char(' '));
    const QString step = expected.startsWith(QLatin1String("server.")) && implicitTls
        ? QStringLiteral("server")
        : QStringLiteral("tls");
    if (!run.findingIds(step).contains(expected))
        qWarning().noquote() << run.transcriptTexts().join(QLatin1Char('\n'));
    QVERIFY2(run.findingIds(step).contains(expected), qPrintable(all));
    if (expected != Finding)
        QVERIFY2(!all.contains(Finding), qPrintable(all));
    else {
        QVERIFY2(!all.contains(QLatin1String("server.reset"))
                && !all.contains(QLatin1String("tls.handshake-failed")),
            qPrintable(all));
        const QJsonObject f = run.finding(Finding);
        const QString title = f.value(QStringLiteral("title")).toString();
        QVERIFY(!f.value(QStringLiteral("fix")).toString().isEmpty());
        if (language == QLatin1String("ja"))
            QVERIFY2(title.contains(QStringLiteral("証明書")), qPrintable(title));
        else
            QVERIFY2(title.contains(QLatin1String("certificate")), qPrintable(title));
        QCOMPARE(run.status(QStringLiteral("tls")), QStringLiteral("fail"));
    }
    QCOMPARE(run.process.exitCode, 1);
    if (qt)
        for (const QString& line : qt->received())
            QVERIFY2(!line.startsWith(QLatin1String("AUTH")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestClientCert)
#include "tst_clientcert.moc"
