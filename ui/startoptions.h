#pragma once

#include <QString>

namespace SmtpDoctor {

// What the command line asked of the wizard (app/ parses it; the wizard only reads this).
struct StartOptions
{
    QString presetFile; // --preset FILE; empty: the installed preset, if any
    bool languageChosen = false; // --lang was given, so it wins over the preset's language
};

} // namespace SmtpDoctor
