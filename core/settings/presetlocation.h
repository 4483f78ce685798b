#pragma once

#include "core/settings/preset.h"

#include <QStringList>

namespace SmtpDoctor {

// Where an installed preset lives, per system (an administrator or a deployment tool puts it there):
//   Linux and other Unix: /etc/smtpdoctor/preset.ini
//   Windows:              %ProgramData%\SMTP Doctor\preset.ini
//   macOS:                /Library/Application Support/SMTP Doctor/preset.ini
QStringList systemPresetPaths();

// The preset in effect: the file given with --preset, else the first system path that exists, else none.
struct PresetLookup
{
    std::optional<Preset> preset; // none found, or the one found was malformed
    PresetError error;            // set when a file was found (or given) but could not be used
    QString path;                 // the file that was used or failed, empty if none

    bool failed() const { return !error.isEmpty(); }
};

PresetLookup findPreset(const QString& explicitPath, const QStringList& systemPaths = systemPresetPaths());

} // namespace SmtpDoctor
