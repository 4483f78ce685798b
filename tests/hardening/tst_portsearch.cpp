// Issue 14, class 7: a broken port does not hide a working one. With the port left to the sweep, a
// more preferred port that greets but shows a certificate this computer cannot trust (or where STARTTLS
// fails) must not end the search while another port works end to end with a verified certificate: the
// run goes on there, recommends it and says why (server.port-suggestion). The standard mail ports are needed,
// so the test runs in a private network namespace (servers on 127.0.0.1:465/587/25/2525 of its own).
#include "checkrun.h"
#include "privatenetwork.h"
#include "scriptedserver.h"
#include "scriptlines.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

namespace {

const QString Password = QStringLiteral("S3cret: pass w\u00f6rd");

QStringList implicitScript()
{
    return lines({ "S: 220 mail.example ESMTP", "C: EHLO *", "S: 250-mail.example", "S: 250 AUTH PLAIN",
        "C: *", "S: 235 2.7.0 Accepted", "C: *", "S: 221 bye" });
}

QStringList starttlsScript(const char* startTlsReply = "S: 220 2.0.0 go ahead")
{
    return lines({ "S: 220 mail.example ESMTP", "C: EHLO *", "S: 250-mail.example", "S: 250-STARTTLS",
               "S: 250 AUTH PLAIN", "C: *" })
        + QStringList { QString::fromLatin1(startTlsReply) }
    + lines({ "T:", "C: EHLO *", "S: 250-mail.example", "S: 250 AUTH PLAIN", "C: *", "S: 235 2.7.0 Accepted",
        "C: *", "S: 221 bye" });
}

} // namespace

class TestPortSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void search_data();
    void search();

private:
    QString m_certs;
};

void TestPortSearch::initTestCase()
{
    if (!privateNetworkError().isEmpty())
        QSKIP(qPrintable(privateNetworkError()));
    m_certs = certsDir();
    if (m_certs.isEmpty())
        QFAIL("the certificates are missing: run through ctest (fixture \"certs\")");
}

void TestPortSearch::search_data()
{
    // Each port: the certificate its server presents, "" = nothing listens there.
    QTest::addColumn<QString>("on465");
    QTest::addColumn<QString>("on587");
    QTest::addColumn<QString>("on25");
    QTest::addColumn<QString>("startTlsReply587"); // "" = 220
    QTest::addColumn<int>("recommended"); // 0 = none
    QTest::addColumn<bool>("suggestion"); // server.port-suggestion expected
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tlsFinding"); // expected in the TLS step without a recommendation ("" = any)
    const QString none;
    for (const char* language : { "en", "ja" })
        QTest::addRow("465 self-signed, 587 verified, %s", language)
            << "selfsigned.pem"
            << "good.pem" << none << none << 587 << true << language << none;
    QTest::newRow("465 expired, 587 verified") << "expired.pem"
                                               << "good.pem" << none << none << 587 << true << "en" << none;
    QTest::newRow("465 for another name, 587 verified")
        << "wrongname.pem"
        << "good.pem" << none << none << 587 << true << "en" << none;
    QTest::newRow("465 unknown authority, 587 verified")
        << "untrusted.pem"
        << "good.pem" << none << none << 587 << true << "en" << none;
    QTest::newRow("465 and 587 untrusted, 25 verified") << "untrusted.pem"
                                                        << "untrusted.pem"
                                                        << "good.pem" << none << 25 << true << "en" << none;
    // Nothing works end to end: the most preferred port stays, and its certificate is the finding.
    QTest::newRow("465 and 587 self-signed")
        << "selfsigned.pem"
        << "selfsigned.pem" << none << none << 0 << false << "en" << none;
    QTest::newRow("465 self-signed, 587 refuses STARTTLS")
        << "selfsigned.pem"
        << "good.pem" << none << "S: 454 4.7.0 TLS not available" << 0 << false << "en" << none;
    // Controls: a verified 465 is taken at once; without 465, 587 as before.
    QTest::newRow("465 verified") << "good.pem"
                                  << "good.pem" << none << none << 465 << false << "en" << none;
    QTest::newRow("no 465, 587 verified")
        << none << "good.pem" << none << none << 587 << false << "en" << none;
    // Without 465, a greeting on 587 is not enough either: STARTTLS is tried there before it is chosen.
    for (const char* language : { "en", "ja" })
        QTest::addRow("no 465, 587 unknown authority, 25 verified, %s", language)
            << none << "untrusted.pem"
            << "good.pem" << none << 25 << true << language << none;
    QTest::newRow("no 465, 587 refuses STARTTLS, 25 verified")
        << none << "good.pem"
        << "good.pem"
        << "S: 454 4.7.0 TLS not available" << 25 << true << "en" << none;
    QTest::newRow("no 465, 587 self-signed, nothing else")
        << none << "selfsigned.pem" << none << none << 0 << false << "en"
        << "tls.certificate-self-signed";
    QTest::newRow("no 465, 587 refuses STARTTLS, nothing else")
        << none << "good.pem" << none << "S: 454 4.7.0 TLS not available" << 0 << false << "en"
        << "tls.starttls-rejected";
}

void TestPortSearch::search()
{
    QFETCH(QString, on465);
    QFETCH(QString, on587);
    QFETCH(QString, on25);
    QFETCH(QString, startTlsReply587);
    QFETCH(int, recommended);
    QFETCH(bool, suggestion);
    QFETCH(QString, language);
    QFETCH(QString, tlsFinding);

    const QByteArray reply587
        = startTlsReply587.isEmpty() ? QByteArray("S: 220 2.0.0 go ahead") : startTlsReply587.toLatin1();
    std::unique_ptr<ScriptedServer> s465, s587, s25;
    const auto start = [this](std::unique_ptr<ScriptedServer>& s, const QStringList& script,
                           const QString& chain, bool implicit, quint16 port) {
        if (chain.isEmpty())
            return true;
        s = std::make_unique<ScriptedServer>(script);
        if (!s->setTlsFiles(m_certs + QLatin1Char('/') + chain, m_certs + QStringLiteral("/leaf.key")))
            return false;
        s->setImplicitTls(implicit);
        return s->listen(QHostAddress::LocalHost, port) && s->port() == port;
    };
    QVERIFY(start(s465, implicitScript(), on465, true, 465));
    QVERIFY(start(s587, starttlsScript(reply587.constData()), on587, false, 587));
    QVERIFY(start(s25, starttlsScript(), on25, false, 25));

    const CheckRun run = runCheckIn(language, 0,
        { QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--ca-file"),
            m_certs + QStringLiteral("/root-ca.pem") },
        Password);
    QVERIFY2(!run.process.timedOut && !run.report.isEmpty(), run.process.err.constData());
    const QString all = run.allFindingIds().join(QLatin1Char(' '));
    const QJsonValue recommendation = run.report.value(QStringLiteral("recommendation"));
    if (recommended == 0) {
        QVERIFY2(!recommendation.isObject(), qPrintable(all));
    } else {
        QVERIFY2(recommendation.isObject(), qPrintable(all));
        QCOMPARE(recommendation.toObject().value(QStringLiteral("port")).toInt(), recommended);
        QCOMPARE(recommendation.toObject().value(QStringLiteral("security")).toString(),
            recommended == 465 ? QStringLiteral("tls") : QStringLiteral("starttls"));
        QCOMPARE(run.status(QStringLiteral("tls")), QStringLiteral("pass"));
        QCOMPARE(run.status(QStringLiteral("auth")), QStringLiteral("pass"));
    }
    QCOMPARE(run.findingIds(QStringLiteral("server")).contains(QStringLiteral("server.port-suggestion")),
        suggestion);
    if (suggestion) {
        QCOMPARE(run.status(QStringLiteral("server")), QStringLiteral("warn"));
        const QJsonObject f = run.finding(QStringLiteral("server.port-suggestion"));
        const QString fix = f.value(QStringLiteral("fix")).toString();
        QVERIFY2(fix.contains(QString::number(recommended)) && fix.contains(QLatin1String("STARTTLS")),
            qPrintable(fix));
        const QString failing = on465.isEmpty() ? QStringLiteral("587") : QStringLiteral("465");
        QVERIFY2(f.value(QStringLiteral("title")).toString().contains(failing),
            qPrintable(f.value(QStringLiteral("title")).toString()));
        if (language == QLatin1String("ja"))
            QVERIFY2(fix.contains(QStringLiteral("ポート")), qPrintable(fix));
    }
    if (recommended == 0)
        QVERIFY2(run.findingIds(QStringLiteral("tls"))
                     .join(QLatin1Char(' '))
                     .contains(tlsFinding.isEmpty() ? QStringLiteral("tls.") : tlsFinding),
            qPrintable(all));

    // The password went only where the certificate was verified (nowhere, without a recommendation).
    QTest::qWait(50);
    const auto sawAuth = [](const std::unique_ptr<ScriptedServer>& s) {
        if (!s)
            return false;
        for (const QString& line : s->received())
            if (line.startsWith(QLatin1String("AUTH")))
                return true;
        return false;
    };
    QCOMPARE(sawAuth(s465), recommended == 465);
    QCOMPARE(sawAuth(s587), recommended == 587);
    QCOMPARE(sawAuth(s25), recommended == 25);
    if (recommended == 465 && s587) // a verified 465 needs no second look at 587
        QVERIFY(!s587->received().contains(QStringLiteral("STARTTLS")));
}

SMTPDOCTOR_PRIVATE_NETWORK_MAIN(TestPortSearch)
#include "tst_portsearch.moc"
