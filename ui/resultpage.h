#pragma once

#include "ui/reportfiles.h"
#include "ui/wizardpagebase.h"

#include <QList>
#include <QPointer>

class QLabel;
class QPushButton;

namespace SmtpDoctor {

class AccountModel;
class CheckController;
class ConversationDialog;
class InlineMessage;
class SettingsCardView;
class StepRow;
class TestMessageBox;

// Page 4: what is wrong and whose side it is on in one sentence, what to do, the settings card (what
// to type where, in the program the user has), what to do with the report (copy for a ticket, save,
// show the conversation), running again (optionally with a test message), then each step's card,
// folded when it passed. Every widget is made once; a new result only changes texts.
class ResultPage : public WizardPageBase
{
    Q_OBJECT
public:
    ResultPage(AccountModel* model, CheckController* controller, QWidget* parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; } // the last page: Finish closes the window
    void setSaveLocationChooser(SaveLocationChooser chooser) { m_chooser = std::move(chooser); }

signals:
    // Check again; with a recipient, also send a test message there.
    void runRequested(const QString& sendTo);
    // The last run's result is now in the (maybe still hidden) page.
    void prepared();

protected:
    void retranslateUi() override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void prepare();
    void showSteps();
    void copyReport();
    void chooseSaveLocation();
    void showConversation();

    AccountModel* m_model;
    CheckController* m_controller;
    SaveLocationChooser m_chooser;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_mainFix;
    SettingsCardView* m_card;
    QLabel* m_helpdesk;
    QLabel* m_detailsHeading;
    QWidget* m_stepsBox;
    QList<StepRow*> m_rows; // one per step, made once; a step a run does not have is hidden
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_conversation;
    QPushButton* m_runAgain;
    QPushButton* m_sendTest;
    TestMessageBox* m_testBox;
    InlineMessage* m_feedback;
    QPointer<ConversationDialog> m_conversationDialog;
    bool m_prepared = false; // the last report is already shown in the (hidden) page
};

} // namespace SmtpDoctor
