// The result page says what to type where: the settings card's copy buttons put each value on the
// clipboard, the program chooser shows that program's own labels (in the language shown), passed steps
// start folded, and the welcome page lists the five checklist steps in order. Against a scripted
// server that accepts the password over a plain connection ("none" with consent), so that the run has
// settings to recommend without a TLS fixture.
#include "core/i18n/language.h"
#include "core/report/mailprograms.h"
#include "scriptedserver.h"
#include "ui/accountmodel.h"
#include "ui/checkcontroller.h"
#include "ui/selectablelabel.h"
#include "ui/steprow.h"
#include "wizarddriver.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QTest>

using namespace SmtpDoctor;
using namespace WizardDriver;

namespace {

QStringList acceptingServer()
{
    return { QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO *"),
        QStringLiteral("S: 250-fake.test"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
        QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Authentication successful"),
        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("X:") };
}

} // namespace

class TestResultCard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void welcomeListsTheChecklist();
    void copyButtonsCopyEachValue();
    void passedStepsStartFolded();
    void guideFollowsTheChosenProgram();
    void guideFollowsTheLanguage();
    void copiedReportHasTheCardAndGuide();
    void textBecomesSelectableOnFirstClick();

private:
    bool reachResult(MainWizard& wizard);
    ScriptedServer* m_server = nullptr;
};

void TestResultCard::init()
{
    Language::install(QStringLiteral("en"));
    m_server = new ScriptedServer(acceptingServer(), this);
    QVERIFY(m_server->listen());
}

void TestResultCard::cleanup()
{
    delete m_server;
    m_server = nullptr;
    Language::install(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents();
}

bool TestResultCard::reachResult(MainWizard& wizard)
{
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard) || !goToAccountPage(wizard))
        return false;
    Account a;
    a.email = QStringLiteral("alice@example.test");
    a.host = QStringLiteral("127.0.0.1");
    a.port = QString::number(m_server->port());
    a.securityIndex = 3; // none: the fake server speaks no TLS
    a.password = QStringLiteral("not the real one");
    a.allowInsecure = true;
    fillAccount(wizard, a);
    return next(wizard, CheckingPageId) && waitForRunEnd(wizard, 30000) && next(wizard, ResultPageId);
}

void TestResultCard::welcomeListsTheChecklist()
{
    MainWizard wizard;
    const QString list = child<QLabel*>(&wizard, QStringLiteral("checklistLabel"))->text();
    int at = 0;
    for (StepId id : checklistSteps(false)) {
        const int found = list.indexOf(stepTitle(id).toString(), at);
        QVERIFY2(found >= at, qPrintable(list));
        at = found;
    }
    QCOMPARE(list.count(QLatin1Char('\n')), 4); // five steps, one per line
}

void TestResultCard::copyButtonsCopyEachValue()
{
    MainWizard wizard;
    QVERIFY(reachResult(wizard));
    QVERIFY(child<QWidget*>(&wizard, QStringLiteral("recommendationBox"))->isVisible());
    const struct
    {
        const char* button;
        const char* label;
        QString expected;
    } rows[] = {
        { "copyHostButton", "recommendedHostLabel", QStringLiteral("127.0.0.1") },
        { "copyPortButton", "recommendedPortLabel", QString::number(m_server->port()) },
        { "copySecurityButton", "recommendedSecurityLabel", securityLabel(Security::None).toString() },
        { "copyUserButton", "recommendedUserLabel", QStringLiteral("alice@example.test") },
        { "copyAuthButton", "recommendedAuthLabel",
            SettingsCard::authLabel(AuthChoice::Password).toString() },
    };
    for (const auto& row : rows) {
        QGuiApplication::clipboard()->clear();
        auto* button = child<QPushButton*>(&wizard, QString::fromLatin1(row.button));
        QVERIFY2(button && button->isEnabled(), row.button);
        click(button);
        QCOMPARE(QGuiApplication::clipboard()->text(), row.expected);
        QCOMPARE(child<QLabel*>(&wizard, QString::fromLatin1(row.label))->text(), row.expected);
    }
    QVERIFY(child<QWidget*>(&wizard, QStringLiteral("feedbackMessage"))->isVisible());
}

void TestResultCard::passedStepsStartFolded()
{
    MainWizard wizard;
    QVERIFY(reachResult(wizard));
    QWidget* steps = child<QWidget*>(&wizard, QStringLiteral("resultSteps"));
    int passed = 0;
    for (StepRow* row : steps->findChildren<StepRow*>()) {
        if (!row->isVisibleTo(steps))
            continue;
        const StepResult* result = wizard.checkController()->report().step(row->stepId());
        QVERIFY(result);
        const bool problem = result->status == StepStatus::Fail || result->status == StepStatus::Warn;
        QCOMPARE(row->isExpanded(), problem && !result->findings.isEmpty());
        QCOMPARE(child<QWidget*>(row, QStringLiteral("findingsBox"))->isVisibleTo(row), row->isExpanded());
        if (result->status == StepStatus::Pass)
            ++passed;
    }
    QVERIFY2(passed >= 2, "network, server and sign-in pass against the accepting server");
}

void TestResultCard::guideFollowsTheChosenProgram()
{
    MainWizard wizard;
    QVERIFY(reachResult(wizard));
    const std::optional<SettingsCard> card = SettingsCard::fromReport(wizard.checkController()->report());
    QVERIFY(card);
    auto* combo = child<QComboBox*>(&wizard, QStringLiteral("mailProgramCombo"));
    QCOMPARE(combo->count(), MailPrograms::all().size());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count(); ++i) {
        if (i > 0)
            QTest::keyClick(combo, Qt::Key_Down); // a user's choice: the model follows
        const MailProgramInfo* program = MailPrograms::byKey(combo->currentData().toString());
        QVERIFY(program);
        QCOMPARE(wizard.accountModel()->mailProgram(), program->id);
        QCOMPARE(child<QLabel*>(&wizard, QStringLiteral("programGuideWhere"))->text(),
            MailPrograms::where(*program).toString());
        const QList<GuideRow> rows = MailPrograms::rows(*program, *card);
        for (int r = 0; r < 5; ++r) {
            QLabel* label = child<QLabel*>(&wizard, QStringLiteral("programGuideLabel_%1").arg(r));
            QLabel* value = child<QLabel*>(&wizard, QStringLiteral("programGuideValue_%1").arg(r));
            QCOMPARE(label->isVisibleTo(&wizard), r < rows.size());
            if (r < rows.size()) {
                QCOMPARE(label->text(), rows[r].label.toString());
                QCOMPARE(value->text(), rows[r].value.toString());
            }
        }
    }
}

void TestResultCard::guideFollowsTheLanguage()
{
    MainWizard wizard;
    wizard.accountModel()->setMailProgram(MailProgram::Thunderbird);
    QVERIFY(reachResult(wizard));
    QLabel* label = child<QLabel*>(&wizard, QStringLiteral("programGuideLabel_2"));
    QCOMPARE(label->text(), QStringLiteral("\"Connection security\""));
    wizard.switchLanguage(QStringLiteral("ja"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("「接続の保護」"), 5000);
    QCOMPARE(child<QLabel*>(&wizard, QStringLiteral("programGuideValue_4"))->text(),
        QStringLiteral("通常のパスワード認証"));
}

void TestResultCard::copiedReportHasTheCardAndGuide()
{
    MainWizard wizard;
    wizard.accountModel()->setMailProgram(MailProgram::GmailApp);
    QVERIFY(reachResult(wizard));
    click(child<QPushButton*>(&wizard, QStringLiteral("copyReportButton")));
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Settings for your mail program:")), qPrintable(copied));
    QVERIFY(copied.contains(QStringLiteral("Authentication method: Normal password")));
    const MailProgramInfo& gmail = MailPrograms::info(MailProgram::GmailApp);
    QVERIFY(copied.contains(MailPrograms::where(gmail).toString()));
    QVERIFY(copied.contains(QStringLiteral("\"Require sign-in\": On, then your user name and password")));
    QVERIFY(!copied.contains(QStringLiteral("not the real one")));
}

// Text labels cost what plain labels cost until clicked (page changes within a frame), and then the
// text can be selected and copied with mouse and keyboard, as a helpdesk on a screen-share needs.
void TestResultCard::textBecomesSelectableOnFirstClick()
{
    MainWizard wizard;
    QVERIFY(reachResult(wizard));
    SelectableLabel* label = nullptr;
    for (SelectableLabel* candidate : wizard.currentPage()->findChildren<SelectableLabel*>())
        if (candidate->isVisible() && candidate->text().size() > 10 && !candidate->text().contains(u'\n')) {
            label = candidate;
            break;
        }
    QVERIFY(label);
    for (SelectableLabel* other : wizard.findChildren<SelectableLabel*>())
        QVERIFY2(!other->isSelectionActive() && other->focusPolicy() == Qt::NoFocus,
            qPrintable(other->objectName())); // not one text control built, not one Tab stop
    QTest::mouseClick(label, Qt::LeftButton, {}, QPoint(2, label->height() / 2));
    QVERIFY(label->isSelectionActive());
    QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    label->setFocus();
    QTest::keyClick(label, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(label->selectedText(), label->text());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(label, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), label->text());
}

QTEST_MAIN(TestResultCard)
#include "tst_resultcard.moc"
