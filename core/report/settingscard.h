#pragma once

#include "core/i18n/localizedtext.h"
#include "core/settings/accountsettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace SmtpDoctor {

struct Report;

// How the mail program should sign in, in the words of mail programs' own settings.
enum class AuthChoice {
    Password, // a password over the encrypted connection (PLAIN/LOGIN): "Normal password"
    EncryptedPassword, // only CRAM-MD5 is offered: "Encrypted password"
    OAuth, // only OAuth is offered or accepted: sign in through the provider's page
    None, // the server offers no sign-in on the recommended connection
    Unknown, // not found out (no connection, or the run stopped early)
};

// The five things to type into the mail program's outgoing server settings.
enum class CardField { Server, Port, Security, UserName, AuthMethod };

// The settings card at the top of the result: what to type where, from what the run found. The wizard,
// the text report and the HTML report all show this same card (and the same program guides,
// mailprograms.h).
struct SettingsCard
{
    QString server;
    quint16 port = 0;
    Security security = Security::Auto;
    QString user; // empty: sign-in was not tested
    AuthChoice auth = AuthChoice::Unknown;

    // Empty when no connection worked: there is nothing to recommend yet.
    static std::optional<SettingsCard> fromReport(const Report& report);

    static const QList<CardField>& fields();
    static LocalizedText fieldLabel(CardField field); // "Outgoing mail server"...
    // The value as shown and copied: the host, "587", "STARTTLS", the user name, "Normal password".
    LocalizedText value(CardField field) const;
    static LocalizedText authLabel(AuthChoice auth);
};

} // namespace SmtpDoctor
