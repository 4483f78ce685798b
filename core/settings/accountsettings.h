#pragma once

#include "core/i18n/localizedtext.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace SmtpDoctor {

// How the connection is secured. Auto lets the checks decide (465: TLS from the start, else STARTTLS).
enum class Security { Auto, Tls, StartTls, None };

QString securityName(Security s);                       // "auto", "tls", "starttls", "none"
bool securityFromName(const QString& name, Security* s); // false on an unknown name
LocalizedText securityLabel(Security s); // "SSL/TLS", "STARTTLS", "none (unencrypted)", "automatic"

// How the mail program signs in: with a password (SMTP AUTH PLAIN/LOGIN/CRAM-MD5), or with a token from the
// provider's sign-in page in the browser (OAuth 2.0: AUTH XOAUTH2 / OAUTHBEARER).
enum class SignInMethod { Password, OAuth };

QString signInMethodName(SignInMethod m); // "password", "oauth"
// What a mail program calls it: "password", "OAuth 2.0 (sign-in through the browser)".
LocalizedText signInMethodLabel(SignInMethod m);

// A port and how it is secured (portpolicy.h says which are worth trying, and in which order).
struct Endpoint
{
    quint16 port = 0;
    Security security = Security::Auto; // Tls, StartTls or None once decided
    friend bool operator==(const Endpoint& a, const Endpoint& b) { return a.port == b.port && a.security == b.security; }
};

// Everything the checks need to know about the account, from the wizard, the command line or a preset.
// The password travels separately and never lives here.
struct AccountSettings
{
    static constexpr int DefaultTimeoutSeconds = 10;

    QString host;        // ASCII (punycode) form, used on the wire
    QString displayHost; // as the user typed it (may be Unicode)
    quint16 port = 0;    // 0: automatic, the port sweep decides
    Security security = Security::Auto;
    QString user;        // AUTH user name; empty: the credentials step is skipped
    QString email;
    QString sendTo;      // non-empty: also send a test message there
    QString caFile;
    QList<QSslCertificate> extraCaCertificates;
    bool allowInsecure = false;
    SignInMethod signIn = SignInMethod::Password; // with OAuth the password is not used
    int timeoutSeconds = DefaultTimeoutSeconds;

    int timeoutMs() const { return timeoutSeconds * 1000; }
    QString shownHost() const { return displayHost.isEmpty() ? host : displayHost; }
};

} // namespace SmtpDoctor
