// Tours every page of the wizard in both languages, at normal and at larger text size, and fails if
// any text is cut off. With SCREENSHOT_DIR set (tests/gui/screenshots.sh) it also saves each view as
// a PNG, for people to look at: <lang>-<percent>-<nn>-<view>.png.
#include "core/i18n/language.h"
#include "mtafixture.h"
#include "scriptedserver.h"
#include "ui/conversationdialog.h"
#include "ui/textscaler.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>
#include <QWizardPage>

using namespace SmtpDoctor;
using namespace WizardDriver;

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void tour_data();
    void tour();
    void cleanup();

private:
    void shoot(QWidget* window, const QString& view);
    QString m_prefix;
    int m_counter = 0;
    QStringList m_problems;
};

void TestScreenshots::cleanup()
{
    Language::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}

void TestScreenshots::shoot(QWidget* window, const QString& view)
{
    QCoreApplication::sendPostedEvents();
    QTest::qWait(50); // let layouts settle after the last change (bounded, only for rendering)
    const QStringList clipped = clippedWidgets(window);
    for (const QString& c : clipped)
        m_problems << view + QStringLiteral(": ") + c;
    const QString dir = qEnvironmentVariable("SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    const QString base = QStringLiteral("%1/%2-%3-%4")
                             .arg(dir, m_prefix)
                             .arg(++m_counter, 2, 10, QLatin1Char('0'))
                             .arg(view);
    QVERIFY(window->grab().save(base + QStringLiteral(".png")));
    // The whole page, also what is scrolled out of view.
    if (auto* wizard = qobject_cast<QWizard*>(window)) {
        if (auto* scroll = wizard->currentPage()->findChild<QScrollArea*>()) {
            if (scroll->widget()->height() > scroll->viewport()->height())
                QVERIFY(scroll->widget()->grab().save(base + QStringLiteral("-full.png")));
        }
    }
}

void TestScreenshots::tour_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("percent");
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("ja") })
        for (int percent : { 100, TextScaler::LargerPercent })
            QTest::addRow("%s-%d", qPrintable(language), percent) << language << percent;
}

void TestScreenshots::tour()
{
    QFETCH(QString, language);
    QFETCH(int, percent);
    m_prefix = QStringLiteral("%1-%2").arg(language).arg(percent);
    m_counter = 0;
    m_problems.clear();
    if (const QString dir = qEnvironmentVariable("SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(QDir().mkpath(dir));

    ScriptedServer rejecting({ QStringLiteral("S: 220 mail.example.test ESMTP"), QStringLiteral("C: EHLO *"),
        QStringLiteral("S: 250-mail.example.test"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: AUTH PLAIN *"),
        QStringLiteral("S: 535 5.7.8 Username and Password not accepted. Learn more at "
                       "https://support.example.test/auth"),
        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("X:") });
    ScriptedServer silent({ QStringLiteral("Z:") });
    // Accepts the password over a plain connection: a result with settings to type in and every
    // program's guide, without a TLS fixture.
    ScriptedServer accepting({ QStringLiteral("S: 220 mail.example.test ESMTP"), QStringLiteral("C: EHLO *"),
        QStringLiteral("S: 250-mail.example.test"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Authentication successful"),
        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("X:") });
    QVERIFY(rejecting.listen());
    QVERIFY(silent.listen());
    QVERIFY(accepting.listen());

    Language::install(language);
    MainWizard wizard;
    wizard.textScaler()->setPercent(percent);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    shoot(&wizard, QStringLiteral("welcome"));

    QVERIFY(goToAccountPage(wizard));
    Account account;
    account.email = QStringLiteral("alice@example.test");
    account.host = QStringLiteral("127.0.0.1");
    account.port = QString::number(silent.port());
    account.securityIndex = 3;
    account.password = QStringLiteral("not the real one");
    account.allowInsecure = true;
    fillAccount(wizard, account);
    typeInto(child<QWidget*>(&wizard, QStringLiteral("hostEdit")), QStringLiteral("smtp example.test"));
    click(wizard.button(QWizard::NextButton)); // refused: the message appears beside the field
    shoot(&wizard, QStringLiteral("account-problem"));
    typeInto(child<QWidget*>(&wizard, QStringLiteral("hostEdit")), QStringLiteral("127.0.0.1"));
    click(child<QWidget*>(&wizard, QStringLiteral("advancedButton")));
    shoot(&wizard, QStringLiteral("account"));

    QVERIFY(next(wizard, CheckingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(silent.connectionCount() >= 1, 5000);
    QTest::qWait(600); // the elapsed time shows a value
    shoot(&wizard, QStringLiteral("checking-running"));
    click(child<QPushButton*>(&wizard, QStringLiteral("cancelButton")));
    shoot(&wizard, QStringLiteral("checking-stopped"));

    click(wizard.button(QWizard::BackButton));
    typeInto(child<QComboBox*>(&wizard, QStringLiteral("portCombo"))->lineEdit(),
        QString::number(rejecting.port()));
    QVERIFY(next(wizard, CheckingPageId));
    QVERIFY(waitForRunEnd(wizard, 30000));
    shoot(&wizard, QStringLiteral("checking-done"));

    QVERIFY(next(wizard, ResultPageId));
    shoot(&wizard, QStringLiteral("result"));
    click(child<QPushButton*>(&wizard, QStringLiteral("copyReportButton")));
    click(child<QPushButton*>(&wizard, QStringLiteral("sendTestButton")));
    shoot(&wizard, QStringLiteral("result-test-message"));

    click(child<QPushButton*>(&wizard, QStringLiteral("showConversationButton")));
    auto* dialog = wizard.findChild<ConversationDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    shoot(dialog, QStringLiteral("conversation"));
    dialog->close();

    wizard.restart();
    click(child<QWidget*>(&wizard, QStringLiteral("explainRadio")));
    QVERIFY(next(wizard, ExplainPageId));
    shoot(&wizard, QStringLiteral("explain-empty"));
    child<QPlainTextEdit*>(&wizard, QStringLiteral("explainInput"))
        ->setPlainText(
            QStringLiteral("This is the mail system at host mail.example.test.\n\n"
                           "<bob@example.org>: host mx.example.org said: 550 5.1.1 <bob@example.org>: "
                           "Recipient address rejected: User unknown in virtual mailbox table"));
    click(child<QWidget*>(&wizard, QStringLiteral("explainButton")));
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QPushButton*>(&wizard, QStringLiteral("explainButton"))->isEnabled(), 5000);
    shoot(&wizard, QStringLiteral("explain"));

    // The settings card and the guide of every mail program, with its own labels.
    wizard.restart();
    QVERIFY(goToAccountPage(wizard));
    account.port = QString::number(accepting.port());
    fillAccount(wizard, account);
    QVERIFY(next(wizard, CheckingPageId));
    QVERIFY(waitForRunEnd(wizard, 30000));
    QVERIFY(next(wizard, ResultPageId));
    auto* programs = child<QComboBox*>(&wizard, QStringLiteral("mailProgramCombo"));
    QVERIFY(programs && programs->count() > 0);
    for (int i = 0; i < programs->count(); ++i) {
        programs->setCurrentIndex(i);
        emit programs->activated(i);
        shoot(&wizard, QStringLiteral("result-card-") + programs->itemData(i).toString());
    }

    // A pass, with the settings to type in: needs the real Postfix (the fake server speaks no TLS).
    if (const MtaFixture mta = MtaFixture::load(); mta.isValid()) {
        wizard.restart();
        QVERIFY(goToAccountPage(wizard));
        Account good;
        good.email = mta.user;
        good.host = mta.host;
        good.port = QString::number(mta.submissionPort);
        good.securityIndex = 2;
        good.password = mta.password;
        good.caFile = mta.caFile;
        fillAccount(wizard, good);
        QVERIFY(next(wizard, CheckingPageId));
        QVERIFY(waitForRunEnd(wizard, 60000));
        QVERIFY(next(wizard, ResultPageId));
        shoot(&wizard, QStringLiteral("result-pass"));
    }

    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
