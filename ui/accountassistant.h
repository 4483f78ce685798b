#pragma once

#include "core/settings/usernameform.h"
#include "ui/startoptions.h"
#include "core/credentials/credentialresult.h"
#include "core/settings/presetlocation.h"
#include "ui/accountmodel.h"

#include <QObject>
#include <QStringList>

class QTimer;

namespace SmtpDoctor {

class AccountPage;
class Autodetector;
class CredentialStore;
class MainWizard;

// Brings core's helpers for the account page into the wizard; the pages stay free of them:
//   - the IT preset (--preset FILE or the installed one): fields, locks, helpdesk, language; a broken
//     preset is explained at the top of the account page and the wizard starts without it;
//   - autodetection from the email address, offered as "Suggested settings";
//   - how to sign in: OAuth where the preset or the provider table says so and this copy can, until the
//     user picks one;
//   - the password in the system keychain: read back when user and server are known, saved after a
//     successful sign-in when "Remember" is ticked, forgotten when it is unticked.
class AccountAssistant : public QObject
{
    Q_OBJECT
public:
    AccountAssistant(MainWizard* wizard, const StartOptions& options);
    ~AccountAssistant() override;

    // `languageChosen`: the command line named a language, which wins over the preset's.
    void applyPreset(const PresetLookup& lookup, bool languageChosen);
    const std::optional<Preset>& preset() const { return m_preset; }
    CredentialStore* credentialStore() const { return m_store; }
    Autodetector* autodetector() const { return m_detector; }


protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onEmailEntered(const QString& address);
    void onDetected();
    void publishSuggestions();
    void publishPresetNotice();
    void onFieldChanged(AccountModel::Field field);
    void followEmailWithUserName();
    void proposeSignInMethod();
    void lookUpStoredPassword();
    void onRememberRequested(bool remember);
    void onSignInSucceeded(const AccountSettings& settings);
    void onCredentialResult(const CredentialResult& result);
    CredentialKey currentKey() const;

    MainWizard* m_wizard;
    AccountModel* m_model;
    AccountPage* m_page;
    Autodetector* m_detector;
    CredentialStore* m_store;
    QTimer* m_lookupDelay;
    std::optional<Preset> m_preset;
    PresetError m_presetError;
    UserNameForm m_userForm = UserNameForm::Unknown; // the preset's, else the detected provider's
    QString m_autoUser;      // the user name this class filled in last (replaced while the user keeps it)
    QString m_lastEmail;     // the address when the user name was last looked at
    QString m_detectedEmail; // the address the current suggestions are for
    QString m_lastLookup;    // the keychain key last read, so typing does not ask again and again
};

} // namespace SmtpDoctor
