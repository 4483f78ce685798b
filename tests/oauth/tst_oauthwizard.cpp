// The real wizard signing in with OAuth 2.0 against the real parts of tests/fixtures/oauth: the authlib
// provider, Dovecot's submission service checking the token at the provider, and headless Chromium as the
// system browser (QDesktopServices::setUrlHandler points the wizard's browser call at it, the one seam).
// The account page proposes the browser sign-in from the preset's [oauth] section, hides the password,
// the checking page waits in the credentials row with Cancel, and the result page names the method.
#include "core/report/settingscard.h"
#include "core/findings/findingid.h"
#include "core/findings/stepid.h"
#include "core/i18n/language.h"
#include "core/oauth/oauthprofile.h"
#include "headlessbrowser.h"
#include "oauthcli.h"
#include "oauthfixture.h"
#include "ui/accountmodel.h"
#include "ui/checkcontroller.h"
#include "ui/checkingpage.h"
#include "ui/steprow.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace SmtpDoctor;
using namespace WizardDriver;

// The system browser as far as the wizard can tell: QDesktopServices hands it every https address.
class BrowserStandIn : public QObject
{
    Q_OBJECT
public:
    BrowserStandIn(const OAuthFixture& fixture, MainWizard* wizard)
        : m_fixture(fixture)
        , m_wizard(wizard)
    {
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "open");
    }
    ~BrowserStandIn() override { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }
    bool openForReal = true; // false: the user never signs in (the page is "closed")
    QList<QUrl> opened;
    bool rowWaitedWhenOpened = false; // the credentials row said "waiting" with Cancel, as the page opened

public slots:
    void open(const QUrl& url)
    {
        opened << url;
        QWidget* page = m_wizard->checkingPage();
        auto* row = child<StepRow*>(page, QStringLiteral("stepRow_auth"));
        auto* cancel = row ? child<QPushButton*>(row, QStringLiteral("cancelSignInButton")) : nullptr;
        rowWaitedWhenOpened = row && row->isWaitingForBrowser() && cancel && cancel->isVisibleTo(page);
        if (!openForReal)
            return;
        m_browser = std::make_unique<HeadlessBrowser>(m_fixture.spki);
        m_browser->open(url);
    }

private:
    const OAuthFixture& m_fixture;
    MainWizard* m_wizard;
    std::unique_ptr<HeadlessBrowser> m_browser;
};

class TestOAuthWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passwordUnlessSomethingSaysOAuth();
    void signInThroughTheBrowser();
    void cancelWhileWaiting();

private:
    // The wizard on the account page with the preset (client `clientId`) and the account filled in.
    bool openAccountPage(MainWizard& wizard);
    void fillOAuthAccount(MainWizard& wizard);
    QStringList authFindingIds(MainWizard& wizard) const;

    OAuthFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestOAuthWizard::initTestCase()
{
    // A real X server (with-xvfb.sh), not the offscreen plugin the other GUI tests use.
    QVERIFY2(
        QGuiApplication::platformName() == QLatin1String("xcb"), qPrintable(QGuiApplication::platformName()));
    Language::install(QStringLiteral("en"));
    m_fixture = OAuthFixture::load();
    if (!m_fixture.isValid())
        QSKIP(qPrintable(m_fixture.error));
    QVERIFY(m_dir.isValid());
}

bool TestOAuthWizard::openAccountPage(MainWizard& wizard)
{
    wizard.show();
    return QTest::qWaitForWindowExposed(&wizard) && goToAccountPage(wizard);
}

void TestOAuthWizard::fillOAuthAccount(MainWizard& wizard)
{
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("emailEdit")), m_fixture.user);
    auto* advanced = child<QToolButton*>(&wizard, QStringLiteral("advancedButton"));
    if (!advanced->isChecked())
        click(advanced);
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("caFileEdit")), m_fixture.caFile);
}

QStringList TestOAuthWizard::authFindingIds(MainWizard& wizard) const
{
    QStringList ids;
    for (const StepResult& step : wizard.checkController()->report().steps)
        if (step.id == StepId::Auth)
            for (const Finding& f : step.findings)
                ids << findingIdName(f.id);
    return ids;
}

void TestOAuthWizard::passwordUnlessSomethingSaysOAuth()
{
    // Without a preset: Outlook.com wants OAuth, but this copy has no client id (the build's default), so
    // the page keeps the password and, when the user picks the browser anyway, says why it cannot work.
    if (OAuthProfiles::forProviderId(QStringLiteral("outlook")).value_or(OAuthProfile {}).isConfigured())
        QSKIP("this build carries a Microsoft client id");
    MainWizard plain;
    QVERIFY(openAccountPage(plain));
    typeInto(child<QLineEdit*>(&plain, QStringLiteral("emailEdit")), QStringLiteral("someone@outlook.com"));
    auto* combo = child<QComboBox*>(&plain, QStringLiteral("signInCombo"));
    QVERIFY(combo);
    QCOMPARE(plain.accountModel()->signInMethod(), SignInMethod::Password);
    QCOMPARE(combo->currentText(), QStringLiteral("Password"));
    QVERIFY(child<QLineEdit*>(&plain, QStringLiteral("passwordEdit"))->isVisibleTo(&plain));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // keyboard, as a user would
    QCOMPARE(plain.accountModel()->signInMethod(), SignInMethod::OAuth);
    QVERIFY(!child<QLineEdit*>(&plain, QStringLiteral("passwordEdit"))->isVisibleTo(&plain));
    auto* note = plain.findChild<QWidget*>(QStringLiteral("signInNote"));
    QVERIFY(note && note->isVisibleTo(&plain));
    const QList<QLabel*> labels = note->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
        return l->text().contains(QStringLiteral("no registration with Microsoft"));
    }));
    // The user's choice stays when the address changes.
    typeInto(child<QLineEdit*>(&plain, QStringLiteral("emailEdit")), QStringLiteral("other@hotmail.com"));
    QCOMPARE(plain.accountModel()->signInMethod(), SignInMethod::OAuth);

    // With the preset's [oauth] section the browser sign-in is proposed, and the password goes away.
    const QString preset = OAuthCli::writePreset(
        m_dir, m_fixture, QStringLiteral("smtpdoctor-test"), m_fixture.submissionPort);
    QVERIFY(!preset.isEmpty());
    MainWizard wizard({ preset, false });
    QVERIFY(openAccountPage(wizard));
    fillOAuthAccount(wizard);
    QCOMPARE(wizard.accountModel()->signInMethod(), SignInMethod::OAuth);
    QCOMPARE(child<QComboBox*>(&wizard, QStringLiteral("signInCombo"))->currentText(),
        QStringLiteral("Sign in with the browser (OAuth 2.0)"));
    QVERIFY(!child<QLineEdit*>(&wizard, QStringLiteral("passwordEdit"))->isVisibleTo(&wizard));
}

void TestOAuthWizard::signInThroughTheBrowser()
{
    const QString preset = OAuthCli::writePreset(
        m_dir, m_fixture, QStringLiteral("smtpdoctor-test"), m_fixture.submissionPort);
    QVERIFY(!preset.isEmpty());
    MainWizard wizard({ preset, false });
    BrowserStandIn browser(m_fixture, &wizard);
    QVERIFY(openAccountPage(wizard));
    fillOAuthAccount(wizard);
    QVERIFY(next(wizard, CheckingPageId));
    QVERIFY(waitForRunEnd(wizard, 90000));
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.first().host(), m_fixture.authorizeUrl.host());
    QVERIFY(browser.rowWaitedWhenOpened);
    auto* row = child<StepRow*>(wizard.checkingPage(), QStringLiteral("stepRow_auth"));
    QVERIFY2(row->statusText() == stepStatusLabel(StepStatus::Pass).toString(),
        qPrintable(row->statusText() + QLatin1Char(' ') + authFindingIds(wizard).join(QLatin1Char(' '))));
    QVERIFY(!row->isWaitingForBrowser());
    QVERIFY(!child<QWidget*>(row, QStringLiteral("browserWaitBox"))->isVisibleTo(row));
    QVERIFY(wizard.checkController()->report().signedIn);
    QVERIFY(next(wizard, ResultPageId));
    // The settings card's authentication method is what worked: OAuth, whatever else the server offers.
    auto* method = child<QLabel*>(&wizard, QStringLiteral("recommendedAuthLabel"));
    QVERIFY(method && method->isVisibleTo(&wizard));
    QCOMPARE(method->text(), SettingsCard::authLabel(AuthChoice::OAuth).toString());
    // Dovecot saw the token and let the user in.
    QVERIFY(m_fixture.dovecotLogText().contains(m_fixture.user.toUtf8()));
}

void TestOAuthWizard::cancelWhileWaiting()
{
    const QString preset = OAuthCli::writePreset(
        m_dir, m_fixture, QStringLiteral("smtpdoctor-test"), m_fixture.submissionPort);
    MainWizard wizard({ preset, false });
    BrowserStandIn browser(m_fixture, &wizard);
    browser.openForReal = false; // the page opens nowhere: the user gives up and presses Cancel
    QVERIFY(openAccountPage(wizard));
    fillOAuthAccount(wizard);
    QVERIFY(next(wizard, CheckingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!browser.opened.isEmpty(), 30000);
    QVERIFY(browser.rowWaitedWhenOpened);
    auto* row = child<StepRow*>(wizard.checkingPage(), QStringLiteral("stepRow_auth"));
    // The window keeps working while it waits: the summary says what it waits for.
    auto* summary = row->findChild<QLabel*>(QStringLiteral("stepSummary"));
    QVERIFY(summary);
    QVERIFY(summary->text().contains(QStringLiteral("sign in in the browser")));
    click(child<QPushButton*>(row, QStringLiteral("cancelSignInButton")));
    QVERIFY(waitForRunEnd(wizard, 20000));
    QVERIFY(!wizard.checkController()->report().signedIn);
    QCOMPARE(authFindingIds(wizard), QStringList { QStringLiteral("auth.oauth-cancelled") });
    QCOMPARE(row->statusText(), stepStatusLabel(StepStatus::Fail).toString());
    // Only the sign-in was cancelled, not the run: the steps after it still ran.
    auto* interference = child<StepRow*>(wizard.checkingPage(), QStringLiteral("stepRow_interference"));
    QVERIFY(interference && interference->hasResult());
}

QTEST_MAIN(TestOAuthWizard)
#include "tst_oauthwizard.moc"
