// What the user types is understood before anything is sent: "host:587", a pasted smtp:// or
// smtps:// URL, an IPv6 literal and an IDN name; and refused when it could inject SMTP commands
// (CR or LF in the host, an address or the user name), with exit code 2 and no connection at all.
#include "checkrun.h"
#include "scriptedserver.h"

#include <QJsonObject>
#include <QTest>

namespace {

const QStringList PlainServer { QStringLiteral("S: 220 x ESMTP"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"),
    QStringLiteral("S: 250 SIZE 1000"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye") };

} // namespace

class TestInputForms : public QObject
{
    Q_OBJECT
private slots:
    void hostForms_data();
    void hostForms();
    void tlsUrl();
    void idnName();
    void injectionRefused_data();
    void injectionRefused();
};

void TestInputForms::hostForms_data()
{
    QTest::addColumn<QString>("host"); // %1 is the server's port
    QTest::addColumn<bool>("ipv6");
    QTest::newRow("host:port") << "127.0.0.1:%1" << false;
    QTest::newRow("smtp:// URL") << "smtp://127.0.0.1:%1" << false;
    QTest::newRow("smtp:// URL with a slash") << "smtp://127.0.0.1:%1/" << false;
    QTest::newRow("IPv6 literal with port") << "[::1]:%1" << true;
}

void TestInputForms::hostForms()
{
    QFETCH(QString, host);
    QFETCH(bool, ipv6);
    ScriptedServer server(PlainServer);
    if (!server.listen(ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6) : QHostAddress(QHostAddress::LocalHost)))
        QSKIP("this machine has no IPv6 loopback");
    const CheckRun run = runCheckWith({ QStringLiteral("--host"), host.arg(server.port()), QStringLiteral("--security"), QStringLiteral("none"),
        QStringLiteral("--timeout"), QStringLiteral("3") });
    QVERIFY2(!run.process.timedOut, run.process.err.constData());
    QVERIFY2(run.status(QStringLiteral("server")) == QLatin1String("pass"), run.process.out.constData());
    QCOMPARE(run.report.value(QStringLiteral("settings")).toObject().value(QStringLiteral("port")).toInt(), int(server.port()));
    QCOMPARE(server.received().value(0), ipv6 ? QStringLiteral("EHLO [IPv6:::1]") : QStringLiteral("EHLO [127.0.0.1]"));
}

void TestInputForms::tlsUrl()
{
    // smtps:// means TLS from the start; the certificate is for localhost.
    const QString certs = certsDir();
    if (certs.isEmpty())
        QFAIL("the certificates are missing: run through ctest (fixture \"certs\")");
    ScriptedServer server(PlainServer);
    QVERIFY(server.setTlsFiles(certs + QStringLiteral("/good.pem"), certs + QStringLiteral("/leaf.key")));
    server.setImplicitTls(true);
    QVERIFY(server.listen());
    const CheckRun run = runCheckWith({ QStringLiteral("--host"), QStringLiteral("smtps://localhost:%1").arg(server.port()),
        QStringLiteral("--ca-file"), certs + QStringLiteral("/root-ca.pem"), QStringLiteral("--timeout"), QStringLiteral("3") });
    QVERIFY2(!run.process.timedOut, run.process.err.constData());
    QVERIFY2(run.status(QStringLiteral("tls")) == QLatin1String("pass"), run.process.out.constData());
    QCOMPARE(run.report.value(QStringLiteral("settings")).toObject().value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
    QVERIFY(server.encryptedCount() >= 1);
}

void TestInputForms::idnName()
{
    // An IDN name is looked up in its ASCII (punycode) form; ".invalid" never resolves, quickly.
    const CheckRun run = runCheckWith({ QStringLiteral("--host"), QStringLiteral("b\u00fccher.invalid"), QStringLiteral("--port"), QStringLiteral("587"),
        QStringLiteral("--timeout"), QStringLiteral("3") });
    QVERIFY2(!run.process.timedOut, run.process.err.constData());
    QCOMPARE(run.process.exitCode, 1);
    QVERIFY2(run.findingIds(QStringLiteral("network")).contains(QStringLiteral("network.dns-failed")), run.process.out.constData());
    QCOMPARE(run.report.value(QStringLiteral("settings")).toObject().value(QStringLiteral("host")).toString(), QStringLiteral("xn--bcher-kva.invalid"));
}

void TestInputForms::injectionRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::newRow("CRLF in the host") << "--host" << "127.0.0.1\r\nQUIT";
    QTest::newRow("LF in the host") << "--host" << "127.0.0.1\nQUIT";
    QTest::newRow("CRLF in the user name") << "--user" << "alice\r\nRSET";
    QTest::newRow("CR in the email") << "--email" << "alice@example.test\rRCPT TO:<x@example.org>";
    QTest::newRow("LF in the recipient") << "--send-to" << "bob@example.org\nDATA";
    QTest::newRow("angle bracket in the recipient") << "--send-to" << "bob@example.org> NOTIFY=NEVER";
}

void TestInputForms::injectionRefused()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    ScriptedServer server(PlainServer);
    QVERIFY(server.listen());
    QStringList args { QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("none") };
    const qsizetype at = args.indexOf(option);
    if (at >= 0)
        args[at + 1] = value;
    else
        args << option << value;
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
        const ProcessResult r = runSmtpDoctor(args + QStringList { QStringLiteral("--lang"), lang }, {}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
    }
    QTest::qWait(50);
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestInputForms)
#include "tst_inputforms.moc"
