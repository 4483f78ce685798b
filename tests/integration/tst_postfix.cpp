// `smtpdoctor check` against a real Postfix (tests/fixtures/mta): the good paths, a wrong password,
// the plain port, relaying, and the promise that no password is sent where it must not be.
#include "mtafixture.h"
#include "reportreader.h"

#include <QJsonArray>
#include <QTest>

class TestPostfix : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void goodPath_data();
    void goodPath();
    void wrongPassword();
    void plainPortWithoutCredentials();
    void relayDeniedWithoutAuth();
    void testMessageAccepted();
    void noPasswordToUnverifiedServer_data();
    void noPasswordToUnverifiedServer();
    void portSweepFindsNothingElse();

private:
    QStringList base(quint16 port, const QString& security) const;
    ProcessResult run(const QStringList& args, bool withPassword, const QString& password = {});
    // Postfix's own account of the connections since `offset`: its "disconnect from" summary lines.
    // Postfix's per-session summary lines after `offset`, of one service ("plain", "submission").
    QByteArray serverSummariesSince(qsizetype offset, const QByteArray& service) const;

    MtaFixture m_mta;
};

void TestPostfix::initTestCase()
{
    m_mta = MtaFixture::load();
    if (!m_mta.isValid())
        QFAIL(qPrintable(m_mta.error)); // the fixture is required: never pass silently without it
}

QStringList TestPostfix::base(quint16 port, const QString& security) const
{
    return { QStringLiteral("check"), QStringLiteral("--host"), m_mta.host, QStringLiteral("--port"), QString::number(port),
        QStringLiteral("--security"), security, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
        QStringLiteral("en"), QStringLiteral("--timeout"), QStringLiteral("5") };
}

ProcessResult TestPostfix::run(const QStringList& args, bool withPassword, const QString& password)
{
    const QString pw = password.isEmpty() ? m_mta.password : password;
    const ProcessResult r = runSmtpDoctor(args, withPassword ? pw.toUtf8() + '\n' : QByteArray(), 60000);
    [&] {
        QVERIFY2(!r.timedOut, r.err.constData());
        // The promise that always holds: the password is never printed, in any form.
        QVERIFY(!r.out.contains(pw.toUtf8()));
        QVERIFY(!r.err.contains(pw.toUtf8()));
        QVERIFY(!r.out.contains(pw.toUtf8().toBase64()));
    }();
    return r;
}

QByteArray TestPostfix::serverSummariesSince(qsizetype offset, const QByteArray& service) const
{
    QByteArray out;
    for (const QByteArray& line : m_mta.serverLog().mid(offset).split('\n'))
        if (line.contains("disconnect from") && line.contains(QByteArray("postfix/" + service + "/smtpd[")))
            out += line + '\n';
    return out;
}

void TestPostfix::goodPath_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("submission with STARTTLS") << false;
    QTest::newRow("implicit TLS") << true;
}

void TestPostfix::goodPath()
{
    QFETCH(bool, implicitTls);
    const quint16 port = implicitTls ? m_mta.smtpsPort : m_mta.submissionPort;
    const QString security = implicitTls ? QStringLiteral("tls") : QStringLiteral("starttls");
    const ProcessResult r = run(base(port, security) + QStringList { QStringLiteral("--user"), m_mta.user,
        QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), m_mta.caFile }, true);
    const QJsonObject report = r.json();
    QVERIFY2(r.exitCode == 0, r.out.constData());
    for (const char* step : { "network", "server", "tls", "auth" })
        QCOMPARE(reportStatus(report, QLatin1String(step)), QStringLiteral("pass"));
    const QJsonObject rec = report.value(QStringLiteral("recommendation")).toObject();
    QCOMPARE(rec.value(QStringLiteral("port")).toInt(), int(port));
    QCOMPARE(rec.value(QStringLiteral("security")).toString(), security);
    QCOMPARE(rec.value(QStringLiteral("host")).toString(), m_mta.host);
    QCOMPARE(report.value(QStringLiteral("settings")).toObject().value(QStringLiteral("user")).toString(), m_mta.user);
    // AUTH went over the wire but shows as hidden in the transcript.
    bool sawAuth = false;
    for (const QJsonValue& e : report.value(QStringLiteral("transcript")).toArray()) {
        const QString text = e.toObject().value(QStringLiteral("text")).toString();
        if (text.startsWith(QLatin1String("AUTH ")))
            sawAuth = text.contains(QLatin1String("[hidden]")) || text == QLatin1String("AUTH LOGIN") || text == QLatin1String("AUTH CRAM-MD5");
    }
    QVERIFY(sawAuth);
}

void TestPostfix::wrongPassword()
{
    const ProcessResult r = run(base(m_mta.submissionPort, QStringLiteral("starttls")) + QStringList { QStringLiteral("--user"), m_mta.user,
        QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), m_mta.caFile }, true, QStringLiteral("not the password: ü"));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject auth = reportStep(r.json(), QStringLiteral("auth"));
    QCOMPARE(auth.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(reportFindingIds(auth), QStringList { QStringLiteral("auth.rejected") });
    const QJsonObject reply = auth.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("reply")).toObject();
    QCOMPARE(reply.value(QStringLiteral("code")).toInt(), 535);
    QCOMPARE(reply.value(QStringLiteral("enhanced")).toString(), QStringLiteral("5.7.8"));
    QVERIFY(!reply.value(QStringLiteral("text")).toString().isEmpty());
}

void TestPostfix::plainPortWithoutCredentials()
{
    const ProcessResult r = run(base(m_mta.plainPort, QStringLiteral("auto")), false);
    const QJsonObject report = r.json();
    QCOMPARE(reportStatus(report, QStringLiteral("server")), QStringLiteral("pass"));
    QCOMPARE(reportFindingIds(reportStep(report, QStringLiteral("tls"))), QStringList { QStringLiteral("tls.starttls-missing") });
    QCOMPARE(reportFindingIds(reportStep(report, QStringLiteral("auth"))), QStringList { QStringLiteral("auth.skipped") });
    QCOMPARE(reportStatus(report, QStringLiteral("auth")), QStringLiteral("skip"));
    QCOMPARE(r.exitCode, 1); // the missing encryption is a failure of the TLS step
    QVERIFY(report.value(QStringLiteral("recommendation")).isNull());
}

void TestPostfix::relayDeniedWithoutAuth()
{
    const ProcessResult r = run(base(m_mta.plainPort, QStringLiteral("none")) + QStringList { QStringLiteral("--email"),
        QStringLiteral("alice@example.test"), QStringLiteral("--send-to"), QStringLiteral("bob@example.org") }, false);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = r.json();
    const QJsonObject send = reportStep(report, QStringLiteral("send"));
    QCOMPARE(send.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(reportFindingIds(send), QStringList { QStringLiteral("send.relay-denied") });
    const QJsonObject reply = send.value(QStringLiteral("findings")).toArray().first().toObject().value(QStringLiteral("reply")).toObject();
    QCOMPARE(reply.value(QStringLiteral("code")).toInt(), 554);
    QVERIFY(reply.value(QStringLiteral("text")).toString().contains(QLatin1String("Relay access denied")));
    QCOMPARE(report.value(QStringLiteral("steps")).toArray().last().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("send"));
}

void TestPostfix::testMessageAccepted()
{
    const ProcessResult r = run(base(m_mta.submissionPort, QStringLiteral("starttls")) + QStringList { QStringLiteral("--user"), m_mta.user,
        QStringLiteral("--password-stdin"), QStringLiteral("--ca-file"), m_mta.caFile, QStringLiteral("--email"), m_mta.user,
        QStringLiteral("--send-to"), QStringLiteral("bob@example.org") }, true);
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const QJsonObject send = reportStep(r.json(), QStringLiteral("send"));
    QCOMPARE(send.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QCOMPARE(reportFindingIds(send), QStringList { QStringLiteral("send.accepted") });
}

void TestPostfix::noPasswordToUnverifiedServer_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("plain port, no consent") << QStringLiteral("plain");
    QTest::newRow("untrusted certificate, no consent") << QStringLiteral("untrusted");
}

void TestPostfix::noPasswordToUnverifiedServer()
{
    QFETCH(QString, which);
    QVERIFY2(m_mta.waitForQuietLog(), "an earlier session never ended in the server's log");
    const qsizetype logOffset = m_mta.serverLog().size();
    QStringList args = which == QLatin1String("plain")
        ? base(m_mta.plainPort, QStringLiteral("none"))
        : base(m_mta.submissionPort, QStringLiteral("starttls")); // no --ca-file: the test CA is unknown
    args << QStringLiteral("--user") << m_mta.user << QStringLiteral("--password-stdin");
    const ProcessResult r = run(args, true);
    const QJsonObject report = r.json();
    QVERIFY(reportFindingIds(reportStep(report, QStringLiteral("auth"))).contains(QStringLiteral("auth.insecure-refused")));
    if (which == QLatin1String("untrusted"))
        QVERIFY(reportFindingIds(reportStep(report, QStringLiteral("tls"))).contains(QStringLiteral("tls.certificate-untrusted")));
    for (const QJsonValue& e : report.value(QStringLiteral("transcript")).toArray())
        QVERIFY(!e.toObject().value(QStringLiteral("text")).toString().startsWith(QLatin1String("AUTH")));
    // The server's side of the story: Postfix counts every command of a session in its
    // "disconnect from ... ehlo=1 quit=1 commands=2" line; no auth= may appear.
    const QByteArray service = which == QLatin1String("plain") ? "plain" : "submission";
    QTRY_VERIFY_WITH_TIMEOUT(!serverSummariesSince(logOffset, service).isEmpty(), 10000);
    QVERIFY(m_mta.waitForQuietLog());
    const QByteArray summaries = serverSummariesSince(logOffset, service);
    QVERIFY2(!summaries.contains(" auth="), summaries.constData());
}

void TestPostfix::portSweepFindsNothingElse()
{
    // The fixture listens on high ports only: with an explicit port that works, no sweep is needed,
    // and with a wrong explicit port the other standard ports are tried and reported.
    const ProcessResult r = run(base(1, QStringLiteral("auto")), false);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject server = reportStep(r.json(), QStringLiteral("server"));
    QCOMPARE(server.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(reportFindingIds(server).contains(QStringLiteral("server.refused")));
    QVERIFY(r.json().value(QStringLiteral("ports")).toArray().size() >= 4);
}

QTEST_GUILESS_MAIN(TestPostfix)
#include "tst_postfix.moc"
