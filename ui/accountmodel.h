#pragma once

#include "core/checks/runinput.h"
#include "core/i18n/localizedtext.h"
#include "core/report/mailprograms.h"
#include "core/settings/accountsettings.h"
#include "core/settings/cafile.h"
#include "core/settings/presetoauth.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace SmtpDoctor {

// Settings someone else proposes for this account (autodetection, a provider table): shown in the
// account page's "Suggested settings" area, applied when the user presses "Use these".
struct AccountSuggestion
{
    QString host;
    quint16 port = 0;
    Security security = Security::Auto;
    LocalizedText source; // where it comes from, e.g. "Your provider's published settings"
};

// What the user typed on the account page, plus what a preset or autodetection filled in. The page
// edits it, the wizard turns it into AccountSettings for the check runner. Presets can lock fields.
// The password lives here only while the wizard is open; it is never put into AccountSettings.
// The program most people on this system use, until the user picks theirs.
MailProgram defaultMailProgram();

// edits it, the wizard turns it into the run's input for the check runner. Presets can lock fields.
// The password lives here only while the wizard is open; it is never put into AccountSettings. How to
// sign in (password or OAuth) is proposed from the provider table until the user chooses.
class AccountModel : public QObject
{
    Q_OBJECT
public:
    enum class Field { Email, Host, Port, Security, User, Password, Remember, AllowInsecure, CaFile, SignIn };
    Q_ENUM(Field)

    explicit AccountModel(QObject* parent = nullptr);
    ~AccountModel() override;

    QString email() const { return m_email; }
    QString hostText() const { return m_hostText; } // as typed: may hold "host:587" or a URL
    quint16 port() const { return m_port; } // 0: automatic
    Security security() const { return m_security; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    bool rememberPassword() const { return m_remember; }
    bool allowInsecure() const { return m_allowInsecure; }
    QString caFile() const { return m_caFile; }
    QString helpdesk() const { return m_helpdesk; }
    // The mail program the user has: the result page shows how to type the settings into it, and
    // the copied and saved reports include its guide.
    MailProgram mailProgram() const { return m_mailProgram; }
    SignInMethod signInMethod() const { return m_signIn; }
    bool signInChosenByUser() const { return m_signInChosen; }
    // The OAuth provider and registration for the account as typed (oauthprofilechoice.h).
    OAuthProfile oauthProfile() const;

    void setEmail(const QString& email);
    void setHostText(const QString& text);
    void setPort(quint16 port);
    void setSecurity(Security security);
    // Until the user name is set explicitly (or after it is cleared), it follows the email address.
    void setUser(const QString& user);
    void setPassword(const QString& password);
    // `byUser`: the user ticked or unticked the box (rememberPasswordRequested is emitted); false for
    // a value restored from a preset or the keychain.
    void setRememberPassword(bool remember, bool byUser = false);
    void setAllowInsecure(bool allow);
    void setCaFile(const QString& path);
    void setHelpdesk(const QString& contact);
    void setMailProgram(MailProgram program);
    // `byUser`: the user picked it; a proposal (byUser false) never overrides the user's choice.
    void setSignInMethod(SignInMethod method, bool byUser = false);
    // The preset's [oauth] section, if any: the profile to sign in with comes from it first.
    void setPresetOAuth(const std::optional<PresetOAuth>& oauth) { m_presetOAuth = oauth; }
    const std::optional<PresetOAuth>& presetOAuth() const { return m_presetOAuth; }

    // Fills every field that `settings` has a value for (presets, autodetection, the command line).
    // Locked fields are overwritten too: a preset sets values first, then locks them.
    void applySettings(const AccountSettings& settings);
    void setFieldLocked(Field field, bool locked);
    bool isFieldLocked(Field field) const { return m_locked.contains(field); }

    QList<AccountSuggestion> suggestions() const { return m_suggestions; }
    void setSuggestions(const QList<AccountSuggestion>& suggestions);
    // Copies one suggestion into host, port and security, leaving locked fields alone.
    void applySuggestion(int index);

    // "host:587", "smtps://host": moves the port and security out of the host text into their fields.
    void normalizeHostText();

    // Empty when the field is fine, else a sentence for beside the field.
    LocalizedText validate(Field field) const;
    // The first field with a problem, if any.
    std::optional<Field> firstInvalidField() const;
    // The settings for CheckRunner; call only when firstInvalidField() is empty.
    AccountSettings toSettings() const;
    // Everything a run needs: the settings, and the password or the OAuth profile.
    RunInput toRunInput() const;

signals:
    void fieldChanged(SmtpDoctor::AccountModel::Field field);
    void lockChanged(SmtpDoctor::AccountModel::Field field);
    void suggestionsChanged();
    void mailProgramChanged(SmtpDoctor::MailProgram program);
    // The user asked to store (true) or forget (false) the password in the keychain.
    void rememberPasswordRequested(bool remember);

private:
    template<typename T>
    void assign(T& member, const T& value, Field field);
    // The CA file, read again only when its name, size or time stamp changed: the page checks it when
    // Next is pressed and the run needs its certificates right after, both in the same frame.
    const CaFile& caFileContents() const;

    QString m_email;
    QString m_hostText;
    quint16 m_port = 0;
    Security m_security = Security::Auto;
    QString m_user;
    QString m_password;
    bool m_userFollowsEmail = true;
    bool m_remember = false;
    bool m_allowInsecure = false;
    QString m_caFile;
    mutable CaFile m_caContents;
    mutable QDateTime m_caModified;
    mutable qint64 m_caSize = -1;
    bool m_caReadPending = false;
    QString m_helpdesk;
    MailProgram m_mailProgram = defaultMailProgram();
    SignInMethod m_signIn = SignInMethod::Password;
    bool m_signInChosen = false;
    std::optional<PresetOAuth> m_presetOAuth;
    QSet<Field> m_locked;
    QList<AccountSuggestion> m_suggestions;
};

} // namespace SmtpDoctor
