// The real wizard against the real Postfix of tests/fixtures/mta (ctest fixture "mta"): the good path
// over STARTTLS with the test CA reaches a pass verdict with the right settings to type in, and a test
// message goes through from the result page.
#include "core/i18n/language.h"
#include "mtafixture.h"
#include "ui/checkcontroller.h"
#include "ui/steprow.h"
#include "wizarddriver.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;
using namespace WizardDriver;

class TestWizardMta : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void goodPath_data();
    void goodPath();
    void testMessageFromResultPage();

private:
    Account account(quint16 port, int securityIndex) const;
    MtaFixture m_mta;
};

void TestWizardMta::initTestCase()
{
    Language::install(QStringLiteral("en"));
    m_mta = MtaFixture::load();
    if (!m_mta.isValid())
        QSKIP(
            qPrintable(QStringLiteral("needs the Postfix fixture (ctest -L mta starts it): ") + m_mta.error));
}

Account TestWizardMta::account(quint16 port, int securityIndex) const
{
    Account a;
    a.email = m_mta.user;
    a.host = m_mta.host;
    a.port = QString::number(port);
    a.securityIndex = securityIndex;
    a.password = m_mta.password;
    a.caFile = m_mta.caFile; // the "Company certificate" field under "More settings"
    return a;
}

void TestWizardMta::goodPath_data()
{
    QTest::addColumn<bool>("smtps");
    QTest::addColumn<QString>("security");
    QTest::newRow("submission, STARTTLS") << false << QStringLiteral("STARTTLS");
    QTest::newRow("smtps, SSL/TLS") << true << QStringLiteral("SSL/TLS");
}

void TestWizardMta::goodPath()
{
    QFETCH(bool, smtps);
    QFETCH(QString, security);
    const quint16 port = smtps ? m_mta.smtpsPort : m_mta.submissionPort;
    MainWizard wizard;
    QSignalSpy signedIn(&wizard, &MainWizard::signInSucceeded);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    fillAccount(wizard, account(port, smtps ? 1 : 2));
    QVERIFY(next(wizard, CheckingPageId));
    QVERIFY(waitForRunEnd(wizard, 60000));
    for (const QString& id : { QStringLiteral("network"), QStringLiteral("server"), QStringLiteral("tls"),
             QStringLiteral("auth") }) {
        StepRow* row = child<StepRow*>(&wizard, QStringLiteral("stepRow_") + id);
        QVERIFY2(row->statusText() == stepStatusLabel(StepStatus::Pass).toString(),
            qPrintable(id + QLatin1Char(' ') + row->statusText()));
    }
    QCOMPARE(signedIn.count(), 1); // the moment a keychain could store the password
    QVERIFY(next(wizard, ResultPageId));

    const QString verdict = child<QLabel*>(&wizard, QStringLiteral("verdictLabel"))->text();
    QVERIFY2(verdict.startsWith(QStringLiteral("Everything works")), qPrintable(verdict));
    QVERIFY(child<QWidget*>(&wizard, QStringLiteral("recommendationBox"))->isVisible());
    QCOMPARE(child<QLabel*>(&wizard, QStringLiteral("recommendedHostLabel"))->text(), m_mta.host);
    QCOMPARE(child<QLabel*>(&wizard, QStringLiteral("recommendedPortLabel"))->text(), QString::number(port));
    QCOMPARE(child<QLabel*>(&wizard, QStringLiteral("recommendedSecurityLabel"))->text(), security);
    QCOMPARE(child<QLabel*>(&wizard, QStringLiteral("recommendedUserLabel"))->text(), m_mta.user);

    click(child<QPushButton*>(&wizard, QStringLiteral("copyReportButton")));
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(verdict));
    QVERIFY(!copied.contains(m_mta.password));
}

void TestWizardMta::testMessageFromResultPage()
{
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    fillAccount(wizard, account(m_mta.submissionPort, 2));
    QVERIFY(next(wizard, CheckingPageId));
    QVERIFY(waitForRunEnd(wizard, 60000));
    QVERIFY(next(wizard, ResultPageId));

    click(child<QPushButton*>(&wizard, QStringLiteral("sendTestButton")));
    auto* recipient = child<QLineEdit*>(&wizard, QStringLiteral("recipientEdit"));
    QVERIFY(recipient->isVisible());
    QCOMPARE(recipient->text(), m_mta.user); // the user's own address by default
    typeInto(recipient, QStringLiteral("bob@"));
    click(child<QPushButton*>(&wizard, QStringLiteral("sendTestStartButton")));
    QVERIFY(child<QWidget*>(&wizard, QStringLiteral("recipientError"))->isVisible());
    QCOMPARE(wizard.currentId(), int(ResultPageId));

    typeInto(recipient, QStringLiteral("bob@example.org"));
    click(child<QPushButton*>(&wizard, QStringLiteral("sendTestStartButton")));
    QCOMPARE(wizard.currentId(), int(CheckingPageId)); // the run shows as it happens
    QVERIFY(child<StepRow*>(&wizard, QStringLiteral("stepRow_send")));
    QVERIFY(waitForRunEnd(wizard, 60000));
    StepRow* send = child<StepRow*>(&wizard, QStringLiteral("stepRow_send"));
    QCOMPARE(send->statusText(), stepStatusLabel(StepStatus::Pass).toString());
    QCOMPARE(wizard.checkController()->lastSettings().sendTo, QStringLiteral("bob@example.org"));
    QVERIFY(next(wizard, ResultPageId));
    QVERIFY(child<QLabel*>(&wizard, QStringLiteral("verdictLabel"))
                ->text()
                .startsWith(QStringLiteral("Everything works")));
}

QTEST_MAIN(TestWizardMta)
#include "tst_wizard_mta.moc"
