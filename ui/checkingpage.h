#pragma once

#include "core/checks/stepresult.h"
#include "ui/wizardpagebase.h"

#include <QMap>

class QLabel;
class QPushButton;
class QTimer;

namespace SmtpDoctor {

class AccountModel;
class CheckController;
class StepRow;

// Page 3: the checklist while it runs. One row per step, what is being done right now, the time so far
// and a Stop button that ends the run at once. Back also stops the run (so a typo can be fixed without
// waiting for a timeout); Next becomes available when the run has finished. A sign-in through the
// browser opens the system browser (QDesktopServices: tests point it elsewhere with setUrlHandler) and
// waits in the credentials row, which can cancel just the sign-in.
class CheckingPage : public WizardPageBase
{
    Q_OBJECT
public:
    CheckingPage(AccountModel* model, CheckController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    StepRow* row(StepId id) const { return m_rows.value(id); }

protected:
    void retranslateUi() override;

private:
    void startRun();
    void onStarted();
    void onStepStarted(StepId id);
    void onActivity(const LocalizedText& text);
    void onBrowserSignInRequested(const QUrl& url);
    void onBrowserSignInEnded();
    void onStepFinished(const StepResult& result);
    void onFinished(bool cancelled);
    void updateElapsed();

    AccountModel* m_model;
    CheckController* m_controller;
    QLabel* m_intro;
    QWidget* m_rowsBox;
    QMap<StepId, StepRow*> m_rows;
    QLabel* m_activity;
    QLabel* m_elapsed;
    QPushButton* m_cancel;
    QPushButton* m_restart;
    QTimer* m_ticker;
    LocalizedText m_activityText;
    enum class Phase { Idle, Running, Finished, Cancelled } m_phase = Phase::Idle;
};

} // namespace SmtpDoctor
