// The sender-domain check against a real DNS server: Knot DNS serving the zones in zones/ inside the
// namespace that with-domain-dns.sh builds, with a slow relay, a dead and a silent server beside it.
// Each case runs in-process (DomainChecker, with the findings' words in English and Japanese) and
// the command line (`smtpdoctor check-domain`, JSON and text, exit codes) runs as a subprocess.
#include "core/domain/domainchecker.h"
#include "core/domain/domainfinding.h"
#include "core/i18n/language.h"
#include "testdns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;

namespace {

const QString Bounce5725
    = QStringLiteral("Delivery to the following recipient failed permanently:\n\n     bob@example.org\n\n"
                     "The response from the remote server was:\n"
                     "550-5.7.25 [203.0.113.9] The IP address sending this message does not have a\n"
                     "550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not\n"
                     "550 5.7.25 point to the sending IP. As a policy, Gmail does not accept messages\n");
const QString ForeignSignature
    = QStringLiteral("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailhost.test; s=relay;\n"
                     "\th=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=AAAA\n"
                     "From: alice@good.test\n");

const QRegularExpression JapaneseScript(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));

QStringList ids(const DomainReport& r)
{
    QStringList out;
    for (const DomainFinding& f : r.findings)
        out << findingIdName(f.id);
    return out;
}

QString worst(const DomainReport& r)
{
    return r.hasError()  ? QStringLiteral("error")
        : r.hasWarning() ? QStringLiteral("warning")
                         : QStringLiteral("info");
}

// Everything a reader sees of one finding, in the installed language.
QString words(const Finding& f)
{
    QStringList parts { f.title().toString(), f.explanation().toString(), f.fix().toString() };
    for (const LocalizedText& d : f.details)
        parts << d.toString();
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestDomainCheckNetns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void cases_data();
    void cases();
    void commandLine_data();
    void commandLine();

private:
    void useDns(const QString& kind);
    QString m_dir;
};

void TestDomainCheckNetns::initTestCase()
{
    m_dir = qEnvironmentVariable("SMTPDOCTOR_TEST_DNS_DIR");
    if (m_dir.isEmpty())
        QSKIP("needs the test DNS namespace: run through ctest (tests/domain/with-domain-dns.sh, root)");
    qRegisterMetaType<DomainReport>();
    QVERIFY(Language::install(QStringLiteral("en")));
}

void TestDomainCheckNetns::cleanup()
{
    useDns(QStringLiteral("knot"));
    Language::install(QStringLiteral("en"));
}

void TestDomainCheckNetns::useDns(const QString& kind)
{
    QVERIFY(useTestDns(m_dir, kind));
}

void TestDomainCheckNetns::cases_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("selectors");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("dns");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("forbidden");
    QTest::addColumn<QString>("worst");
    QTest::addColumn<QString>("evidence"); // must appear in the words of the first expected finding

    const QString host = QStringLiteral("smtp.mailhost.test");
    const QString knot = QStringLiteral("knot");
    const QStringList sel1 { QStringLiteral("sel1") };
    const QStringList none;
    const QStringList noDnsTrouble { QStringLiteral("domain.dns-failed") };
    const QStringList noVerdictsWithoutAnswers { QStringLiteral("domain.spf-missing"),
        QStringLiteral("domain.dmarc-missing"), QStringLiteral("domain.mx-missing"),
        QStringLiteral("domain.dkim-missing"), QStringLiteral("domain.dkim-not-found"),
        QStringLiteral("domain.not-found"), QStringLiteral("domain.spf-ok") };
    const QStringList good { QStringLiteral("domain.spf-ok"), QStringLiteral("domain.dkim-ok"),
        QStringLiteral("domain.dmarc-ok"), QStringLiteral("domain.mx-ok"), QStringLiteral("domain.ptr-ok") };

    QTest::newRow("good domain") << "good.test" << host << sel1
                                 << QStringList { QStringLiteral("192.0.2.25") } << "" << knot << 5000 << good
                                 << noDnsTrouble << "info"
                                 << "v=spf1 include:_spf.mailhost.test ~all";
    QTest::newRow("no SPF") << "nospf.test" << host << none << none << "" << knot << 5000
                            << QStringList { QStringLiteral("domain.spf-missing") }
                            << (noDnsTrouble + QStringList { QStringLiteral("domain.spf-ok") }) << "error"
                            << "v=spf1 a:smtp.mailhost.test ~all";
    QTest::newRow("two SPF records") << "twospf.test" << host << none << none << "" << knot << 5000
                                     << QStringList { QStringLiteral("domain.spf-multiple") }
                                     << (noDnsTrouble + QStringList { QStringLiteral("domain.spf-ok") })
                                     << "error"
                                     << "v=spf1 include:_spf.mailhost.test ip4:198.51.100.20 ~all";
    QTest::newRow("broken SPF") << "brokenspf.test" << host << none << none << "" << knot << 5000
                                << QStringList { QStringLiteral("domain.spf-invalid") }
                                << (noDnsTrouble + QStringList { QStringLiteral("domain.spf-ok") }) << "error"
                                << "ip4:192.0.2.300";
    QTest::newRow("include loop")
        << "loop.test" << host << none << none << "" << knot << 5000
        << QStringList { QStringLiteral("domain.spf-loop") }
        << (noDnsTrouble + QStringList { QStringLiteral("domain.spf-ok") }) << "error"
        << QString::fromUtf8("loop.test \u2192 a.loop.test \u2192 b.loop.test \u2192 a.loop.test");
    QTest::newRow("11 lookups") << "eleven.test" << host << none << none << "" << knot << 5000
                                << QStringList { QStringLiteral("domain.spf-too-many-lookups") }
                                << (noDnsTrouble + QStringList { QStringLiteral("domain.spf-ok") }) << "error"
                                << "11";
    QTest::newRow("3 void lookups") << "voids.test" << host << none << none << "" << knot << 5000
                                    << QStringList { QStringLiteral("domain.spf-void-lookups") }
                                    << noDnsTrouble << "error"
                                    << "gone1.voids.test, gone2.voids.test, gone3.voids.test";
    QTest::newRow("no DMARC") << "nodmarc.test" << host << sel1 << none << "" << knot << 5000
                              << QStringList { QStringLiteral("domain.dmarc-missing"),
                                     QStringLiteral("domain.spf-ok"), QStringLiteral("domain.dkim-ok") }
                              << noDnsTrouble << "warning"
                              << "v=DMARC1; p=none; rua=mailto:dmarc-reports@nodmarc.test";
    QTest::newRow("p=reject without DKIM")
        << "rejectnodkim.test" << host << none << none << "" << knot << 5000
        << QStringList { QStringLiteral("domain.dmarc-policy"), QStringLiteral("domain.spf-not-authorising"),
               QStringLiteral("domain.dkim-not-found") }
        << noDnsTrouble << "error"
        << "p=reject";
    QTest::newRow("missing DKIM key")
        << "nodkim.test" << host << sel1 << none << "" << knot << 5000
        << QStringList { QStringLiteral("domain.dkim-missing") }
        << (noDnsTrouble + QStringList { QStringLiteral("domain.dkim-ok") }) << "warning"
        << "sel1._domainkey.nodkim.test";
    QTest::newRow("weak, revoked and CNAME keys")
        << "nodkim.test" << host
        << QStringList { QStringLiteral("weak"), QStringLiteral("revoked"), QStringLiteral("selector1") }
        << none << "" << knot << 5000
        << QStringList { QStringLiteral("domain.dkim-weak-key"), QStringLiteral("domain.dkim-revoked"),
               QStringLiteral("domain.dkim-ok") }
        << noDnsTrouble << "error"
        << "512";
    QTest::newRow("no MX") << "nomx.test" << host << none << none << "" << knot << 5000
                           << QStringList { QStringLiteral("domain.mx-missing") }
                           << (noDnsTrouble + QStringList { QStringLiteral("domain.mx-ok") }) << "error"
                           << "nomx.test";
    QTest::newRow("MX with IPv6 only")
        << "v6mx.test" << host << none << none << "" << knot << 5000
        << QStringList { QStringLiteral("domain.mx-ok") }
        << (noDnsTrouble + QStringList { QStringLiteral("domain.mx-unresolvable") }) << "warning"
        << "mx6.v6mx.test";
    QTest::newRow("no PTR") << "good.test" << host << sel1 << QStringList { QStringLiteral("203.0.113.9") }
                            << "" << knot << 5000 << QStringList { QStringLiteral("domain.ptr-missing") }
                            << noDnsTrouble << "error"
                            << "203.0.113.9";
    QTest::newRow("no PTR, from a 5.7.25 bounce")
        << "good.test" << host << sel1 << none << Bounce5725 << knot << 5000
        << QStringList { QStringLiteral("domain.ptr-missing") } << noDnsTrouble << "error"
        << "203.0.113.9";
    QTest::newRow("PTR that does not lead back")
        << "good.test" << host << sel1 << QStringList { QStringLiteral("203.0.113.10") } << "" << knot << 5000
        << QStringList { QStringLiteral("domain.ptr-mismatch") } << noDnsTrouble << "warning"
        << "mail.nomatch.test";
    QTest::newRow("Google Workspace without its SPF entry")
        << "workspace.test"
        << "" << none << none << "" << knot << 5000
        << QStringList { QStringLiteral("domain.spf-not-authorising"), QStringLiteral("domain.dkim-missing") }
        << noDnsTrouble << "error"
        << "v=spf1 ip4:198.51.100.7 include:_spf.google.com ~all";
    QTest::newRow("signature for another domain")
        << "good.test" << host << none << none << ForeignSignature << knot << 5000
        << QStringList { QStringLiteral("domain.dkim-foreign-signature"), QStringLiteral("domain.dkim-ok") }
        << noDnsTrouble << "warning"
        << "mailhost.test";
    QTest::newRow("domain does not exist")
        << "nosuch.test"
        << "" << none << none << "" << knot << 5000 << QStringList { QStringLiteral("domain.not-found") }
        << (noDnsTrouble + QStringList { QStringLiteral("domain.spf-missing") }) << "error"
        << "nosuch.test";
    QTest::newRow("slow DNS, enough time")
        << "good.test" << host << sel1 << QStringList { QStringLiteral("192.0.2.25") } << ""
        << "slow" << 5000 << good << noDnsTrouble << "info"
        << "v=spf1 include:_spf.mailhost.test ~all";
    QTest::newRow("slow DNS, too little time")
        << "good.test" << host << sel1 << none << ""
        << "slow" << 1000 << QStringList { QStringLiteral("domain.dns-failed") } << noVerdictsWithoutAnswers
        << "error"
        << "TXT good.test";
    QTest::newRow("dead DNS server") << "good.test" << host << sel1 << none << ""
                                     << "dead" << 2000 << QStringList { QStringLiteral("domain.dns-failed") }
                                     << noVerdictsWithoutAnswers << "error"
                                     << "TXT good.test";
    QTest::newRow("silent DNS server")
        << "nospf.test" << host << sel1 << none << ""
        << "silent" << 1000 << QStringList { QStringLiteral("domain.dns-failed") } << noVerdictsWithoutAnswers
        << "error"
        << "TXT nospf.test";
}

void TestDomainCheckNetns::cases()
{
    QFETCH(QString, domain);
    QFETCH(QString, server);
    QFETCH(QStringList, selectors);
    QFETCH(QStringList, ips);
    QFETCH(QString, message);
    QFETCH(QString, dns);
    QFETCH(int, timeoutMs);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, forbidden);
    QFETCH(QString, worst);
    QFETCH(QString, evidence);
    useDns(dns);

    DomainCheckRequest request;
    request.domain = domain;
    request.server = server;
    request.selectors = selectors;
    request.messageText = message;
    for (const QString& ip : ips)
        request.sendingAddresses << QHostAddress(ip);
    request.timeoutMs = timeoutMs;
    DomainChecker checker;
    QSignalSpy finished(&checker, &DomainChecker::finished);
    QVERIFY(checker.start(request));
    // Bounded far above the check's own bound (three times the timeout): only a hang fails here.
    QVERIFY(finished.wait(timeoutMs * 3 + 15000));
    QCOMPARE(finished.size(), 1);
    const DomainReport& r = checker.report();
    const QStringList found = ids(r);
    for (const QString& id : expected)
        QVERIFY2(found.contains(id),
            qPrintable(id + QStringLiteral(" missing from ") + found.join(QLatin1Char(' '))
                + QStringLiteral("\n") + r.dnsLog.join(QLatin1Char('\n'))));
    for (const QString& id : forbidden)
        QVERIFY2(!found.contains(id),
            qPrintable(id + QStringLiteral(" found in ") + found.join(QLatin1Char(' '))));
    QCOMPARE(::worst(r), worst);

    // The words, in both languages: every finding translated, and the evidence (the record to add,
    // the faulty part, the address...) in the first expected finding's words either way.
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("ja") }) {
        QVERIFY(Language::install(lang));
        for (const DomainFinding& df : r.findings) {
            const Finding f = df.toFinding();
            const QString text = words(f);
            QVERIFY2(
                !f.title().toString().isEmpty() && !f.fix().toString().isEmpty(), qPrintable(f.idName()));
            if (lang == QLatin1String("ja"))
                QVERIFY2(f.title().toString().contains(JapaneseScript)
                        && f.explanation().toString().contains(JapaneseScript),
                    qPrintable(text));
            else
                QVERIFY2(!f.title().toString().contains(JapaneseScript), qPrintable(text));
            if (f.idName() == expected.first())
                QVERIFY2(text.contains(evidence), qPrintable(lang + QStringLiteral(": ") + text));
        }
    }
}

void TestDomainCheckNetns::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("dns");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("firstId"); // JSON: the first finding's id; text: a line that must be there
    QTest::addColumn<QString>("language");

    const QString json = QStringLiteral("--format=json");
    const QString text = QStringLiteral("--format=text");
    QTest::newRow("good, json, en") << QStringList { QStringLiteral("good.test"), QStringLiteral("--server"),
        QStringLiteral("smtp.mailhost.test"), QStringLiteral("--selector"), QStringLiteral("sel1"), json,
        QStringLiteral("--lang=en") }
                                    << "knot" << QByteArray() << 0 << "domain.spf-ok"
                                    << "en";
    QTest::newRow("no SPF, json, ja") << QStringList { QStringLiteral("alice@nospf.test"),
        QStringLiteral("--server=smtp.mailhost.test"), json, QStringLiteral("--lang=ja") }
                                      << "knot" << QByteArray() << 1 << "domain.spf-missing"
                                      << "ja";
    QTest::newRow("11 lookups, text, ja")
        << QStringList { QStringLiteral("eleven.test"), text, QStringLiteral("--lang=ja") } << "knot"
        << QByteArray() << 1 << "[domain.spf-too-many-lookups]"
        << "ja";
    QTest::newRow("no DMARC, text, en: warnings only")
        << QStringList { QStringLiteral("nodmarc.test"), QStringLiteral("--server=smtp.mailhost.test"),
               QStringLiteral("--selector=sel1"), text, QStringLiteral("--lang=en") }
        << "knot" << QByteArray() << 0 << "[domain.dmarc-missing]"
        << "en";
    QTest::newRow("bounce on stdin, json, en") << QStringList { QStringLiteral("good.test"),
        QStringLiteral("--message=-"), json, QStringLiteral("--lang=en") }
                                               << "knot" << Bounce5725.toUtf8() << 1 << "domain.ptr-missing"
                                               << "en";
    QTest::newRow("dead DNS, json, ja") << QStringList { QStringLiteral("good.test"),
        QStringLiteral("--timeout=2"), json, QStringLiteral("--lang=ja") }
                                        << "dead" << QByteArray() << 1 << "domain.dns-failed"
                                        << "ja";
    QTest::newRow("silent DNS, text, en: ends") << QStringList { QStringLiteral("good.test"),
        QStringLiteral("--timeout=1"), text, QStringLiteral("--lang=en") }
                                                << "silent" << QByteArray() << 1 << "[domain.dns-failed]"
                                                << "en";
    QTest::newRow("no domain") << QStringList { json } << "knot" << QByteArray() << 2 << ""
                               << "en";
    QTest::newRow("not a domain") << QStringList { QStringLiteral("not_a_domain") } << "knot" << QByteArray()
                                  << 2 << ""
                                  << "en";
    QTest::newRow("two domains") << QStringList { QStringLiteral("a.test"), QStringLiteral("b.test") }
                                 << "knot" << QByteArray() << 2 << ""
                                 << "en";
    QTest::newRow("timeout 0") << QStringList { QStringLiteral("good.test"), QStringLiteral("--timeout=0") }
                               << "knot" << QByteArray() << 2 << ""
                               << "ja";
    QTest::newRow("format xml") << QStringList { QStringLiteral("good.test"), QStringLiteral("--format=xml") }
                                << "knot" << QByteArray() << 2 << ""
                                << "en";
    QTest::newRow("bad ip") << QStringList { QStringLiteral("good.test"), QStringLiteral("--ip=999.1.1.1") }
                            << "knot" << QByteArray() << 2 << ""
                            << "en";
    QTest::newRow("unknown option") << QStringList { QStringLiteral("good.test"), QStringLiteral("--bogus") }
                                    << "knot" << QByteArray() << 2 << ""
                                    << "en";
}

void TestDomainCheckNetns::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, dns);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, firstId);
    QFETCH(QString, language);
    useDns(dns);
    const QString binary = qEnvironmentVariable("SMTPDOCTOR_BINARY");
    QVERIFY2(QFile::exists(binary), "SMTPDOCTOR_BINARY");
    QProcess p;
    QStringList args { QStringLiteral("check-domain") };
    args += arguments;
    if (!arguments.join(QLatin1Char(' ')).contains(QLatin1String("--lang")))
        args << QStringLiteral("--lang") << language;
    p.start(binary, args);
    QVERIFY(p.waitForStarted(10000));
    p.write(input);
    p.closeWriteChannel();
    QVERIFY2(p.waitForFinished(60000), "smtpdoctor check-domain did not end");
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == exitCode,
        qPrintable(QStringLiteral("exit %1, stderr %2, stdout %3")
                       .arg(p.exitCode())
                       .arg(QString::fromUtf8(err), QString::fromUtf8(out.left(2000)))));
    if (exitCode == 2) {
        QVERIFY2(out.isEmpty(), out.constData()); // bad usage: one line on standard error, nothing else
        QCOMPARE(err.count('\n'), 1);
        if (language == QLatin1String("ja"))
            QVERIFY(QString::fromUtf8(err).contains(JapaneseScript));
        return;
    }
    if (arguments.contains(QStringLiteral("--format=json"))) {
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, out.left(400).constData());
        QCOMPARE(report.value(QStringLiteral("language")).toString(), language);
        QCOMPARE(report.value(QStringLiteral("status")).toString(),
            exitCode == 1 ? QStringLiteral("fail") : QStringLiteral("pass"));
        const QJsonArray findings = report.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject first = findings.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), firstId);
        for (const char* key : { "title", "explanation", "fix", "severity", "side" })
            QVERIFY2(!first.value(QLatin1String(key)).toString().isEmpty(), key);
        if (language == QLatin1String("ja"))
            QVERIFY(first.value(QStringLiteral("title")).toString().contains(JapaneseScript));
        QVERIFY(report.value(QStringLiteral("records")).isObject());
    } else {
        const QString shown = QString::fromUtf8(out);
        QVERIFY2(shown.contains(firstId), qPrintable(shown));
        QCOMPARE(shown.contains(JapaneseScript), language == QLatin1String("ja"));
    }
}

QTEST_GUILESS_MAIN(TestDomainCheckNetns)
#include "tst_domaincheck_netns.moc"
