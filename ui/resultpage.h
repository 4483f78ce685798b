#pragma once

#include "ui/reportfiles.h"
#include "ui/wizardpagebase.h"

#include <QList>
#include <QPointer>

class QGroupBox;
class QLabel;
class QPushButton;

namespace SmtpDoctor {

class AccountModel;
class CheckController;
class ConversationDialog;
class InlineMessage;
class StepRow;
class TestMessageBox;

// Page 4: the verdict in one sentence, the settings to type into the mail program, each step's
// details, and what to do with the report (copy for a ticket, save, show the conversation), plus
// running again, optionally with a test message.
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

protected:
    void retranslateUi() override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout();
    void rebuildSteps();
    void copyReport();
    void chooseSaveLocation();
    void showConversation();

    AccountModel* m_model;
    CheckController* m_controller;
    SaveLocationChooser m_chooser;
    QLabel* m_verdictIcon;
    QLabel* m_verdict;
    QLabel* m_mainFix;
    QGroupBox* m_recommendation;
    QLabel* m_recommendationIntro;
    QList<QLabel*> m_recommendationNames;
    QLabel* m_host;
    QLabel* m_port;
    QLabel* m_security;
    QLabel* m_user;
    QLabel* m_signIn; // password or OAuth: what to choose in the mail program
    QLabel* m_helpdesk;
    QLabel* m_detailsHeading;
    QWidget* m_stepsBox;
    QList<StepRow*> m_rows;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_conversation;
    QPushButton* m_runAgain;
    QPushButton* m_sendTest;
    TestMessageBox* m_testBox;
    InlineMessage* m_feedback;
    QPointer<ConversationDialog> m_conversationDialog;
};

} // namespace SmtpDoctor
