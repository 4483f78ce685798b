#pragma once

#include "core/autodetect/detectedserver.h"
#include "core/credentials/credentialresult.h"
#include "core/oauth/oauthprofile.h"
#include "core/settings/accountsettings.h"
#include "core/settings/preset.h"

#include <QObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QUrl;

namespace SmtpDoctor {

struct Report;
class Autodetector;
class CheckRunner;
class CredentialStore;
class InterruptWatcher;

// `smtpdoctor check`: parses the options into AccountSettings (a preset first, the command line over
// it), finds the server from --email when no --host is given, takes the password from standard input
// or the system keychain, runs the same CheckRunner as the wizard and prints the report; with
// --remember it then saves the password in the keychain if signing in worked. Every stage is
// asynchronous; the command ends through QCoreApplication::exit() with the contract's exit code.
// With --oauth it signs in through the browser instead: the address to open always goes to standard
// error (and to the browser unless --no-browser), Ctrl+C ends the wait for the browser, and --keychain /
// --remember read and keep the saved sign-in (the provider's refresh token) instead of a password.
class CheckCommand : public QObject
{
    Q_OBJECT
public:
    explicit CheckCommand(QObject* parent = nullptr);
    ~CheckCommand() override;
    // Parses and starts; returns an exit code >= 0 if it is already over (bad usage), -1 if running.
    int start(const QStringList& arguments);

private:
    int parse(const QStringList& arguments);
    int applyPreset(const QCommandLineParser& parser, const QStringList& arguments);
    void detectServer();
    void onDetected();
    void continueWithUser();
    void onKeychainRead(const CredentialResult& result);
    void runChecks();
    void onBrowserSignIn(const QUrl& url);
    void onInterrupted();
    void onFinished();
    bool rememberAfterRun(const Report& report);
    void onRemembered(const CredentialResult& result);
    void stopWithUsageError(const QString& message);
    QString detectionText() const;
    CredentialKey credentialKey() const;

    AccountSettings m_settings;
    QString m_password;
    bool m_json = false;
    bool m_readPassword = false; // --password-stdin
    bool m_useKeychain = false;
    bool m_remember = false;
    bool m_oauth = false;
    bool m_openBrowser = true;
    OAuthProfile m_profile; // --oauth: chosen once the user and server are known
    QString m_refreshToken; // --oauth --keychain
    QString m_language;
    std::optional<Preset> m_preset;
    std::optional<DetectedServer> m_detected;
    QStringList m_detectionLog;
    QList<LocalizedText> m_providerNotes;
    UserNameForm m_userForm = UserNameForm::Unknown;
    int m_exitCode = 0;

    Autodetector* m_detector = nullptr;
    CredentialStore* m_store = nullptr;
    CheckRunner* m_runner = nullptr;
    InterruptWatcher* m_interrupts = nullptr;
};

} // namespace SmtpDoctor
