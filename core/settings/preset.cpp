#include "core/settings/preset.h"

namespace SmtpDoctor {

QString presetFieldName(PresetField f)
{
    switch (f) {
    case PresetField::Host: return QStringLiteral("host");
    case PresetField::Port: return QStringLiteral("port");
    case PresetField::Security: return QStringLiteral("security");
    case PresetField::UserName: return QStringLiteral("username");
    }
    return {};
}

bool presetFieldFromName(const QString& name, PresetField* f)
{
    for (PresetField candidate : { PresetField::Host, PresetField::Port, PresetField::Security, PresetField::UserName }) {
        if (name.compare(presetFieldName(candidate), Qt::CaseInsensitive) == 0) {
            *f = candidate;
            return true;
        }
    }
    return false;
}

void Preset::applyTo(AccountSettings* settings) const
{
    if (!host.isEmpty()) {
        settings->host = host;
        settings->displayHost = displayHost;
    }
    if (port)
        settings->port = *port;
    if (security)
        settings->security = *security;
    if (!caFile.isEmpty()) {
        settings->caFile = caFile;
        settings->extraCaCertificates = extraCaCertificates;
    }
    if (settings->user.isEmpty() && !settings->email.isEmpty())
        settings->user = userNameFor(userForm, settings->email);
}

QString PresetError::toString() const
{
    return text().toString();
}

LocalizedText PresetError::text() const
{
    if (line > 0)
        return { "Preset", QT_TRANSLATE_NOOP("Preset", "Preset %1, line %2: %3"), { file, QString::number(line), reason.toString() } };
    return { "Preset", QT_TRANSLATE_NOOP("Preset", "Preset %1: %2"), { file, reason.toString() } };
}

} // namespace SmtpDoctor
