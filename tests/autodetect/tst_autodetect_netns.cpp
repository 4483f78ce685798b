// Autodetection against real services: dnsmasq answering SRV, MX and A records and an HTTPS server with
// a test CA serving autoconfig files, all inside the namespace with-test-dns.sh builds (see there).
// Also `smtpdoctor check --email` without --host, end to end.
#include "core/autodetect/autodetector.h"
#include "core/i18n/language.h"
#include "mtafixture.h"
#include "scriptedserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;

class TestAutodetectNetns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void srvBothKinds();
    void srvStartTlsOnly();
    void srvSaysNoService();
    void testNamesAreLookedUp();
    void mxIsOnlyAHint();
    void mxOfAKnownProvider_data();
    void mxOfAKnownProvider();
    void autoconfigFromSubdomain();
    void autoconfigFromWellKnownPath();
    void autoconfigNeedsATrustedCertificate();
    void autoconfigTooLarge();
    void autoconfigThatNeverAnswers();
    void knownProviderNeedsNoNetwork();
    void checkWithoutHostUsesAutoconfig();
    void checkWithoutHostUsesProviderTable();
    void checkWithoutHostNothingFound();

private:
    QList<DetectedServer> detect(const QString& email, bool trustTestCa = true, int timeoutMs = 5000, QStringList* log = nullptr);
    void writeFile(const QString& host, const QString& path, const QByteArray& content);
    QByteArray requests() const;
    static QByteArray autoconfig(const QByteArray& host, quint16 port, const QByteArray& socketType);

    QString m_dir;
    QList<QSslCertificate> m_ca;
};

void TestAutodetectNetns::initTestCase()
{
    Language::install(QStringLiteral("en"));
    m_dir = qEnvironmentVariable("SMTPDOCTOR_TEST_DNS_DIR");
    if (m_dir.isEmpty())
        QSKIP("needs the test DNS namespace: run through ctest (tests/autodetect/with-test-dns.sh, root)");
    m_ca = QSslCertificate::fromPath(m_dir + QStringLiteral("/ca.pem"));
    QCOMPARE(m_ca.size(), 1);
}

QList<DetectedServer> TestAutodetectNetns::detect(const QString& email, bool trustTestCa, int timeoutMs, QStringList* log)
{
    Autodetector detector;
    detector.setTimeoutMs(timeoutMs);
    if (trustTestCa)
        detector.setExtraCaCertificates(m_ca);
    QSignalSpy finished(&detector, &Autodetector::finished);
    detector.start(email);
    // Bounded far above the timeout: only a hang fails here.
    if (!finished.wait(timeoutMs + 10000))
        return { DetectedServer { DetectionSource::Mx, QStringLiteral("did not finish"), {}, {}, 0, Security::Auto, UserNameForm::Unknown, false, {} } };
    if (log)
        *log = detector.log();
    return detector.results();
}

void TestAutodetectNetns::writeFile(const QString& host, const QString& path, const QByteArray& content)
{
    const QString file = m_dir + QStringLiteral("/www/") + host + path;
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray TestAutodetectNetns::requests() const
{
    QFile f(m_dir + QStringLiteral("/requests.log"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray TestAutodetectNetns::autoconfig(const QByteArray& host, quint16 port, const QByteArray& socketType)
{
    return "<?xml version=\"1.0\"?>\n<clientConfig version=\"1.1\"><emailProvider id=\"x\"><outgoingServer type=\"smtp\"><hostname>" + host
        + "</hostname><port>" + QByteArray::number(port) + "</port><socketType>" + socketType
        + "</socketType><username>%EMAILADDRESS%</username></outgoingServer></emailProvider></clientConfig>\n";
}

void TestAutodetectNetns::srvBothKinds()
{
    const QList<DetectedServer> r = detect(QStringLiteral("alice@srv.sdtest"));
    QVERIFY(r.size() >= 2);
    QCOMPARE(r[0].source, DetectionSource::Srv);
    QCOMPARE(r[0].host, QStringLiteral("smtp.srv.sdtest"));
    QCOMPARE(r[0].port, quint16(465));
    QCOMPARE(r[0].security, Security::Tls); // _submissions first (RFC 8314)
    QVERIFY(r[0].origin.contains(QStringLiteral("_submissions._tcp.srv.sdtest")));
    QCOMPARE(r[1].port, quint16(587));
    QCOMPARE(r[1].security, Security::StartTls);
}

void TestAutodetectNetns::srvStartTlsOnly()
{
    const QList<DetectedServer> r = detect(QStringLiteral("alice@sub.sdtest"));
    QVERIFY(!r.isEmpty());
    QCOMPARE(r[0].source, DetectionSource::Srv);
    QCOMPARE(r[0].host, QStringLiteral("mail.sub.sdtest"));
    QCOMPARE(r[0].port, quint16(587));
    QCOMPARE(r[0].security, Security::StartTls);
}

void TestAutodetectNetns::srvSaysNoService()
{
    QStringList log;
    const QList<DetectedServer> r = detect(QStringLiteral("alice@none.sdtest"), true, 5000, &log);
    QVERIFY2(r.isEmpty(), qPrintable(r.value(0).host));
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("_submissions._tcp.none.sdtest SRV")), qPrintable(log.join(QLatin1Char('\n'))));
}

void TestAutodetectNetns::testNamesAreLookedUp()
{
    // RFC 6761: *.test is a name like any other for applications; a test network serves it itself.
    QStringList log;
    const QList<DetectedServer> r = detect(QStringLiteral("alice@corp.test"), true, 5000, &log);
    QVERIFY2(!r.isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
    QCOMPARE(r[0].host, QStringLiteral("smtp.corp.test"));
    QCOMPARE(r[0].port, quint16(587));
    QCOMPARE(r[0].source, DetectionSource::Srv);
}

void TestAutodetectNetns::mxIsOnlyAHint()
{
    const QList<DetectedServer> r = detect(QStringLiteral("alice@mxonly.sdtest"));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].source, DetectionSource::Mx);
    QCOMPARE(r[0].host, QStringLiteral("mx1.mxonly.sdtest"));
    QCOMPARE(r[0].port, quint16(0)); // the port sweep decides
    QCOMPARE(r[0].notes.size(), 1);
    QVERIFY(r[0].notes[0].toString().contains(QStringLiteral("receives mail")));
}

void TestAutodetectNetns::mxOfAKnownProvider_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("provider");
    QTest::newRow("google workspace") << QStringLiteral("alice@workspace.sdtest") << QStringLiteral("smtp.gmail.com") << QStringLiteral("Google Workspace");
    QTest::newRow("xserver") << QStringLiteral("alice@xs.sdtest") << QStringLiteral("sv1234.xserver.jp") << QStringLiteral("Xserver");
}

void TestAutodetectNetns::mxOfAKnownProvider()
{
    QFETCH(QString, email);
    QFETCH(QString, host);
    QFETCH(QString, provider);
    const QList<DetectedServer> r = detect(email);
    QVERIFY(r.size() >= 2);
    QCOMPARE(r[0].source, DetectionSource::ProviderByMx);
    QCOMPARE(r[0].host, host);
    QCOMPARE(r[0].providerName, provider);
    QCOMPARE(r.last().source, DetectionSource::Mx); // the raw MX stays the last resort
}

void TestAutodetectNetns::autoconfigFromSubdomain()
{
    writeFile(QStringLiteral("autoconfig.ac.sdtest"), QStringLiteral("/mail/config-v1.1.xml"), autoconfig("smtp.%EMAILDOMAIN%", 465, "SSL"));
    const QList<DetectedServer> r = detect(QStringLiteral("alice+x@ac.sdtest"));
    QVERIFY(!r.isEmpty());
    QCOMPARE(r[0].source, DetectionSource::Autoconfig);
    QCOMPARE(r[0].host, QStringLiteral("smtp.ac.sdtest"));
    QCOMPARE(r[0].port, quint16(465));
    QCOMPARE(r[0].security, Security::Tls);
    QCOMPARE(r[0].origin, QStringLiteral("https://autoconfig.ac.sdtest/mail/config-v1.1.xml"));
    QVERIFY2(requests().contains("autoconfig.ac.sdtest /mail/config-v1.1.xml?emailaddress=alice%2Bx%40ac.sdtest"), requests().constData());
}

void TestAutodetectNetns::autoconfigFromWellKnownPath()
{
    writeFile(QStringLiteral("wk.sdtest"), QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"), autoconfig("mail.wk.sdtest", 587, "STARTTLS"));
    const QList<DetectedServer> r = detect(QStringLiteral("alice@wk.sdtest"));
    QVERIFY(!r.isEmpty());
    QCOMPARE(r[0].source, DetectionSource::Autoconfig);
    QCOMPARE(r[0].host, QStringLiteral("mail.wk.sdtest"));
    QCOMPARE(r[0].port, quint16(587));
    QCOMPARE(r[0].origin, QStringLiteral("https://wk.sdtest/.well-known/autoconfig/mail/config-v1.1.xml"));
}

void TestAutodetectNetns::autoconfigNeedsATrustedCertificate()
{
    writeFile(QStringLiteral("autoconfig.ac.sdtest"), QStringLiteral("/mail/config-v1.1.xml"), autoconfig("smtp.ac.sdtest", 465, "SSL"));
    QStringList log;
    const QList<DetectedServer> r = detect(QStringLiteral("alice@ac.sdtest"), false, 5000, &log);
    for (const DetectedServer& s : r)
        QVERIFY(s.source != DetectionSource::Autoconfig);
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("autoconfig.ac.sdtest")), qPrintable(log.join(QLatin1Char('\n'))));
}

void TestAutodetectNetns::autoconfigTooLarge()
{
    QStringList log;
    const QList<DetectedServer> r = detect(QStringLiteral("alice@big.sdtest"), true, 10000, &log);
    QVERIFY(r.isEmpty());
    QVERIFY2(log.join(QLatin1Char('\n')).contains(QStringLiteral("larger than")), qPrintable(log.join(QLatin1Char('\n'))));
}

void TestAutodetectNetns::autoconfigThatNeverAnswers()
{
    QStringList log;
    const QList<DetectedServer> r = detect(QStringLiteral("alice@slow.sdtest"), true, 1500, &log);
    QVERIFY2(r.isEmpty(), qPrintable(r.value(0).origin));
}

void TestAutodetectNetns::knownProviderNeedsNoNetwork()
{
    const QByteArray before = requests();
    QStringList log;
    const QList<DetectedServer> r = detect(QStringLiteral("taro@ocn.ne.jp"), true, 5000, &log);
    QVERIFY(r.size() >= 2);
    QCOMPARE(r[0].source, DetectionSource::ProviderTable);
    QCOMPARE(r[0].host, QStringLiteral("smtp.ocn.ne.jp"));
    QCOMPARE(r[0].userForm, UserNameForm::Address);
    QVERIFY(r[0].origin.contains(QStringLiteral("checked")));
    QCOMPARE(requests(), before);
    for (const QString& line : std::as_const(log))
        QVERIFY2(!line.startsWith(QLatin1String("dns:")) && !line.startsWith(QLatin1String("autoconfig:")), qPrintable(line));
}

void TestAutodetectNetns::checkWithoutHostUsesAutoconfig()
{
    ScriptedServer server({ QStringLiteral("S: 220 test ESMTP"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-test"), QStringLiteral("S: 250 SIZE 1000"),
        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X:") });
    QVERIFY(server.listen());
    writeFile(QStringLiteral("autoconfig.ac.sdtest"), QStringLiteral("/mail/config-v1.1.xml"), autoconfig("smtp.ac.sdtest", server.port(), "plain"));
    const QString ca = m_dir + QStringLiteral("/ca.pem");
    const ProcessResult json = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("bob@ac.sdtest"), QStringLiteral("--ca-file"), ca,
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(!json.timedOut, json.err.constData());
    const QJsonObject settings = json.json().value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("host")).toString(), QStringLiteral("smtp.ac.sdtest"));
    QCOMPARE(settings.value(QStringLiteral("port")).toInt(), int(server.port()));
    QCOMPARE(settings.value(QStringLiteral("security")).toString(), QStringLiteral("none"));
    bool said = false;
    for (const QJsonValue& e : json.json().value(QStringLiteral("transcript")).toArray()) {
        const QString text = e.toObject().value(QStringLiteral("text")).toString();
        said = said || (text.contains(QStringLiteral("autodetection (autoconfig)")) && text.contains(QStringLiteral("https://autoconfig.ac.sdtest/")));
    }
    QVERIFY(said);
    QCOMPARE(server.connectionCount(), 1);

    const ProcessResult text = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("bob@ac.sdtest"), QStringLiteral("--ca-file"), ca,
        QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(text.out.contains(QByteArray("Server found from your email address: smtp.ac.sdtest, port " + QByteArray::number(server.port()))), text.out.constData());
    QVERIFY(text.out.contains("autoconfig"));
}

void TestAutodetectNetns::checkWithoutHostUsesProviderTable()
{
    // No DNS for gmail.com in here: the check itself fails, but the settings came from the table.
    const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("someone@gmail.com"),
        QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(!r.timedOut, r.err.constData());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject settings = r.json().value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("host")).toString(), QStringLiteral("smtp.gmail.com"));
    QCOMPARE(settings.value(QStringLiteral("port")).toInt(), 465);
    QCOMPARE(settings.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));
}

void TestAutodetectNetns::checkWithoutHostNothingFound()
{
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
        const ProcessResult r = runSmtpDoctor({ QStringLiteral("check"), QStringLiteral("--email"), QStringLiteral("bob@none.sdtest"),
            QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--lang"), lang });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("bob@none.sdtest"));
        QVERIFY(r.err.contains("--host"));
    }
}

QTEST_GUILESS_MAIN(TestAutodetectNetns)
#include "tst_autodetect_netns.moc"
