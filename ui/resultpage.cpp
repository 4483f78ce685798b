#include "ui/resultpage.h"

#include "core/report/textreportwriter.h"
#include "ui/accountmodel.h"
#include "ui/checkcontroller.h"
#include "ui/conversationdialog.h"
#include "ui/inlinemessage.h"
#include "ui/settingscardview.h"
#include "ui/steprow.h"
#include "ui/testmessagebox.h"
#include "ui/uihelpers.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace SmtpDoctor {

namespace {

StatusKind overallKind(const Report& r)
{
    if (r.anyFailed())
        return StatusKind::Fail;
    for (const StepResult& s : r.steps)
        if (s.status == StepStatus::Warn)
            return StatusKind::Warn;
    return r.recommendation ? StatusKind::Pass : StatusKind::Warn;
}

QPushButton* makeButton(const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false); // Enter keeps meaning the wizard's Finish button
    return button;
}

} // namespace

ResultPage::ResultPage(AccountModel* model, CheckController* controller, QWidget* parent)
    : WizardPageBase(QStringLiteral("resultPage"), parent)
    , m_model(model)
    , m_controller(controller)
    , m_chooser(fileDialogSaveLocationChooser())
    , m_verdictIcon(new QLabel(content()))
    , m_verdict(makeTextLabel(QStringLiteral("verdictLabel"), content()))
    , m_mainFix(makeTextLabel(QStringLiteral("mainFixLabel"), content()))
    , m_card(new SettingsCardView(model, content()))
    , m_helpdesk(makeTextLabel(QStringLiteral("helpdeskLabel"), content()))
    , m_detailsHeading(makeTextLabel(QStringLiteral("detailsHeading"), content()))
    , m_stepsBox(new QWidget(content()))
    , m_copy(makeButton(QStringLiteral("copyReportButton"), content()))
    , m_save(makeButton(QStringLiteral("saveReportButton"), content()))
    , m_conversation(makeButton(QStringLiteral("showConversationButton"), content()))
    , m_runAgain(makeButton(QStringLiteral("runAgainButton"), content()))
    , m_sendTest(makeButton(QStringLiteral("sendTestButton"), content()))
    , m_testBox(new TestMessageBox(content()))
    , m_feedback(new InlineMessage(QStringLiteral("feedbackMessage"), content()))
{
    m_verdictIcon->setObjectName(QStringLiteral("verdictIcon"));
    m_stepsBox->setObjectName(QStringLiteral("resultSteps"));
    m_testBox->setVisible(false);
    makeBold(m_detailsHeading);
    setRelativeFontSize(m_verdict, this, 1.3, true);
    buildLayout();

    connect(m_copy, &QPushButton::clicked, this, &ResultPage::copyReport);
    connect(m_save, &QPushButton::clicked, this, &ResultPage::chooseSaveLocation);
    connect(m_conversation, &QPushButton::clicked, this, &ResultPage::showConversation);
    connect(m_runAgain, &QPushButton::clicked, this, [this] { emit runRequested(QString()); });
    connect(m_sendTest, &QPushButton::clicked, this, [this] {
        m_testBox->setVisible(true);
        m_testBox->prepare(m_model->email().trimmed());
    });
    connect(m_testBox, &TestMessageBox::sendRequested, this, &ResultPage::runRequested);
    connect(m_card, &SettingsCardView::copied, this, [this](const QString& what) {
        m_feedback->setMessage(
            { "ResultPage",
                QT_TRANSLATE_NOOP("ResultPage", "%1 was copied. Paste it into your mail program (Ctrl+V)."),
                { what } },
            StatusKind::Info);
    });
    // The result is filled in as soon as the run ends, while the checking page is still shown: turning
    // to this page then only has to show it.
    connect(m_controller, &CheckController::started, this, [this] { m_prepared = false; });
    connect(m_controller, &CheckController::finished, this, [this](bool cancelled) {
        if (!cancelled)
            QTimer::singleShot(0, this, &ResultPage::prepare);
    });
    retranslateUi();
}

void ResultPage::buildLayout()
{
    auto* verdictRow = new QHBoxLayout;
    verdictRow->setSpacing(fontMetrics().height() / 2);
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);

    // Two rows of buttons, so that they fit side by side even with large text.
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_copy, 0, 0);
    buttons->addWidget(m_save, 0, 1);
    buttons->addWidget(m_conversation, 0, 2);
    buttons->addWidget(m_runAgain, 1, 0);
    buttons->addWidget(m_sendTest, 1, 1);
    buttons->setColumnStretch(3, 1);

    auto* steps = new QVBoxLayout(m_stepsBox);
    steps->setContentsMargins(0, 0, 0, 0);
    for (StepId id : checklistSteps(true, true)) {
        auto* row = new StepRow(id, m_stepsBox);
        row->setVisible(false);
        steps->addWidget(row);
        m_rows << row;
    }

    QVBoxLayout* layout = contentLayout();
    layout->addLayout(verdictRow);
    layout->addWidget(m_mainFix);
    layout->addWidget(m_card);
    layout->addWidget(m_helpdesk);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);
    layout->addWidget(m_testBox);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_detailsHeading);
    layout->addWidget(m_stepsBox);
    layout->addStretch(1);
}

void ResultPage::initializePage()
{
    m_feedback->clear();
    m_testBox->setVisible(false);
    prepare();
}

void ResultPage::prepare()
{
    if (m_prepared && m_controller->hasReport())
        return;
    showSteps();
    m_card->setCard(
        m_controller->hasReport() ? SettingsCard::fromReport(m_controller->report()) : std::nullopt);
    retranslateUi();
    m_prepared = m_controller->hasReport();
    emit prepared();
}

void ResultPage::showSteps()
{
    for (StepRow* row : qAsConst(m_rows)) {
        const StepResult* result
            = m_controller->hasReport() ? m_controller->report().step(row->stepId()) : nullptr;
        if (result)
            row->setResult(*result); // a problem opens; a passed step stays folded
        row->setVisible(result != nullptr);
    }
}

void ResultPage::copyReport()
{
    if (!m_controller->hasReport())
        return;
    TextReportWriter::Options options;
    options.program = m_model->mailProgram();
    QGuiApplication::clipboard()->setText(TextReportWriter::write(m_controller->report(), options));
    m_feedback->setMessage(
        { "ResultPage",
            QT_TRANSLATE_NOOP("ResultPage",
                "The report was copied. Paste it into your message to the helpdesk (Ctrl+V).") },
        StatusKind::Info);
}

void ResultPage::chooseSaveLocation()
{
    if (!m_controller->hasReport())
        return;
    const QPointer<ResultPage> self(this);
    m_chooser(this, suggestedReportFileName(m_controller->report()), [self](const QString& path) {
        if (!self || !self->m_controller->hasReport())
            return;
        QString error;
        if (saveReport(self->m_controller->report(), path, &error, self->m_model->mailProgram()))
            self->m_feedback->setMessage(
                { "ResultPage", QT_TRANSLATE_NOOP("ResultPage", "The report was saved as %1."),
                    { QDir::toNativeSeparators(path) } },
                StatusKind::Info);
        else
            self->m_feedback->setMessage(LocalizedText::verbatim(error), StatusKind::Fail);
    });
}

void ResultPage::showConversation()
{
    if (!m_conversationDialog) {
        m_conversationDialog = new ConversationDialog(this);
        m_conversationDialog->resize(window()->size() * 0.9);
    }
    m_conversationDialog->setEntries(m_controller->report().transcript);
    m_conversationDialog->show();
    m_conversationDialog->raise();
    m_conversationDialog->activateWindow();
}

void ResultPage::retranslateUi()
{
    setTitle(tr("Result"));
    const bool have = m_controller->hasReport();
    const Report& report = m_controller->report();
    const int iconSize = qRound(m_verdict->fontMetrics().height() * 1.2);
    m_verdictIcon->setPixmap(
        statusPixmap(have ? overallKind(report) : StatusKind::Pending, iconSize, devicePixelRatioF()));
    m_verdict->setText(have ? report.headline().toString() : QString());
    m_verdictIcon->setAccessibleName(m_verdict->text());
    // What to do about the main problem, right under it: the one thing a beginner needs first.
    const Finding* problem = have ? report.mainProblem() : nullptr;
    m_mainFix->setText(problem ? tr("What to do: %1").arg(problem->fix().toString()) : QString());
    m_mainFix->setVisible(problem && !problem->fix().isEmpty());
    m_helpdesk->setText(tr("Need help? Contact: %1").arg(report.helpdesk));
    m_helpdesk->setVisible(have && !report.helpdesk.isEmpty());
    m_detailsHeading->setText(tr("Details of each step"));

    m_copy->setText(tr("&Copy report"));
    m_copy->setToolTip(tr("Copies the report as text, ready to paste into a message to your helpdesk."));
    m_save->setText(tr("S&ave report…"));
    m_save->setToolTip(tr("Saves the report as a web page, text or JSON file."));
    m_conversation->setText(tr("Show con&versation"));
    m_conversation->setToolTip(tr("Shows everything this computer and the server said (passwords hidden)."));
    m_runAgain->setText(tr("Check a&gain"));
    m_sendTest->setText(tr("Send a &test message…"));
    for (QPushButton* b : { m_copy, m_save, m_conversation, m_runAgain, m_sendTest }) {
        b->setEnabled(have);
        b->setAccessibleName(QString(b->text()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
}

void ResultPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        setRelativeFontSize(m_verdict, this, 1.3, true);
        retranslateUi(); // the verdict icon follows the text size
    }
    WizardPageBase::changeEvent(event);
}

} // namespace SmtpDoctor
