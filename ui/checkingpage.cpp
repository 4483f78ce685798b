#include "ui/checkingpage.h"

#include "ui/accountmodel.h"
#include "ui/checkcontroller.h"
#include "ui/steprow.h"
#include "ui/uihelpers.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace SmtpDoctor {

CheckingPage::CheckingPage(AccountModel* model, CheckController* controller, QWidget* parent)
    : WizardPageBase(QStringLiteral("checkingPage"), parent)
    , m_model(model)
    , m_controller(controller)
    , m_intro(makeTextLabel(QStringLiteral("checkingIntroLabel"), content()))
    , m_rowsBox(new QWidget(content()))
    , m_activity(makeTextLabel(QStringLiteral("activityLabel"), content()))
    , m_elapsed(makeTextLabel(QStringLiteral("elapsedLabel"), content()))
    , m_cancel(new QPushButton(content()))
    , m_restart(new QPushButton(content()))
    , m_ticker(new QTimer(this))
{
    m_rowsBox->setObjectName(QStringLiteral("stepRows"));
    auto* rows = new QVBoxLayout(m_rowsBox);
    rows->setContentsMargins(0, 0, 0, 0);
    // One row per step, made here and reused by every run: building widgets while the page changes
    // would cost the window frames.
    for (StepId id : checklistSteps(true, true)) {
        auto* row = new StepRow(id, m_rowsBox);
        row->setVisible(false);
        rows->addWidget(row);
        connect(row, &StepRow::cancelSignInRequested, m_controller, &CheckController::cancelSignIn);
        m_rows.insert(id, row);
    }
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setVisible(false);
    m_activity->setAccessibleName(QString());
    m_ticker->setInterval(200);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);
    QVBoxLayout* layout = contentLayout();
    layout->addWidget(m_intro);
    layout->addWidget(m_rowsBox);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_activity);
    layout->addWidget(m_elapsed);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_cancel, &QPushButton::clicked, m_controller, &CheckController::cancel);
    connect(m_restart, &QPushButton::clicked, this, &CheckingPage::startRun);
    connect(m_ticker, &QTimer::timeout, this, &CheckingPage::updateElapsed);
    connect(m_controller, &CheckController::started, this, &CheckingPage::onStarted);
    connect(m_controller, &CheckController::stepStarted, this, &CheckingPage::onStepStarted);
    connect(m_controller, &CheckController::activity, this, &CheckingPage::onActivity);
    connect(m_controller, &CheckController::browserSignInRequested, this,
        &CheckingPage::onBrowserSignInRequested);
    connect(m_controller, &CheckController::browserSignInEnded, this, &CheckingPage::onBrowserSignInEnded);
    connect(m_controller, &CheckController::stepFinished, this, &CheckingPage::onStepFinished);
    connect(m_controller, &CheckController::finished, this, &CheckingPage::onFinished);
    retranslateUi();
}

void CheckingPage::initializePage()
{
    startRun();
}

void CheckingPage::cleanupPage()
{
    // Back during a run: stop it, the user wants to change something.
    m_controller->cancel();
}

bool CheckingPage::isComplete() const
{
    return m_phase == Phase::Finished;
}

void CheckingPage::startRun()
{
    m_controller->start(m_model->toRunInput(), m_model->helpdesk());
}

void CheckingPage::onStarted()
{
    const QList<StepId> steps = m_controller->steps();
    for (StepRow* row : qAsConst(m_rows)) {
        row->reset();
        row->setVisible(steps.contains(row->stepId()));
    }
    m_phase = Phase::Running;
    m_activityText = {};
    m_ticker->start();
    retranslateUi();
    m_cancel->setFocus(Qt::OtherFocusReason);
    emit completeChanged();
}

void CheckingPage::onStepStarted(StepId id)
{
    if (StepRow* row = m_rows.value(id))
        row->setRunning();
}

void CheckingPage::onActivity(const LocalizedText& text)
{
    m_activityText = text;
    retranslateUi();
}

void CheckingPage::onBrowserSignInRequested(const QUrl& url)
{
    if (StepRow* row = m_rows.value(StepId::Auth)) {
        row->setWaitingForBrowser(url);
        scrollTo(row);
    }
    // Not opened (no browser configured): the row says how to open the address by hand.
    QDesktopServices::openUrl(url);
}

void CheckingPage::onBrowserSignInEnded()
{
    if (StepRow* row = m_rows.value(StepId::Auth))
        row->setBrowserReturned();
}

void CheckingPage::onStepFinished(const StepResult& result)
{
    if (StepRow* row = m_rows.value(result.id)) {
        if (result.leftOut)
            row->setVisible(false); // it did not apply after all (a test name DNS does not know)
        else
            row->setResult(result);
    }
}

void CheckingPage::onFinished(bool cancelled)
{
    m_ticker->stop();
    m_phase = cancelled ? Phase::Cancelled : Phase::Finished;
    if (cancelled) {
        for (StepRow* row : qAsConst(m_rows))
            row->setStopped();
    }
    m_activityText = {};
    retranslateUi();
    emit completeChanged();
    // The first problem is what the user came for: bring it into view.
    for (StepId id : m_controller->steps()) {
        StepRow* row = m_rows.value(id);
        if (row && row->hasResult() && row->isExpanded()) {
            QTimer::singleShot(0, this, [this, row = QPointer<StepRow>(row)] {
                if (row)
                    scrollTo(row);
            });
            break;
        }
    }
    if (cancelled)
        m_restart->setFocus(Qt::OtherFocusReason);
    else if (wizard() && isVisible())
        wizard()->button(QWizard::NextButton)->setFocus(Qt::OtherFocusReason);
}

void CheckingPage::updateElapsed()
{
    const double seconds = m_controller->elapsedMs() / 1000.0;
    const QString time = QLocale().toString(seconds, 'f', 1);
    switch (m_phase) {
    case Phase::Idle:
        m_elapsed->clear();
        break;
    case Phase::Running:
        m_elapsed->setText(tr("Time so far: %1 seconds").arg(time));
        break;
    case Phase::Finished:
        m_elapsed->setText(tr("Finished in %1 seconds.").arg(time));
        break;
    case Phase::Cancelled:
        m_elapsed->setText(tr("Stopped after %1 seconds.").arg(time));
        break;
    }
}

void CheckingPage::retranslateUi()
{
    setTitle(tr("Checking your settings"));
    m_intro->setText(
        tr("Each step is checked in order; this usually takes a few seconds. A server that does not answer "
           "can take up to %1 seconds per try. You can stop at any time.")
            .arg(m_controller->lastSettings().timeoutSeconds));
    switch (m_phase) {
    case Phase::Idle:
    case Phase::Running:
        m_activity->setText(
            m_activityText.isEmpty() ? tr("Starting…") : tr("Now: %1").arg(m_activityText.toString()));
        break;
    case Phase::Finished:
        m_activity->setText(tr("All steps are done. Press Next to see the result and what to do."));
        break;
    case Phase::Cancelled:
        m_activity->setText(tr("Checking was stopped. Press Back to change your settings, or check again."));
        break;
    }
    m_cancel->setText(tr("&Stop checking"));
    m_cancel->setEnabled(m_phase == Phase::Running);
    m_restart->setText(tr("Check &again"));
    m_restart->setVisible(m_phase == Phase::Cancelled);
    updateElapsed();
}

} // namespace SmtpDoctor
