// The sixth step of `smtpdoctor check`, "Your domain", end to end: the real binary against a scripted
// SMTP server inside the namespace of with-domain-dns.sh, whose Knot DNS serves the sender domains
// (zones/): a good domain, no SPF, DMARC p=reject without DKIM, a Google Workspace domain whose SPF
// lacks Google's entry, a dead and a silent DNS server (skip, exit 0), no network to the server (skip), and
// the big providers' own domains (no domain step at all). JSON and text, English and Japanese.
#include "mtafixture.h"
#include "reportreader.h"
#include "scriptedserver.h"
#include "scriptlines.h"
#include "testdns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {

const QRegularExpression JapaneseScript(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
const QString Password = QStringLiteral("d0main-step pass");
// Google's submission server's address in the test zone gmail.com (zones/gmail.com.zone).
const QString GoogleAddress = QStringLiteral("192.0.2.101");

// A server that works: plain SMTP (the test allows it), the password accepted.
QStringList workingServer()
{
    return lines({ "S: 220 smtp.shop.test ESMTP", "C: EHLO *", "S: 250-smtp.shop.test", "S: 250 AUTH PLAIN",
        "C: AUTH PLAIN *", "S: 235 2.7.0 Accepted", "C: QUIT", "S: 221 bye", "X:" });
}

QStringList stepIds(const QJsonObject& report)
{
    QStringList ids;
    for (const QJsonValue& s : report.value(QStringLiteral("steps")).toArray())
        ids << s.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QString everyText(const QJsonObject& step)
{
    QStringList parts { step.value(QStringLiteral("summary")).toString() };
    for (const QJsonValue& v : step.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        for (const char* key : { "title", "explanation", "fix" })
            parts << f.value(QLatin1String(key)).toString();
        for (const QJsonValue& d : f.value(QStringLiteral("details")).toArray())
            parts << d.toString();
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestDomainStepNetns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void check_data();
    void check();

private:
    void useDns(const QString& kind);
    QString m_dir;
};

void TestDomainStepNetns::initTestCase()
{
    m_dir = qEnvironmentVariable("SMTPDOCTOR_TEST_DNS_DIR");
    if (m_dir.isEmpty())
        QSKIP("needs the test DNS namespace: run through ctest (tests/domain/with-domain-dns.sh, root)");
    QVERIFY2(QFile::exists(qEnvironmentVariable("SMTPDOCTOR_BINARY")), "SMTPDOCTOR_BINARY");
    // Google's server gets its test address on this namespace's loopback, so that a scripted server
    // can stand in for it.
    QProcess ip;
    ip.start(QStringLiteral("ip"),
        { QStringLiteral("addr"), QStringLiteral("add"), GoogleAddress + QStringLiteral("/32"),
            QStringLiteral("dev"), QStringLiteral("lo") });
    QVERIFY(ip.waitForFinished(10000));
    QVERIFY2(ip.exitCode() == 0, ip.readAllStandardError().constData());
}

void TestDomainStepNetns::cleanup()
{
    useDns(QStringLiteral("knot"));
}

void TestDomainStepNetns::useDns(const QString& kind)
{
    QVERIFY(useTestDns(m_dir, kind));
}

void TestDomainStepNetns::check_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("listenOn"); // where the scripted server listens
    QTest::addColumn<QString>("dns");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("status"); // of the domain step; empty: the run has no domain step
    QTest::addColumn<QStringList>("ids"); // that the domain step must report
    QTest::addColumn<QString>("evidence"); // in the domain step's words (the record to add...)
    QTest::addColumn<bool>("domainHeadline"); // the result says receiving servers may refuse the mail

    const QString loopback = QStringLiteral("127.0.0.1");
    const QString shop = QStringLiteral("smtp.shop.test");
    const QString knot = QStringLiteral("knot");
    for (const char* lang : { "en", "ja" }) {
        for (const char* format : { "json", "text" }) {
            const auto row = [&](const char* name) -> QTestData& {
                return QTest::addRow("%s, %s, %s", name, format, lang);
            };
            row("good domain") << "user@shop.test" << shop << loopback << knot << 0 << "pass"
                               << lines({ "domain.spf-ok", "domain.dkim-ok", "domain.dmarc-ok",
                                      "domain.mx-ok" })
                               << "v=spf1 a:smtp.shop.test -all" << false;
            row("no SPF") << "user@nospf.test" << shop << loopback << knot << 1 << "fail"
                          << lines({ "domain.spf-missing" }) << "v=spf1 a:smtp.shop.test ~all" << true;
            row("p=reject without DKIM")
                << "user@rejectnodkim.test" << shop << loopback << knot << 1 << "fail"
                << lines({ "domain.dmarc-policy", "domain.spf-not-authorising" }) << "p=reject" << true;
            row("Google Workspace domain") << "user@workspace.test"
                                           << "smtp.gmail.com" << GoogleAddress << knot << 1 << "fail"
                                           << lines({ "domain.spf-not-authorising", "domain.dkim-missing" })
                                           << "v=spf1 ip4:198.51.100.7 include:_spf.google.com ~all" << true;
            // A real (not reserved) name, so that DNS's silence is reported rather than left out.
            row("dead DNS server") << "user@shop.co.jp" << loopback << loopback << "dead" << 0 << "skip"
                                   << lines({ "domain.dns-failed" }) << "shop.co.jp" << false;
            // Nothing answers: the step gives up one timeout after the run began, and skips.
            row("silent DNS server") << "user@shop.co.jp" << loopback << loopback << "silent" << 0 << "skip"
                                     << lines({ "domain.dns-failed" }) << "TXT shop.co.jp" << false;
            // A name reserved for tests that no DNS server here serves: the run has no domain step at
            // all (the contract's five steps), not a skipped one.
            row("test name DNS does not know") << "alice@example.test" << loopback << loopback << knot << 0
                                               << "" << QStringList {} << "" << false;
            row("test name, dead DNS server") << "alice@example.com" << loopback << loopback << "dead" << 0
                                              << "" << QStringList {} << "" << false;
            row("server name unknown") << "user@shop.co.jp"
                                       << "nosuch.shop.test" << loopback << knot << 1 << "skip"
                                       << lines({ "domain.skipped" }) << "" << false;
            // The same with a test name: its step could not have been known to apply, so none.
            row("server name unknown, test name")
                << "user@shop.test"
                << "nosuch.shop.test" << loopback << knot << 1 << "" << QStringList {} << "" << false;
            row("Gmail address") << "user@gmail.com" << loopback << loopback << knot << 0 << ""
                                 << QStringList {} << "" << false;
            row("docomo address") << "user@docomo.ne.jp" << loopback << loopback << knot << 0 << ""
                                  << QStringList {} << "" << false;
        }
    }
}

void TestDomainStepNetns::check()
{
    QFETCH(QString, email);
    QFETCH(QString, host);
    QFETCH(QString, listenOn);
    QFETCH(QString, dns);
    QFETCH(int, exitCode);
    QFETCH(QString, status);
    QFETCH(QStringList, ids);
    QFETCH(QString, evidence);
    QFETCH(bool, domainHeadline);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const bool json = tag.contains(QLatin1String(", json,"));
    const QString lang = tag.section(QStringLiteral(", "), -1);
    useDns(dns);

    ScriptedServer server(workingServer());
    QVERIFY(server.listen(QHostAddress(listenOn)));
    const QStringList args { QStringLiteral("check"), QStringLiteral("--host"), host,
        QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--security"),
        QStringLiteral("none"), QStringLiteral("--allow-insecure"), QStringLiteral("--email"), email,
        QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-stdin"),
        QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("--format"),
        json ? QStringLiteral("json") : QStringLiteral("text"), QStringLiteral("--lang"), lang };
    const ProcessResult r = runSmtpDoctor(args, Password.toUtf8() + '\n', 60000);
    QVERIFY2(!r.timedOut, r.err.constData());
    QVERIFY2(r.exitCode == exitCode,
        qPrintable(QStringLiteral("exit %1\n%2\n%3")
                       .arg(r.exitCode)
                       .arg(QString::fromUtf8(r.err), QString::fromUtf8(r.out))));
    QVERIFY2(!r.out.contains(Password.toUtf8()), "the password must never be shown");
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));

    const QString out = QString::fromUtf8(r.out);
    QCOMPARE(out.contains(JapaneseScript), lang == QLatin1String("ja"));
    if (!json) {
        // The domain step's line comes last, with the ids in brackets.
        for (const QString& id : ids)
            QVERIFY2(out.contains(QLatin1Char('[') + id + QLatin1Char(']')),
                qPrintable(id + QLatin1Char('\n') + out));
        QCOMPARE(out.contains(QLatin1String("[domain.")), !ids.isEmpty());
        if (!evidence.isEmpty())
            QVERIFY2(out.contains(evidence), qPrintable(out));
        // The result line: the first after the header block.
        const QString result = out.section(QStringLiteral("\n\n"), 1).section(QLatin1Char('\n'), 0, 0);
        if (lang == QLatin1String("en"))
            QCOMPARE(result.contains(QLatin1String("receiving servers may refuse"), Qt::CaseInsensitive),
                domainHeadline);
        else if (domainHeadline)
            QVERIFY2(result.contains(QStringLiteral("受信側")) && result.contains(QStringLiteral("ドメイン")),
                qPrintable(result));
        return;
    }
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(r.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, r.out.left(400).constData());
    QCOMPARE(report.value(QStringLiteral("language")).toString(), lang);
    QStringList expectedSteps { QStringLiteral("network"), QStringLiteral("server"), QStringLiteral("tls"),
        QStringLiteral("auth"), QStringLiteral("interference") };
    if (!status.isEmpty())
        expectedSteps << QStringLiteral("domain");
    QCOMPARE(stepIds(report), expectedSteps);
    if (status.isEmpty())
        return;
    const QJsonObject domain = reportStep(report, QStringLiteral("domain"));
    QCOMPARE(domain.value(QStringLiteral("status")).toString(), status);
    const QStringList found = reportFindingIds(domain);
    for (const QString& id : ids)
        QVERIFY2(
            found.contains(id), qPrintable(id + QStringLiteral(" not in ") + found.join(QLatin1Char(' '))));
    const QString words = everyText(domain);
    QVERIFY2(words.contains(evidence), qPrintable(words));
    if (lang == QLatin1String("ja"))
        QVERIFY2(words.contains(JapaneseScript), qPrintable(words));
    // The other steps keep their own verdicts: the settings that worked are still recommended.
    if (host != QLatin1String("nosuch.shop.test")) {
        QCOMPARE(reportStatus(report, QStringLiteral("auth")), QStringLiteral("pass"));
        QVERIFY(report.value(QStringLiteral("recommendation")).isObject());
    }
    if (status == QLatin1String("skip")) // a skipped step never fails the run on its own
        for (const QJsonValue& f : domain.value(QStringLiteral("findings")).toArray())
            QVERIFY(f.toObject().value(QStringLiteral("severity")).toString() != QLatin1String("error"));
}

QTEST_GUILESS_MAIN(TestDomainStepNetns)
#include "tst_domainstep_netns.moc"
