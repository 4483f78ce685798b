// "Remember the password" in the wizard. Built twice: tst_wizard_keychain runs with a real private keyring
// (with-test-keyring.sh): saved after a successful sign-in, filled in again in the next window,
// forgotten when unticked. tst_wizard_nokeychain runs without any session bus (without-session-bus.sh):
// the wizard says so plainly and keeps the password for the session only.
#include "core/credentials/credentialstore.h"
#include "core/i18n/language.h"
#include "scriptedserver.h"
#include "ui/accountassistant.h"
#include "ui/accountmodel.h"
#include "ui/inlinemessage.h"
#include "ui/pageid.h"
#include "wizarddriver.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpDoctor;
using namespace WizardDriver;

class TestWizardKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rememberedPasswordComesBack();
    void withoutKeychainThePasswordStaysInMemory();

private:
    static QStringList acceptingServer();
    static bool signInWithRemember(MainWizard& wizard, quint16 port, const QString& password);
    static bool hasSessionBus() { return !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty(); }
    const QString m_password = QStringLiteral("wizard: p\u00e4ss w0rd");
};

void TestWizardKeychain::initTestCase()
{
    Language::install(QStringLiteral("en"));
    if (qEnvironmentVariable("SMTPDOCTOR_TEST_KEYRING_HOME").isEmpty())
        QSKIP("needs a private keyring or none at all: run through ctest (tests/credentials/*.sh)");
}

QStringList TestWizardKeychain::acceptingServer()
{
    return { QStringLiteral("S: 220 x"), QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-x"), QStringLiteral("S: 250 AUTH PLAIN"),
        QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Authentication successful"), QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 bye") };
}

bool TestWizardKeychain::signInWithRemember(MainWizard& wizard, quint16 port, const QString& password)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard) || !goToAccountPage(wizard))
        return false;
    Account account;
    account.email = QStringLiteral("alice@example.test");
    account.host = QStringLiteral("127.0.0.1");
    account.port = QString::number(port);
    account.securityIndex = 3; // none: the fake server speaks plain text
    account.password = password;
    account.allowInsecure = true;
    fillAccount(wizard, account);
    click(child<QCheckBox*>(&wizard, QStringLiteral("rememberCheck")));
    if (!wizard.accountModel()->rememberPassword())
        return false;
    QSignalSpy stored(wizard.accountAssistant()->credentialStore(), &CredentialStore::finished);
    if (!next(wizard, CheckingPageId) || !waitForRunEnd(wizard, 30000))
        return false;
    // Saving starts once the run has signed in.
    return stored.count() > 0 || stored.wait(30000);
}

void TestWizardKeychain::rememberedPasswordComesBack()
{
    if (!hasSessionBus())
        QSKIP("this build runs without a keychain");
    ScriptedServer server(acceptingServer());
    QVERIFY(server.listen());
    const CredentialKey key { QStringLiteral("alice@example.test"), QStringLiteral("127.0.0.1") };
    {
        MainWizard first;
        QVERIFY(signInWithRemember(first, server.port(), m_password));
        const QString message = child<InlineMessage*>(&first, QStringLiteral("keychainMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("saved in this computer's password store")), qPrintable(message));
    }
    CredentialStore check;
    QSignalSpy read(&check, &CredentialStore::finished);
    check.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().first().value<CredentialResult>().password, m_password);

    // The next window: as soon as user name and server are typed, the password is filled in.
    MainWizard second;
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(goToAccountPage(second));
    typeInto(child<QLineEdit*>(&second, QStringLiteral("emailEdit")), key.user);
    typeInto(child<QLineEdit*>(&second, QStringLiteral("hostEdit")), key.host);
    QTRY_COMPARE_WITH_TIMEOUT(second.accountModel()->password(), m_password, 15000);
    QVERIFY(child<QCheckBox*>(&second, QStringLiteral("rememberCheck"))->isChecked());
    QVERIFY(child<QLineEdit*>(&second, QStringLiteral("passwordEdit"))->echoMode() == QLineEdit::Password);
    QVERIFY(child<InlineMessage*>(&second, QStringLiteral("keychainMessage"))->text().contains(QStringLiteral("read from this computer's password store")));

    // Unticking forgets it.
    QSignalSpy forgotten(second.accountAssistant()->credentialStore(), &CredentialStore::finished);
    click(child<QCheckBox*>(&second, QStringLiteral("rememberCheck")));
    QVERIFY(forgotten.wait(10000));
    QVERIFY(child<InlineMessage*>(&second, QStringLiteral("keychainMessage"))->text().contains(QStringLiteral("removed")));
    read.clear();
    check.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.first().first().value<CredentialResult>().status, CredentialStatus::NotFound);
}

void TestWizardKeychain::withoutKeychainThePasswordStaysInMemory()
{
    if (hasSessionBus())
        QSKIP("this build runs with a keychain");
    ScriptedServer server(acceptingServer());
    QVERIFY(server.listen());
    MainWizard wizard;
    QVERIFY(signInWithRemember(wizard, server.port(), m_password));
    const QString message = child<InlineMessage*>(&wizard, QStringLiteral("keychainMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("no password store")) && message.contains(QStringLiteral("this session only")), qPrintable(message));
    QVERIFY(wizard.accountAssistant()->credentialStore()->hasSessionPassword({ QStringLiteral("alice@example.test"), QStringLiteral("127.0.0.1") }));
    QCOMPARE(wizard.accountModel()->password(), m_password); // still there for another run in this window
}

QTEST_MAIN(TestWizardKeychain)
#include "tst_wizard_keychain.moc"
