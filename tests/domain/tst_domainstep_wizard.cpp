// The wizard's sixth row, "Your domain": the real window (offscreen) inside the namespace of
// with-domain-dns.sh, against a scripted SMTP server and Knot serving the sender domains. An address at
// the user's own domain shows the row with the domain's findings on the checking and result pages and
// the result says receiving servers may refuse the mail; a carrier's address (docomo.ne.jp) has no row.
// The explain page offers `smtpdoctor check-domain` for a sender-authentication refusal, as the
// command line does.
#include "core/findings/finding.h"
#include "core/i18n/language.h"
#include "core/knowledge/checkdomainoffer.h"
#include "scriptedserver.h"
#include "scriptlines.h"
#include "ui/checkcontroller.h"
#include "ui/steprow.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace SmtpDoctor;
using namespace WizardDriver;

class TestDomainStepWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rowShownForOwnDomain_data();
    void rowShownForOwnDomain();
    void explainPageOffersCheckDomain();

private:
    bool runCheck(MainWizard& wizard, const Account& account);
};

void TestDomainStepWizard::initTestCase()
{
    if (qEnvironmentVariable("SMTPDOCTOR_TEST_DNS_DIR").isEmpty())
        QSKIP("needs the test DNS namespace: run through ctest (tests/domain/with-domain-dns.sh, root)");
}

bool TestDomainStepWizard::runCheck(MainWizard& wizard, const Account& account)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard) || !goToAccountPage(wizard))
        return false;
    fillAccount(wizard, account);
    return next(wizard, CheckingPageId) && waitForRunEnd(wizard, 60000);
}

void TestDomainStepWizard::rowShownForOwnDomain_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("row");
    QTest::addColumn<QString>("finding"); // shown in the domain row

    for (const char* lang : { "en", "ja" }) {
        QTest::addRow("no SPF, %s", lang) << lang << "user@nospf.test"
                                          << "smtp.shop.test" << true << "domain.spf-missing";
        QTest::addRow("carrier address, %s", lang) << lang << "user@docomo.ne.jp"
                                                   << "127.0.0.1" << false << "";
        // Planned (not a provider's domain), then left out: a test name that no DNS server here serves.
        QTest::addRow("test name DNS does not know, %s", lang) << lang << "user@example.test"
                                                               << "127.0.0.1" << false << "";
    }
}

void TestDomainStepWizard::rowShownForOwnDomain()
{
    QFETCH(QString, language);
    QFETCH(QString, email);
    QFETCH(QString, host);
    QFETCH(bool, row);
    QFETCH(QString, finding);
    QVERIFY(Language::install(language));
    QCoreApplication::sendPostedEvents();

    ScriptedServer server(lines({ "S: 220 smtp.shop.test ESMTP", "C: EHLO *", "S: 250-smtp.shop.test",
        "S: 250 AUTH PLAIN", "C: AUTH PLAIN *", "S: 235 2.7.0 Accepted", "C: QUIT", "S: 221 bye", "X:" }));
    QVERIFY(server.listen());
    Account account;
    account.email = email;
    account.host = host;
    account.port = QString::number(server.port());
    account.securityIndex = 3; // none: the scripted server speaks no TLS, the test allows it
    account.password = QStringLiteral("wizard d0main pass");
    account.allowInsecure = true;
    MainWizard wizard;
    QVERIFY(runCheck(wizard, account));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));

    // Checking page: the sixth row, after the other five, with its verdict and findings.
    StepRow* domainRow = child<StepRow*>(&wizard, QStringLiteral("stepRow_domain"));
    QVERIFY(domainRow);
    QCOMPARE(domainRow->isVisible(), row);
    QVERIFY(child<StepRow*>(&wizard, QStringLiteral("stepRow_interference"))->isVisible());
    const Report& report = wizard.checkController()->report();
    QCOMPARE(report.step(StepId::Domain) != nullptr, row);
    QCOMPARE(report.step(StepId::Auth)->status, StepStatus::Pass);
    if (row) {
        QCOMPARE(domainRow->statusText(), stepStatusLabel(StepStatus::Fail).toString());
        QVERIFY(domainRow->isExpanded()); // a problem opens by itself
        QWidget* shown = child<QWidget*>(domainRow, QStringLiteral("finding_") + finding);
        QVERIFY(shown && shown->isVisible());
        const Finding expected = *std::find_if(report.step(StepId::Domain)->findings.cbegin(),
            report.step(StepId::Domain)->findings.cend(),
            [&](const Finding& f) { return f.idName() == finding; });
        QCOMPARE(child<QLabel*>(shown, QStringLiteral("findingFix"))->text(), expected.fix().toString());
        QVERIFY(expected.fix().toString().contains(QStringLiteral("v=spf1 a:smtp.shop.test ~all")));
    }

    // Result page: the headline names the domain; the settings that worked are still the card.
    QVERIFY(next(wizard, ResultPageId));
    const QString verdict = child<QLabel*>(&wizard, QStringLiteral("verdictLabel"))->text();
    QCOMPARE(verdict, report.headline().toString());
    QVERIFY(child<QWidget*>(&wizard, QStringLiteral("recommendationBox"))->isVisible());
    QWidget* results = child<QWidget*>(&wizard, QStringLiteral("resultSteps"));
    StepRow* resultRow = child<StepRow*>(results, QStringLiteral("stepRow_domain"));
    QVERIFY(resultRow);
    QCOMPARE(resultRow->isVisible(), row);
    if (row) {
        QVERIFY2(verdict.contains(QStringLiteral("nospf.test")), qPrintable(verdict));
        if (language == QLatin1String("en"))
            QVERIFY2(verdict.contains(QStringLiteral("receiving servers may refuse")), qPrintable(verdict));
        else
            QVERIFY2(verdict.contains(QStringLiteral("受信側")), qPrintable(verdict));
        QWidget* shown = child<QWidget*>(resultRow, QStringLiteral("finding_") + finding);
        QVERIFY(shown && shown->isVisible());
    }
    Language::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}

void TestDomainStepWizard::explainPageOffersCheckDomain()
{
    // A refusal that names the sender's domain: the same sentence as `smtpdoctor explain`, with the
    // command; a refusal about the recipient offers nothing.
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToExplainPage(wizard));
    auto* input = child<QPlainTextEdit*>(&wizard, QStringLiteral("explainInput"));
    QLabel* offer = child<QLabel*>(&wizard, QStringLiteral("checkDomainLabel"));
    QVERIFY(offer && !offer->isVisible());
    input->setPlainText(
        QStringLiteral("550-5.7.26 Unauthenticated email from kaisha-abc.co.jp is not accepted due "
                       "to domain's\n550 5.7.26 DMARC policy. - gsmtp"));
    click(child<QWidget*>(&wizard, QStringLiteral("explainButton")));
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 5000);
    QCOMPARE(offer->text(), (CheckDomainOffer { QStringLiteral("kaisha-abc.co.jp") }).text().toString());
    QVERIFY(offer->text().contains(QStringLiteral("smtpdoctor check-domain kaisha-abc.co.jp")));

    input->setPlainText(
        QStringLiteral("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"));
    click(child<QWidget*>(&wizard, QStringLiteral("explainButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.findChildren<QWidget*>(QStringLiteral("explanationItem")).isEmpty()
            && child<QPushButton*>(&wizard, QStringLiteral("explainButton"))->isEnabled(),
        5000);
    QVERIFY(!offer->isVisible());
}

QTEST_MAIN(TestDomainStepWizard)
#include "tst_domainstep_wizard.moc"
