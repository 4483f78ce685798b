// The wizard's account page with an IT preset (pre-filled, locked, helpdesk on the result page, a broken
// preset explained) and with settings suggested from the email address (provider table only: no network).
#include "testfiles.h"
#include "core/autodetect/autodetector.h"
#include "core/i18n/language.h"
#include "scriptedserver.h"
#include "ui/accountassistant.h"
#include "ui/accountmodel.h"
#include "ui/inlinemessage.h"
#include "ui/pageid.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpDoctor;
using namespace WizardDriver;

class TestWizardAssistant : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void presetFillsAndLocksTheWizard();
    void presetLanguage();
    void brokenPresetIsExplained();
    void suggestionsFromTheEmailAddress_data();
    void suggestionsFromTheEmailAddress();
    void reservedDomainsAreNotLookedUp();

private:
    QString writePreset(const QString& name, const QByteArray& text);
    static bool enterEmail(MainWizard& wizard, const QString& address);
    QTemporaryDir m_dir;
};

void TestWizardAssistant::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Language::install(QStringLiteral("en"));
}

void TestWizardAssistant::cleanup()
{
    Language::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}

QString TestWizardAssistant::writePreset(const QString& name, const QByteArray& text)
{
    return writeTestFile(m_dir, name, text);
}

bool TestWizardAssistant::enterEmail(MainWizard& wizard, const QString& address)
{
    Autodetector* detector = wizard.accountAssistant()->autodetector();
    QSignalSpy finished(detector, &Autodetector::finished);
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("emailEdit")), address);
    return finished.count() > 0 || finished.wait(15000);
}

void TestWizardAssistant::presetFillsAndLocksTheWizard()
{
    ScriptedServer server({ QStringLiteral("S: 220 corp ESMTP"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-corp"),
        QStringLiteral("S: 250 SIZE 1000"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X:") });
    QVERIFY(server.listen());
    const QString preset = writePreset(QStringLiteral("corp.ini"),
        "[organisation]\nname = Example Corp\nhelpdesk = IT desk, ext. 1234\n[server]\nhost = 127.0.0.1\nport = "
            + QByteArray::number(server.port()) + "\nsecurity = none\nusername = local-part\nlocked = host, port, security\n");
    MainWizard wizard;
    wizard.accountAssistant()->applyPreset(findPreset(preset), true);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));

    auto* host = child<QLineEdit*>(&wizard, QStringLiteral("hostEdit"));
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(host->isReadOnly());
    QCOMPARE(child<QComboBox*>(&wizard, QStringLiteral("portCombo"))->currentText(), QString::number(server.port()));
    QVERIFY(!child<QComboBox*>(&wizard, QStringLiteral("portCombo"))->isEnabled());
    QVERIFY(!child<QComboBox*>(&wizard, QStringLiteral("securityCombo"))->isEnabled());
    QVERIFY(!child<QLineEdit*>(&wizard, QStringLiteral("userEdit"))->isReadOnly());
    QVERIFY(child<QLabel*>(&wizard, QStringLiteral("lockNoteLabel"))->isVisible());
    auto* notice = child<InlineMessage*>(&wizard, QStringLiteral("accountNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Example Corp")), qPrintable(notice->text()));

    // The user name follows the preset's form: the part before "@".
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("emailEdit")), QStringLiteral("taro@corp.example"));
    QCOMPARE(child<QLineEdit*>(&wizard, QStringLiteral("userEdit"))->text(), QStringLiteral("taro"));
    // Suggestions would only fight the locked server: none are looked up.
    QCOMPARE(wizard.accountModel()->suggestions().size(), 0);
    // Without a user name the check runs without signing in; the helpdesk reaches the result page.
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("userEdit")), QString());
    QVERIFY(next(wizard, CheckingPageId));
    QVERIFY(waitForRunEnd(wizard, 30000));
    QVERIFY(next(wizard, ResultPageId));
    auto* helpdesk = child<QLabel*>(&wizard, QStringLiteral("helpdeskLabel"));
    QVERIFY(helpdesk->isVisible());
    QVERIFY2(helpdesk->text().contains(QStringLiteral("IT desk, ext. 1234")), qPrintable(helpdesk->text()));
    QCOMPARE(server.connectionCount(), 1);
}

void TestWizardAssistant::presetLanguage()
{
    const QString preset = writePreset(QStringLiteral("ja.ini"), "[organisation]\nname = サンプル株式会社\nlanguage = ja\n");
    MainWizard wizard;
    wizard.accountAssistant()->applyPreset(findPreset(preset), false);
    QCOMPARE(Language::current(), QStringLiteral("ja"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    const QString notice = child<InlineMessage*>(&wizard, QStringLiteral("accountNotice"))->text();
    QVERIFY2(notice.contains(QStringLiteral("サンプル株式会社")) && notice != QStringLiteral("These settings were prepared by サンプル株式会社."),
        qPrintable(notice));
    // A language chosen on the command line wins.
    Language::install(QStringLiteral("en"));
    MainWizard second;
    second.accountAssistant()->applyPreset(findPreset(preset), true);
    QCOMPARE(Language::current(), QStringLiteral("en"));
}

void TestWizardAssistant::brokenPresetIsExplained()
{
    const QString preset = writePreset(QStringLiteral("broken.ini"), "[server]\nhost = smtp.corp.example\nprot = 587\nlocked = host\n");
    MainWizard wizard;
    wizard.accountAssistant()->applyPreset(findPreset(preset), true);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    auto* notice = child<InlineMessage*>(&wizard, QStringLiteral("accountNotice"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(preset) && notice->text().contains(QStringLiteral("line 3")), qPrintable(notice->text()));
    // Nothing of the broken file is used.
    QVERIFY(child<QLineEdit*>(&wizard, QStringLiteral("hostEdit"))->text().isEmpty());
    QVERIFY(!child<QLineEdit*>(&wizard, QStringLiteral("hostEdit"))->isReadOnly());
    // The explanation follows the language.
    wizard.switchLanguage(QStringLiteral("ja"));
    QCoreApplication::sendPostedEvents();
    QVERIFY2(notice->text().contains(QStringLiteral("3 行目")), qPrintable(notice->text()));
}

void TestWizardAssistant::suggestionsFromTheEmailAddress_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("user"); // what the user name field holds afterwards
    QTest::addColumn<QString>("note"); // part of the first suggestion's text
    QTest::newRow("OCN") << "hanako@ocn.ne.jp" << "smtp.ocn.ne.jp" << "465" << "hanako@ocn.ne.jp" << "your whole email address";
    QTest::newRow("Gmail") << "taro@gmail.com" << "smtp.gmail.com" << "465" << "taro@gmail.com" << "app password";
    QTest::newRow("Yahoo! JAPAN") << "jiro@yahoo.co.jp" << "smtp.mail.yahoo.co.jp" << "465" << "jiro" << "Yahoo! JAPAN ID";
    QTest::newRow("docomo") << "saburo@docomo.ne.jp" << "smtp.spmode.ne.jp" << "465" << "saburo@docomo.ne.jp" << "d ACCOUNT ID";
}

void TestWizardAssistant::suggestionsFromTheEmailAddress()
{
    QFETCH(QString, email);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, user);
    QFETCH(QString, note);
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    QVERIFY(enterEmail(wizard, email));
    auto* use = child<QPushButton*>(&wizard, QStringLiteral("useSuggestionButton_0"));
    QVERIFY(use);
    QTRY_VERIFY(use->isVisible());
    const QString text = child<QLabel*>(&wizard, QStringLiteral("suggestionLabel_0"))->text();
    QVERIFY2(text.contains(host) && text.contains(QStringLiteral("SMTP Doctor's list of mail providers")) && text.contains(note), qPrintable(text));
    QCOMPARE(child<QLineEdit*>(&wizard, QStringLiteral("userEdit"))->text(), user);
    click(use);
    QCOMPARE(child<QLineEdit*>(&wizard, QStringLiteral("hostEdit"))->text(), host);
    QCOMPARE(child<QComboBox*>(&wizard, QStringLiteral("portCombo"))->currentText(), port);
    QCOMPARE(child<QComboBox*>(&wizard, QStringLiteral("securityCombo"))->currentText(), QStringLiteral("SSL/TLS"));
    // The suggestions speak the wizard's language.
    wizard.switchLanguage(QStringLiteral("ja"));
    QCoreApplication::sendPostedEvents();
    QTRY_VERIFY(child<QLabel*>(&wizard, QStringLiteral("suggestionLabel_0")) != nullptr);
    const QString ja = child<QLabel*>(&wizard, QStringLiteral("suggestionLabel_0"))->text();
    QVERIFY2(ja.contains(QStringLiteral("SMTP Doctor に登録されたメールサービスの一覧")), qPrintable(ja));
}

void TestWizardAssistant::reservedDomainsAreNotLookedUp()
{
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    QVERIFY(enterEmail(wizard, QStringLiteral("bob@example.com")));
    QVERIFY(wizard.accountModel()->suggestions().isEmpty());
    QVERIFY(child<QLabel*>(&wizard, QStringLiteral("suggestionsEmptyLabel"))->isVisible());
    QVERIFY(wizard.accountAssistant()->autodetector()->log().join(QLatin1Char('\n')).contains(QStringLiteral("reserved")));
}

QTEST_MAIN(TestWizardAssistant)
#include "tst_wizard_assistant.moc"
