// The "Your domain" step's rules without DNS: which addresses get the step (never a big mailbox
// provider's own domain, always a custom domain, Google Workspace and Microsoft 365 ones included),
// its place in the checklist, its verdict on a domain check's findings (no DNS answer is never a
// fail), and the result's headline when only the domain is wrong, in English and Japanese. The step
// against real DNS is tests/domain/tst_domainstep_netns.cpp.
#include "core/checks/domainstep.h"
#include "core/domain/domainname.h"
#include "core/i18n/language.h"
#include "core/report/report.h"
#include "scriptlines.h"

#include <QTest>

using namespace SmtpDoctor;

namespace {

DomainReport reportWith(const QString& domain, const QList<DomainFinding>& findings)
{
    DomainReport r;
    r.domain = domain;
    r.findings = findings;
    return r;
}

DomainFinding finding(FindingId id, const QStringList& args, std::optional<Severity> severity = std::nullopt)
{
    return DomainFinding { id, args, {}, severity };
}

} // namespace

class TestDomainStep : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Language::install(QStringLiteral("en"))); }
    void cleanup() { Language::install(QStringLiteral("en")); }
    void whichAddresses_data();
    void whichAddresses();
    void checklistOrder();
    void request();
    void verdict_data();
    void verdict();
    void headline_data();
    void headline();
};

void TestDomainStep::whichAddresses_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("domain"); // empty: no domain step

    // The providers' own mailbox domains: the provider keeps their records.
    for (const char* own : { "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.jp",
             "live.jp", "msn.com", "yahoo.com", "yahoo.co.jp", "aol.com", "icloud.com", "me.com", "mac.com",
             "docomo.ne.jp", "ezweb.ne.jp", "au.com", "i.softbank.jp", "ocn.ne.jp", "xa2.so-net.ne.jp",
             "biglobe.ne.jp", "nifty.com", "GMAIL.COM" })
        QTest::addRow("%s", own) << QStringLiteral("someone@") + QString::fromLatin1(own) << "";
    // Own domains, wherever they are hosted (Google Workspace, Microsoft 365, a web host).
    QTest::newRow("own domain") << "alice@shop.co.jp"
                                << "shop.co.jp";
    QTest::newRow("upper case") << "Alice@Example.COM"
                                << "example.com";
    QTest::newRow("IDN") << QString::fromUtf8("taro@例え.jp") << "xn--r8jz45g.jp";
    QTest::newRow("a look-alike of gmail.com") << "bob@gmail.com.example.org"
                                               << "gmail.com.example.org";
    QTest::newRow("no address") << ""
                                << "";
    QTest::newRow("not an address") << "alice"
                                    << "";
    QTest::newRow(".invalid can never exist") << "alice@corp.invalid"
                                              << "";
}

void TestDomainStep::whichAddresses()
{
    QFETCH(QString, email);
    QFETCH(QString, domain);
    AccountSettings settings;
    settings.email = email;
    QCOMPARE(DomainStep::domainFor(settings), domain);
}

void TestDomainStep::checklistOrder()
{
    const QList<StepId> five { StepId::Network, StepId::Server, StepId::Tls, StepId::Auth,
        StepId::Interference };
    QCOMPARE(checklistSteps(false), five);
    QCOMPARE(checklistSteps(true), five + QList<StepId> { StepId::Send });
    QCOMPARE(checklistSteps(false, true), five + QList<StepId> { StepId::Domain });
    QCOMPARE(checklistSteps(true, true), five + (QList<StepId> { StepId::Send, StepId::Domain }));
    QCOMPARE(stepIdName(StepId::Domain), QStringLiteral("domain"));
    QCOMPARE(notRunFinding(StepId::Domain), std::optional<FindingId>(FindingId::DomainSkipped));
    QCOMPARE(findingIdName(FindingId::DomainSkipped), QStringLiteral("domain.skipped"));
}

void TestDomainStep::request()
{
    AccountSettings settings;
    settings.email = QStringLiteral("alice@corp.example.org");
    settings.host = QStringLiteral("smtp.office365.com");
    settings.timeoutSeconds = 7;
    const DomainCheckRequest r = DomainStep::requestFor(settings);
    QCOMPARE(r.domain, QStringLiteral("corp.example.org"));
    QCOMPARE(r.server, QStringLiteral("smtp.office365.com")); // the server the mail program sends through
    QCOMPARE(r.sender, settings.email);
    QCOMPARE(r.timeoutMs, 7000);
}

void TestDomainStep::verdict_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QList<DomainFinding>>("findings");
    QTest::addColumn<StepStatus>("status");
    QTest::addColumn<QString>("summary"); // part of the step's summary

    const QString lookups = QStringLiteral("TXT shop.jp, MX shop.jp");
    QTest::newRow("all in order") << "shop.jp"
                                  << QList<DomainFinding> { finding(FindingId::DomainSpfOk,
                                                                lines({ "shop.jp", "v=spf1 mx -all" })),
                                         finding(FindingId::DomainDmarcOk, lines({ "shop.jp", "p=none" })) }
                                  << StepStatus::Pass << "in order";
    QTest::newRow("no SPF fails") << "shop.jp"
                                  << QList<DomainFinding> { finding(FindingId::DomainSpfMissing,
                                         lines({ "shop.jp", "v=spf1 mx ~all" })) }
                                  << StepStatus::Fail << "may refuse";
    QTest::newRow("no DNS answer at all: skipped, never failed")
        << "shop.jp"
        << QList<DomainFinding> { finding(FindingId::DomainDnsFailed,
               QStringList { QStringLiteral("shop.jp"), lookups }, Severity::Error) }
        << StepStatus::Skip << "could not be read";
    QTest::newRow("some answers missing: a warning")
        << "shop.jp"
        << QList<DomainFinding> { finding(FindingId::DomainSpfOk, lines({ "shop.jp", "v=spf1 mx -all" })),
               finding(FindingId::DomainDnsFailed,
                   QStringList { QStringLiteral("shop.jp"), QStringLiteral("TXT _dmarc.shop.jp") }) }
        << StepStatus::Warn << "should be improved";
    QTest::newRow("a reserved test name that DNS does not know: left out")
        << "example.test"
        << QList<DomainFinding> { finding(FindingId::DomainNotFound, lines({ "example.test" })) }
        << StepStatus::Skip << "reserved for tests";
    QTest::newRow("a reserved test name, no DNS answer: left out")
        << "example.com"
        << QList<DomainFinding> { finding(FindingId::DomainDnsFailed,
               QStringList { QStringLiteral("example.com"), lookups }, Severity::Error) }
        << StepStatus::Skip << "reserved for tests";
    // Whoever has an address there gets mail there: a mistyped address or a DNS without internet.
    QTest::newRow("a real domain DNS does not know: a warning, not a verdict")
        << "shpo.co.jp"
        << QList<DomainFinding> { finding(FindingId::DomainNotFound, lines({ "shpo.co.jp" })) }
        << StepStatus::Warn << "";
}

void TestDomainStep::verdict()
{
    QFETCH(QString, domain);
    QFETCH(QList<DomainFinding>, findings);
    QFETCH(StepStatus, status);
    QFETCH(QString, summary);
    const StepResult r = DomainStep::resultFor(reportWith(domain, findings));
    QCOMPARE(r.id, StepId::Domain);
    QCOMPARE(r.status, status);
    QCOMPARE(r.leftOut, DomainName::isReservedForTests(domain) && status == StepStatus::Skip);
    QVERIFY2(r.summary.toString().contains(summary), qPrintable(r.summary.toString()));
    QCOMPARE(r.findings.size(), findings.size());
    if (status == StepStatus::Skip)
        for (const Finding& f : r.findings)
            QVERIFY2(f.severity != Severity::Error, qPrintable(f.idName()));
    // Most severe first.
    for (int i = 1; i < r.findings.size(); ++i)
        QVERIFY(int(r.findings[i - 1].severity) >= int(r.findings[i].severity));
}

void TestDomainStep::headline_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en, signed in") << "en" << true
                                   << QStringList { QStringLiteral("Mail can be sent"),
                                          QStringLiteral("smtp.shop.jp"),
                                          QStringLiteral("receiving servers may refuse"),
                                          QStringLiteral("shop.jp"), QStringLiteral("web host") };
    QTest::newRow("en, not signed in")
        << "en" << false
        << QStringList { QStringLiteral("Receiving servers may refuse mail from your domain shop.jp"),
               QStringLiteral("web host") };
    QTest::newRow("ja, signed in") << "ja" << true
                                   << QStringList { QStringLiteral("smtp.shop.jp"), QStringLiteral("shop.jp"),
                                          QStringLiteral("受信側"), QStringLiteral("DNS") };
    QTest::newRow("ja, not signed in")
        << "ja" << false << QStringList { QStringLiteral("shop.jp"), QStringLiteral("受信側") };
}

void TestDomainStep::headline()
{
    QFETCH(QString, language);
    QFETCH(bool, signedIn);
    QFETCH(QStringList, expected);
    QVERIFY(Language::install(language));
    Report report;
    report.settings.host = QStringLiteral("smtp.shop.jp");
    report.settings.email = QStringLiteral("alice@shop.jp");
    report.signedIn = signedIn;
    report.recommendation = Endpoint { 465, Security::Tls };
    for (const StepId id : checklistSteps(false))
        report.steps << StepResult { id, StepStatus::Pass, {}, 0, {} };
    report.steps << DomainStep::resultFor(reportWith(QStringLiteral("shop.jp"),
        { finding(FindingId::DomainSpfMissing, lines({ "shop.jp", "v=spf1 mx ~all" })) }));
    QVERIFY(report.mainProblem());
    const QString headline = report.headline().toString();
    for (const QString& part : expected)
        QVERIFY2(headline.contains(part), qPrintable(part + QStringLiteral(" not in: ") + headline));
    QVERIFY2(headline.contains(report.mainProblem()->title().toString()), qPrintable(headline));

    // Another step's failure comes first: then the headline is that one's, as before.
    report.steps[3].status = StepStatus::Fail;
    report.steps[3].findings = { Finding::make(FindingId::AuthRejected, { QStringLiteral("alice") }) };
    QVERIFY(!report.headline().toString().contains(QStringLiteral("shop.jp")));
}

QTEST_GUILESS_MAIN(TestDomainStep)
#include "tst_domainstep.moc"
