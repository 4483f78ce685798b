#include "core/settings/presetlocation.h"

#include "core/settings/presetparser.h"

#include <QDir>
#include <QFileInfo>

namespace SmtpDoctor {

QStringList systemPresetPaths()
{
#if defined(Q_OS_WIN)
    QString programData = qEnvironmentVariable("ProgramData");
    if (programData.isEmpty())
        programData = QStringLiteral("C:/ProgramData");
    return { QDir::fromNativeSeparators(programData) + QStringLiteral("/SMTP Doctor/preset.ini") };
#elif defined(Q_OS_MACOS)
    return { QStringLiteral("/Library/Application Support/SMTP Doctor/preset.ini") };
#else
    return { QStringLiteral("/etc/smtpdoctor/preset.ini") };
#endif
}

PresetLookup findPreset(const QString& explicitPath, const QStringList& systemPaths)
{
    PresetLookup lookup;
    if (!explicitPath.isEmpty()) {
        lookup.path = explicitPath;
    } else {
        for (const QString& candidate : systemPaths) {
            if (QFileInfo::exists(candidate)) {
                lookup.path = candidate;
                break;
            }
        }
    }
    if (lookup.path.isEmpty())
        return lookup;
    lookup.preset = PresetParser::load(lookup.path, &lookup.error);
    return lookup;
}

} // namespace SmtpDoctor
