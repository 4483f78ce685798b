// The real wizard window against the scripted fake SMTP server on loopback: inline validation, a
// wrong password explained on the checking and result pages, Stop/Back/Escape during a silent server,
// language switching, server text shown literally, and the report actions.
#include "core/findings/finding.h"
#include "core/i18n/language.h"
#include "core/knowledge/knowledgetypes.h"
#include "core/settings/inputvalidation.h"
#include "scriptedserver.h"
#include "ui/accountmodel.h"
#include "ui/checkcontroller.h"
#include "ui/checkingpage.h"
#include "ui/conversationdialog.h"
#include "ui/inlinemessage.h"
#include "ui/steprow.h"
#include "wizarddriver.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpDoctor;
using namespace WizardDriver;

namespace {

const QString Password = QStringLiteral("Wr0ng pass wörd");

// Plain SMTP (the fake server speaks no TLS): the test allows the unencrypted sign-in explicitly.
QStringList rejectingServer()
{
    return { QStringLiteral("S: 220 <i>fake</i>.test ESMTP"), QStringLiteral("C: EHLO *"),
        QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: AUTH PLAIN *"),
        QStringLiteral("S: 535 5.7.8 Username and Password not accepted <b>html</b>"),
        // The auth step may try the user name once more in another form before it gives up.
        QStringLiteral("C: *"), QStringLiteral("S: 535 5.7.8 Username and Password not accepted <b>html</b>"),
        QStringLiteral("C: *"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("X:") };
}

Account plainAccount(quint16 port)
{
    Account a;
    a.email = QStringLiteral("alice@example.test");
    a.host = QStringLiteral("127.0.0.1");
    a.port = QString::number(port);
    a.securityIndex = 3; // none
    a.password = Password;
    a.allowInsecure = true;
    return a;
}

bool containsCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void inlineValidation_data();
    void inlineValidation();
    void hostWithPortIsSplit();
    void wrongPasswordIsExplained();
    void serverTextIsShownLiterally();
    void reportActions();
    void stopDuringSilentServer();
    void backDuringRunStopsIt();
    void escapeDuringRunStopsOnlyTheCheck();
    void languageSwitchRetranslates();
    void resultsFollowTheLanguage();
    void presetLocksAndSuggestions();
    void explainPageShowsItems();
    void nextPageChangedWhileHiddenIsLaidOutAhead();

private:
    // Runs the wizard up to the end of a check against `server`; returns false on any hang.
    bool runCheck(MainWizard& wizard, const Account& account);
};

void TestWizard::initTestCase()
{
    Language::install(QStringLiteral("en"));
}

void TestWizard::cleanup()
{
    Language::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(); // deliver the LanguageChange events before the next test
}

bool TestWizard::runCheck(MainWizard& wizard, const Account& account)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard) || !goToAccountPage(wizard))
        return false;
    fillAccount(wizard, account);
    return next(wizard, CheckingPageId) && waitForRunEnd(wizard, 30000);
}

void TestWizard::inlineValidation_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<QString>("expected");

    HostInput ignored;
    quint16 p = 0;
    QTest::newRow("space in server name")
        << QStringLiteral("a@example.com") << QStringLiteral("smtp example.com") << QString()
        << QStringLiteral("hostError")
        << parseHostInput(QStringLiteral("smtp example.com"), &ignored).toString();
    QTest::newRow("email as server") << QStringLiteral("a@example.com") << QStringLiteral("a@example.com")
                                     << QString() << QStringLiteral("hostError")
                                     << parseHostInput(QStringLiteral("a@example.com"), &ignored).toString();
    QTest::newRow("web address")
        << QStringLiteral("a@example.com") << QStringLiteral("https://mail.example.com") << QString()
        << QStringLiteral("hostError")
        << parseHostInput(QStringLiteral("https://mail.example.com"), &ignored).toString();
    QTest::newRow("incomplete email")
        << QStringLiteral("alice@") << QStringLiteral("smtp.example.com") << QString()
        << QStringLiteral("emailError") << validateEmailAddress(QStringLiteral("alice@")).toString();
    QTest::newRow("port out of range")
        << QStringLiteral("a@example.com") << QStringLiteral("smtp.example.com") << QStringLiteral("70000")
        << QStringLiteral("portError") << validatePort(QStringLiteral("70000"), &p).toString();
}

void TestWizard::inlineValidation()
{
    QFETCH(QString, email);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, errorField);
    QFETCH(QString, expected);

    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    Account a;
    a.email = email;
    a.host = host;
    a.port = port;
    a.password = QStringLiteral("x");
    fillAccount(wizard, a);
    click(wizard.button(QWizard::NextButton));
    QCOMPARE(wizard.currentId(), int(AccountPageId)); // refused, and said why beside the field
    auto* message = child<InlineMessage*>(&wizard, errorField);
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), expected);
    QVERIFY(!expected.isEmpty());
    QVERIFY(!QApplication::activeModalWidget()); // no message box
}

void TestWizard::hostWithPortIsSplit()
{
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("hostEdit")),
        QStringLiteral("smtps://Mail.Example.com:2465"));
    QCOMPARE(
        child<QLineEdit*>(&wizard, QStringLiteral("hostEdit"))->text(), QStringLiteral("Mail.Example.com"));
    QCOMPARE(child<QComboBox*>(&wizard, QStringLiteral("portCombo"))->currentText(), QStringLiteral("2465"));
    QCOMPARE(child<QComboBox*>(&wizard, QStringLiteral("securityCombo"))->currentIndex(), 1); // SSL/TLS
    QCOMPARE(wizard.accountModel()->toSettings().host, QStringLiteral("mail.example.com"));
    // The user name follows the address until it is typed differently.
    typeInto(child<QLineEdit*>(&wizard, QStringLiteral("emailEdit")), QStringLiteral("bob@example.com"));
    QCOMPARE(
        child<QLineEdit*>(&wizard, QStringLiteral("userEdit"))->text(), QStringLiteral("bob@example.com"));
}

void TestWizard::wrongPasswordIsExplained()
{
    ScriptedServer server(rejectingServer());
    QVERIFY(server.listen());
    MainWizard wizard;
    wizard.accountModel()->setHelpdesk(QStringLiteral("IT help desk, extension 1234"));
    QVERIFY(runCheck(wizard, plainAccount(server.port())));
    QVERIFY2(server.errors().isEmpty(), qPrintable(server.errors().join(QLatin1Char('\n'))));

    const Finding expected
        = Finding::make(FindingId::AuthRejected, { QStringLiteral("alice@example.test") });
    // Checking page: the auth row says so in words and shows the explanation without a click.
    StepRow* authRow = child<StepRow*>(&wizard, QStringLiteral("stepRow_auth"));
    QVERIFY(authRow);
    QCOMPARE(authRow->statusText(), stepStatusLabel(StepStatus::Fail).toString());
    QVERIFY(authRow->isExpanded());
    QWidget* finding = child<QWidget*>(authRow, QStringLiteral("finding_auth.rejected"));
    QVERIFY(finding && finding->isVisible());
    QCOMPARE(child<QLabel*>(finding, QStringLiteral("findingTitle"))->text(), expected.title().toString());
    QCOMPARE(child<QLabel*>(finding, QStringLiteral("findingExplanation"))->text(),
        expected.explanation().toString());
    QCOMPARE(child<QLabel*>(finding, QStringLiteral("findingFix"))->text(), expected.fix().toString());
    QVERIFY(child<QLabel*>(finding, QStringLiteral("findingReply"))
                ->text()
                .startsWith(QStringLiteral("535 5.7.8 Username")));
    QVERIFY(child<QLabel*>(finding, QStringLiteral("findingSide"))
                ->text()
                .contains(sideLabel(Side::You).toString()));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Result page: the verdict in one sentence, and the same explanation in the details.
    QVERIFY(next(wizard, ResultPageId));
    // One sentence: what is wrong (the finding's title) and whose side it is on.
    const QString verdict = child<QLabel*>(&wizard, QStringLiteral("verdictLabel"))->text();
    QCOMPARE(verdict, wizard.checkController()->report().headline().toString());
    QVERIFY2(
        verdict.startsWith(expected.title().toString()) && verdict.contains(QStringLiteral("your settings")),
        qPrintable(verdict));
    QVERIFY(!child<QWidget*>(&wizard, QStringLiteral("recommendationBox"))->isVisible());
    QLabel* fix = child<QLabel*>(&wizard, QStringLiteral("mainFixLabel"));
    QVERIFY(fix->isVisible() && fix->text().contains(expected.fix().toString()));
    QLabel* helpdesk = child<QLabel*>(&wizard, QStringLiteral("helpdeskLabel"));
    QVERIFY(
        helpdesk->isVisible() && helpdesk->text().contains(QStringLiteral("IT help desk, extension 1234")));
    QWidget* results = child<QWidget*>(&wizard, QStringLiteral("resultSteps"));
    QWidget* resultFinding = child<QWidget*>(results, QStringLiteral("finding_auth.rejected"));
    QVERIFY(resultFinding && resultFinding->isVisible());
    QCOMPARE(child<QLabel*>(resultFinding, QStringLiteral("findingExplanation"))->text(),
        expected.explanation().toString());
}

void TestWizard::serverTextIsShownLiterally()
{
    ScriptedServer server(rejectingServer());
    QVERIFY(server.listen());
    MainWizard wizard;
    QVERIFY(runCheck(wizard, plainAccount(server.port())));
    QLabel* reply = child<QLabel*>(
        child<QWidget*>(&wizard, QStringLiteral("stepRow_auth")), QStringLiteral("findingReply"));
    QVERIFY(reply->text().contains(QStringLiteral("<b>html</b>")));
    QCOMPARE(reply->textFormat(), Qt::PlainText);
    QLabel* summary = child<QLabel*>(
        child<QWidget*>(&wizard, QStringLiteral("stepRow_server")), QStringLiteral("stepSummary"));
    QVERIFY2(summary->text().contains(QStringLiteral("<i>fake</i>")), qPrintable(summary->text()));
    QVERIFY(next(wizard, ResultPageId));
    // No label anywhere in the window would interpret text as HTML.
    const QStringList rich = richTextLabels(&wizard);
    QVERIFY2(rich.isEmpty(), qPrintable(rich.join(QLatin1Char('\n'))));
}

void TestWizard::reportActions()
{
    ScriptedServer server(rejectingServer());
    QVERIFY(server.listen());
    MainWizard wizard;
    QTemporaryDir dir;
    QString savePath;
    wizard.setSaveLocationChooser(
        [&savePath](QWidget*, const QString& suggested, std::function<void(const QString&)> done) {
            QVERIFY(suggested.startsWith(QStringLiteral("smtpdoctor-127.0.0.1-")));
            done(savePath);
        });
    QVERIFY(runCheck(wizard, plainAccount(server.port())));
    QVERIFY(next(wizard, ResultPageId));

    click(child<QPushButton*>(&wizard, QStringLiteral("copyReportButton")));
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(QStringLiteral("[auth.rejected]")));
    QVERIFY(!copied.contains(Password));
    QVERIFY(child<InlineMessage*>(&wizard, QStringLiteral("feedbackMessage"))->isVisible());

    for (const QString& name :
        { QStringLiteral("r.html"), QStringLiteral("r.json"), QStringLiteral("r.txt") }) {
        savePath = dir.filePath(name);
        click(child<QPushButton*>(&wizard, QStringLiteral("saveReportButton")));
        QFile file(savePath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(savePath));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("auth.rejected"));
        QVERIFY(!saved.contains(Password.toUtf8()));
        if (name.endsWith(QLatin1String(".html"))) {
            QVERIFY(saved.startsWith("<!DOCTYPE html>"));
            QVERIFY(saved.contains("&lt;b&gt;html&lt;/b&gt;"));
            QVERIFY(!saved.contains("<b>html</b>"));
            QVERIFY(!saved.contains("<i>fake</i>"));
        } else if (name.endsWith(QLatin1String(".json"))) {
            QVERIFY(saved.trimmed().startsWith('{'));
        }
        QVERIFY(child<InlineMessage*>(&wizard, QStringLiteral("feedbackMessage"))->text().contains(name));
    }

    click(child<QPushButton*>(&wizard, QStringLiteral("showConversationButton")));
    auto* dialog = wizard.findChild<ConversationDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    const QString conversation
        = dialog->findChild<QPlainTextEdit*>(QStringLiteral("conversationText"))->toPlainText();
    QVERIFY(conversation.contains(QStringLiteral("535 5.7.8")));
    QVERIFY(conversation.contains(QStringLiteral("[hidden]")));
    QVERIFY(!conversation.contains(Password));
    dialog->close();
}

void TestWizard::stopDuringSilentServer()
{
    ScriptedServer server({ QStringLiteral("Z:") });
    QVERIFY(server.listen());
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    fillAccount(wizard, plainAccount(server.port()));
    QVERIFY(next(wizard, CheckingPageId));
    StepRow* serverRow = child<StepRow*>(&wizard, QStringLiteral("stepRow_server"));
    QVERIFY(serverRow);
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 1, 5000);
    QCOMPARE(serverRow->statusText(), StepRow::tr("Checking…"));
    QVERIFY(!child<QLabel*>(&wizard, QStringLiteral("activityLabel"))->text().isEmpty());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    QElapsedTimer clock;
    clock.start();
    click(child<QPushButton*>(&wizard, QStringLiteral("cancelButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkController()->isRunning(), 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(serverRow->statusText(), StepRow::tr("Stopped"));
    QVERIFY(child<QPushButton*>(&wizard, QStringLiteral("restartButton"))->isVisible());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing to show for a stopped run
    QCOMPARE(wizard.currentId(), int(CheckingPageId));
}

void TestWizard::backDuringRunStopsIt()
{
    ScriptedServer server({ QStringLiteral("Z:") });
    QVERIFY(server.listen());
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    fillAccount(wizard, plainAccount(server.port()));
    QVERIFY(next(wizard, CheckingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 1, 5000);
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    click(wizard.button(QWizard::BackButton));
    QCOMPARE(wizard.currentId(), int(AccountPageId));
    QVERIFY(!wizard.checkController()->isRunning());
    QCOMPARE(
        child<QLineEdit*>(&wizard, QStringLiteral("passwordEdit"))->text(), Password); // nothing to retype
}

void TestWizard::escapeDuringRunStopsOnlyTheCheck()
{
    ScriptedServer server({ QStringLiteral("Z:") });
    QVERIFY(server.listen());
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(goToAccountPage(wizard));
    fillAccount(wizard, plainAccount(server.port()));
    QVERIFY(next(wizard, CheckingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(server.connectionCount() >= 1, 5000);
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QVERIFY(!wizard.checkController()->isRunning());
    QVERIFY(wizard.isVisible());
    QTest::keyClick(&wizard, Qt::Key_Escape); // nothing runs any more: now it closes
    QVERIFY(!wizard.isVisible());
}

void TestWizard::languageSwitchRetranslates()
{
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QString englishNext = wizard.button(QWizard::NextButton)->text();
    const QString englishTitle = wizard.currentPage()->title();
    auto* combo = child<QComboBox*>(&wizard, QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home); // 日本語 is the first entry
    QTRY_COMPARE(Language::current(), QStringLiteral("ja"));
    QTRY_VERIFY(wizard.currentPage()->title() != englishTitle);
    QVERIFY2(containsCjk(wizard.currentPage()->title()), qPrintable(wizard.currentPage()->title()));
    QCOMPARE(wizard.currentPage()->title(),
        QCoreApplication::translate("SmtpDoctor::WelcomePage", "Welcome to SMTP Doctor"));
    QVERIFY(wizard.button(QWizard::NextButton)->text() != englishNext);
    QVERIFY2(containsCjk(wizard.button(QWizard::NextButton)->text()),
        qPrintable(wizard.button(QWizard::NextButton)->text()));
    QVERIFY(containsCjk(child<QLabel*>(&wizard, QStringLiteral("introLabel"))->text()));
    QVERIFY(containsCjk(wizard.windowTitle()) || wizard.windowTitle() == QStringLiteral("SMTP Doctor"));

    // Pages not shown yet follow too.
    QVERIFY(goToAccountPage(wizard));
    QVERIFY(containsCjk(wizard.currentPage()->title()));
    QVERIFY(containsCjk(child<QLabel*>(&wizard, QStringLiteral("emailLabel"))->text()));

    Language::install(QStringLiteral("en"));
    QTRY_COMPARE(wizard.button(QWizard::NextButton)->text(), englishNext);
}

void TestWizard::resultsFollowTheLanguage()
{
    ScriptedServer server(rejectingServer());
    QVERIFY(server.listen());
    MainWizard wizard;
    QVERIFY(runCheck(wizard, plainAccount(server.port())));
    QVERIFY(next(wizard, ResultPageId));
    QLabel* verdict = child<QLabel*>(&wizard, QStringLiteral("verdictLabel"));
    QWidget* steps = child<QWidget*>(&wizard, QStringLiteral("resultSteps"));
    QLabel* fixHeading = child<QLabel*>(steps, QStringLiteral("findingFixHeading"));
    const QString englishHeading = fixHeading->text();
    wizard.switchLanguage(QStringLiteral("ja"));
    QTRY_VERIFY(fixHeading->text() != englishHeading);
    QVERIFY(containsCjk(fixHeading->text()));
    QVERIFY(
        containsCjk(child<QLabel*>(steps, QStringLiteral("stepTitle"))->text())); // from the checks catalog
    // The stored results are resolved again in the new language (whatever the catalog has for them).
    const Finding expected
        = Finding::make(FindingId::AuthRejected, { QStringLiteral("alice@example.test") });
    QCOMPARE(verdict->text(), wizard.checkController()->report().headline().toString());
    QVERIFY(verdict->text().startsWith(expected.title().toString()));
    QWidget* authFinding = child<QWidget*>(steps, QStringLiteral("finding_auth.rejected"));
    QCOMPARE(child<QLabel*>(authFinding, QStringLiteral("findingExplanation"))->text(),
        expected.explanation().toString());
}

void TestWizard::presetLocksAndSuggestions()
{
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    AccountModel* model = wizard.accountModel();
    AccountSettings preset;
    preset.host = QStringLiteral("smtp.corp.example");
    preset.port = 587;
    preset.security = Security::StartTls;
    model->applySettings(preset);
    model->setFieldLocked(AccountModel::Field::Host, true);
    model->setFieldLocked(AccountModel::Field::Security, true);
    QVERIFY(goToAccountPage(wizard));
    auto* host = child<QLineEdit*>(&wizard, QStringLiteral("hostEdit"));
    QCOMPARE(host->text(), QStringLiteral("smtp.corp.example"));
    QVERIFY(host->isReadOnly());
    QVERIFY(!child<QComboBox*>(&wizard, QStringLiteral("securityCombo"))->isEnabled());
    QCOMPARE(child<QComboBox*>(&wizard, QStringLiteral("portCombo"))->currentText(), QStringLiteral("587"));
    QVERIFY(child<QLabel*>(&wizard, QStringLiteral("lockNoteLabel"))->isVisible());

    // Suggestions fill only what is not locked.
    QVERIFY(child<QLabel*>(&wizard, QStringLiteral("suggestionsEmptyLabel"))->isVisible());
    model->setSuggestions({ { QStringLiteral("smtp.other.example"), 465, Security::Tls, {} } });
    auto* use = child<QPushButton*>(&wizard, QStringLiteral("useSuggestionButton_0"));
    QVERIFY(use);
    QTRY_VERIFY(use->isVisible()); // widgets added to a shown layout appear with the next event loop turn
    QVERIFY(!child<QLabel*>(&wizard, QStringLiteral("suggestionsEmptyLabel"))->isVisible());
    QVERIFY(child<QLabel*>(&wizard, QStringLiteral("suggestionLabel_0"))
                ->text()
                .contains(QStringLiteral("smtp.other.example")));
    click(use);
    QCOMPARE(host->text(), QStringLiteral("smtp.corp.example"));
    QCOMPARE(child<QComboBox*>(&wizard, QStringLiteral("portCombo"))->currentText(), QStringLiteral("465"));

    QSignalSpy remember(model, &AccountModel::rememberPasswordRequested);
    click(child<QWidget*>(&wizard, QStringLiteral("rememberCheck")));
    QCOMPARE(remember.count(), 1);
    QCOMPARE(remember.first().first().toBool(), true);
}

void TestWizard::explainPageShowsItems()
{
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    click(child<QWidget*>(&wizard, QStringLiteral("explainRadio")));
    QVERIFY(next(wizard, ExplainPageId));
    auto* input = child<QPlainTextEdit*>(&wizard, QStringLiteral("explainInput"));
    input->setPlainText(
        QStringLiteral("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown"));
    click(child<QWidget*>(&wizard, QStringLiteral("explainButton")));
    // The reply item shows the code, its meaning and the matched text literally. New items become
    // visible on the event loop's next turn (QLayout shows added children queued), so wait for it.
    const auto replyItem = [&wizard]() -> QWidget* {
        for (QWidget* item : wizard.findChildren<QWidget*>(QStringLiteral("explanationItem"))) {
            QLabel* code = child<QLabel*>(item, QStringLiteral("findingCode"));
            if (code->isVisible() && code->text().contains(QStringLiteral("550 5.1.1")))
                return item;
        }
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(replyItem() != nullptr, 5000);
    QWidget* item = replyItem();
    QVERIFY(child<QLabel*>(item, QStringLiteral("findingReply"))->text().contains(QStringLiteral("<bob@example.org>")));
    QVERIFY(!child<QLabel*>(item, QStringLiteral("findingTitle"))->text().isEmpty());
    QVERIFY(child<QLabel*>(item, QStringLiteral("findingSide"))->isVisible());
    // Whether sending again helps: a mistyped address fails the same way until it is corrected.
    QLabel* retry = child<QLabel*>(item, QStringLiteral("findingDetails"));
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), retryAdviceText(RetryAdvice::AfterFix).toString());
    QVERIFY(child<QLabel*>(&wizard, QStringLiteral("explainSummaryLabel"))->isVisible());

    input->setPlainText(QStringLiteral("nothing to see here"));
    click(child<QWidget*>(&wizard, QStringLiteral("explainButton")));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.findChildren<QWidget*>(QStringLiteral("explanationItem")).isEmpty()
            && child<QPushButton*>(&wizard, QStringLiteral("explainButton"))->isEnabled(),
        5000);
    QVERIFY(child<QLabel*>(&wizard, QStringLiteral("explainSummaryLabel"))->isVisible());
}

// Issue 17: the page after the one on screen is laid out while the user reads, so that turning to it only
// paints. A change to it while it is hidden (here a preset's company certificate, which opens "More
// settings") is laid out again in idle time: its rows stand where showing the page puts them.
void TestWizard::nextPageChangedWhileHiddenIsLaidOutAhead()
{
    MainWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QRect notLaidOut(0, 0, 100, 30); // every child widget's geometry until a layout places it
    // The account page is laid out ahead once the welcome page is on screen.
    auto* email = child<QWidget*>(&wizard, QStringLiteral("emailEdit"));
    QVERIFY(email && !email->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(email->geometry() != notLaidOut, 5000);
    auto* help = child<QWidget*>(&wizard, QStringLiteral("caFileHelp"));
    QVERIFY(help && help->isHidden());
    QTemporaryDir dir;
    const QString caFile = dir.filePath(QStringLiteral("company-ca.pem"));
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    wizard.accountModel()->setCaFile(caFile);
    QVERIFY(!help->isHidden() && !help->isVisible()); // shown on a page that is not on screen yet
    QTRY_VERIFY_WITH_TIMEOUT(help->geometry() != notLaidOut, 5000);
    const QRect ahead = help->geometry();
    QVERIFY(goToAccountPage(wizard));
    QVERIFY(help->isVisible());
    QCOMPARE(help->geometry(), ahead);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
