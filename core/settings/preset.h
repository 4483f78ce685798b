#pragma once

#include "core/settings/usernameform.h"
#include "core/i18n/localizedtext.h"
#include "core/settings/accountsettings.h"
#include "core/settings/presetoauth.h"

#include <QList>
#include <QSslCertificate>

#include <optional>

namespace SmtpDoctor {

// Fields of the account page an organisation can fix for its users.
enum class PresetField { Host, Port, Security, UserName };

QString presetFieldName(PresetField f); // "host", "port", "security", "username"
bool presetFieldFromName(const QString& name, PresetField* f);

// What an IT department prepared for its users (packaging/preset.example.ini documents the format):
// who to ask for help, the organisation's server, and which of its fields users may not change.
struct Preset
{
    QString sourceFile;
    QString organisation;
    QString helpdesk; // shown on the result page and in every report
    QString language; // "ja", "en" or empty: the wizard's default language
    QString host;     // ASCII form
    QString displayHost;
    std::optional<quint16> port;
    std::optional<Security> security;
    UserNameForm userForm = UserNameForm::Unknown;
    QString caFile; // absolute
    QList<QSslCertificate> extraCaCertificates;
    QList<PresetField> locked;
    std::optional<PresetOAuth> oauth; // the [oauth] section, if the preset has one

    bool isLocked(PresetField f) const { return locked.contains(f); }
    // Fills the server fields of `settings` that the preset sets (the command line may override them
    // afterwards). The user name, if the form is known and `settings.email` is set, too.
    void applyTo(AccountSettings* settings) const;
};

// A problem in a preset file, with the line it is on (0: the file as a whole).
struct PresetError
{
    QString file;
    int line = 0;
    LocalizedText reason;

    bool isEmpty() const { return reason.isEmpty(); }
    // "Preset /etc/smtpdoctor/preset.ini, line 7: Unknown key "prot" in [server]." in the installed language.
    QString toString() const;
    // The same sentence to translate later (the reason is rendered now).
    LocalizedText text() const;
};

} // namespace SmtpDoctor
