#pragma once

#include "core/i18n/localizedtext.h"

#include <QString>

namespace SmtpDoctor {

// One stored password belongs to one user name on one server; one OAuth refresh token (the "saved
// sign-in") to one user name at one provider's token endpoint. The two kinds never share an entry.
struct CredentialKey
{
    enum class Kind { Password, OAuthRefreshToken };

    CredentialKey() = default;
    CredentialKey(const QString& user, const QString& host, Kind kind = Kind::Password)
        : user(user)
        , host(host)
        , kind(kind)
    {
    }
    // The entry for the refresh token of `user` at the token endpoint on `tokenHost`.
    static CredentialKey refreshToken(const QString& user, const QString& tokenHost)
    {
        return { user, tokenHost, Kind::OAuthRefreshToken };
    }

    QString user;
    QString host; // passwords: the SMTP server, ASCII (punycode) form as in AccountSettings::host;
                  // refresh tokens: the host of the provider's token endpoint
    Kind kind = Kind::Password;

    // The keychain entry's key: "user@host", or "oauth-refresh-token:user@host" (the service name is the
    // application's).
    QString name() const
    {
        const QString base = user + QLatin1Char('@') + host;
        return kind == Kind::Password ? base : QStringLiteral("oauth-refresh-token:") + base;
    }
    bool isValid() const { return !user.isEmpty() && !host.isEmpty(); }
};

enum class CredentialStatus {
    Ok,
    NotFound,     // nothing stored for this key
    NoBackend,    // no keychain service on this computer (e.g. Linux without a Secret Service)
    AccessDenied, // the keychain is locked, or the user or system refused access
    TimedOut,     // the keychain did not answer in time (a locked keyring can wait forever)
    Failed,       // any other error; detail has the keychain's own words
};

// How one keychain operation ended. Read results carry the password; nothing else ever does.
struct CredentialResult
{
    enum class Operation { Read, Write, Forget };

    Operation operation = Operation::Read;
    CredentialKey key;
    CredentialStatus status = CredentialStatus::Failed;
    QString password; // Read with Ok (or from the session copy); the refresh token for that kind
    bool fromSession = false;   // Read: the password came from this session's memory, not the keychain
    bool keptForSession = false; // Write failed: the password is kept in memory for this session only
    QString detail;             // the keychain's own error text (English, technical), may be empty
    int timeoutSeconds = 0;     // TimedOut: how long it waited

    // Read: a password is there; Write: it is stored; Forget: nothing is stored any more.
    bool ok() const;
    // One or two plain sentences for the user, in the installed language.
    LocalizedText message() const;
};

} // namespace SmtpDoctor
