#pragma once

#include "core/settings/preset.h"

#include <QByteArray>

namespace SmtpDoctor {

// Reads the INI-like preset format line by line, so that every error names its line (QSettings cannot):
//
//   # comment (also "; comment"), whole lines only: values may contain "#"
//   [organisation]   name, helpdesk, language
//   [server]         host, port, security, username, ca-file, locked
//   [oauth]          provider, client-id, client-secret, tenant, authorize-url, token-url, scope
//                    (presetoauth.h; addresses must be https)
//
// Keys are case-insensitive, each may appear once; values are UTF-8 and trimmed. Unknown sections or
// keys are errors (a typo must not silently drop a setting). A relative ca-file is taken from the
// preset's own directory.
class PresetParser
{
public:
    static constexpr qsizetype MaxBytes = 64 * 1024;
    static constexpr qsizetype MaxLineLength = 2048;

    // `fileName` is used in errors and to resolve a relative ca-file.
    static std::optional<Preset> parse(const QByteArray& data, const QString& fileName, PresetError* error);
    static std::optional<Preset> load(const QString& path, PresetError* error);
};

} // namespace SmtpDoctor
