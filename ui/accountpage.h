#pragma once

#include "ui/accountmodel.h"
#include "ui/statusicon.h"
#include "ui/wizardpagebase.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QWidget;

namespace SmtpDoctor {

class InlineMessage;
class SuggestionBox;

// Page 2: the account to check. Edits AccountModel; each field gets its problem explained right
// beside it (never in a message box). Fields a preset locked are read-only and say so. The sign-in is
// a password or the provider's page in the browser (OAuth 2.0); the password fields go away with OAuth.
class AccountPage : public WizardPageBase
{
    Q_OBJECT
public:
    explicit AccountPage(AccountModel* model, QWidget* parent = nullptr);

    bool validatePage() override;
    void initializePage() override;
    QWidget* fieldWidget(AccountModel::Field field) const;
    // A note at the top: who prepared the settings (an IT preset), or why the preset was not used.
    void setNotice(const LocalizedText& text, StatusKind kind);
    // Beside "Remember the password": what the system keychain did with it.
    void setKeychainMessage(const LocalizedText& text, StatusKind kind);

signals:
    // The user finished typing a valid address: the moment to look up suggested settings for it.
    void emailEntered(const QString& address);

protected:
    void retranslateUi() override;

private:
    void buildLayout();
    void connectEditors();
    void syncFromModel(AccountModel::Field field);
    void syncLock(AccountModel::Field field);
    void showProblem(AccountModel::Field field, bool evenIfHidden);
    void onPortTextChanged(const QString& text);
    void browseCaFile();
    void showSignInMethod();
    void showAdvanced(bool show);
    bool portTextIsAutomatic(const QString& text) const;

    AccountModel* m_model;
    QLineEdit* m_email;
    QLineEdit* m_host;
    QComboBox* m_port;
    QComboBox* m_security;
    QComboBox* m_signIn;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QToolButton* m_showPassword;
    QCheckBox* m_remember;
    QCheckBox* m_allowInsecure;
    QToolButton* m_advancedToggle;
    QLineEdit* m_caFile;
    QLabel* m_caHelp = nullptr;
    QToolButton* m_caBrowse;
    SuggestionBox* m_suggestions;
    QLabel* m_lockNote;
    QLabel* m_intro;
    QLabel* m_allowInsecureNote;
    InlineMessage* m_notice;
    InlineMessage* m_keychainMessage;
    InlineMessage* m_signInNote; // with OAuth: what happens, or why it cannot be tested here
    QMap<AccountModel::Field, QLabel*> m_labels;
    QMap<AccountModel::Field, InlineMessage*> m_messages;
    LocalizedText m_portProblem;
    bool m_syncing = false;
};

} // namespace SmtpDoctor
