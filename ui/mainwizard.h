#pragma once

#include "core/settings/accountsettings.h"
#include "ui/pageid.h"
#include "ui/reportfiles.h"
#include "ui/startoptions.h"

#include <QPointer>
#include <QWizard>

class QTimer;

namespace SmtpDoctor {

class AccountAssistant;
class AccountModel;
class AccountPage;
class CheckController;
class CheckingPage;
class ExplainPage;
class ResultPage;
class TextScaler;
class WelcomePage;

// The troubleshooting wizard. It owns the account model and the check controller; pages only show
// them. Welcome → Account → Checking → Result, or Welcome → Explain.
class MainWizard : public QWizard
{
    Q_OBJECT
public:
    explicit MainWizard(const StartOptions& options = {}, QWidget* parent = nullptr);
    ~MainWizard() override;

    AccountModel* accountModel() const { return m_model; }
    CheckController* checkController() const { return m_controller; }
    TextScaler* textScaler() const { return m_scaler; }
    WelcomePage* welcomePage() const { return m_welcome; }
    AccountPage* accountPage() const { return m_account; }
    CheckingPage* checkingPage() const { return m_checking; }
    ResultPage* resultPage() const { return m_result; }
    ExplainPage* explainPage() const { return m_explain; }
    // Preset, autodetected suggestions and the keychain for the account page.
    AccountAssistant* accountAssistant() const { return m_assistant; }

    // Where "Save report" writes; tests replace the file dialog with a fixed path.
    void setSaveLocationChooser(SaveLocationChooser chooser);
    // From the result page: check again, with a test message to `sendTo` when it is not empty.
    void runAgain(const QString& sendTo);
    // Switches every text of the window at once ("ja" or "en"), without a restart.
    void switchLanguage(const QString& code);

    // While a check runs, Cancel and Escape stop the check; otherwise they close the window.
    void reject() override;

signals:
    // A run signed in successfully with these settings: the moment to store a password the user asked
    // to remember (AccountModel::rememberPassword()).
    void signInSucceeded(const SmtpDoctor::AccountSettings& settings);

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void layOutNextPage();
    void watchForChanges(QWidget* page, bool watch);
    void setUpShortcuts();
    void fitToText();

    AccountModel* m_model;
    CheckController* m_controller;
    TextScaler* m_scaler;
    WelcomePage* m_welcome;
    AccountPage* m_account;
    CheckingPage* m_checking;
    ResultPage* m_result;
    ExplainPage* m_explain;
    AccountAssistant* m_assistant = nullptr;
    bool m_layOutNextPending = false; // once the new page is painted, lay out the one after it
    QPointer<QWizardPage> m_laidOutAhead; // the page after the one on screen, once laid out
    QTimer* m_layOutAgain; // its contents changed while hidden (a preset, an assistant's hint)
};

} // namespace SmtpDoctor
