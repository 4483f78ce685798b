#pragma once

#include "core/report/mailprograms.h"
#include "core/report/report.h"

#include <QString>

namespace SmtpDoctor {

// The report as plain text, in the installed language: for a terminal and for pasting into a ticket.
// Server text has already had its control characters made visible, so nothing here can drive a terminal.
class TextReportWriter
{
public:
    struct Options
    {
        bool includeTranscript = true;
        // The program the user has: its guide follows the settings card (the wizard's chooser).
        std::optional<MailProgram> program;
    };
    static QString write(const Report& report, const Options& options);
    static QString write(const Report& report) { return write(report, Options()); }
    static QString findingText(const Finding& finding, const QString& indent);
    // The settings card (and the program's guide), as in the wizard; empty when nothing worked.
    static QString cardText(const Report& report, std::optional<MailProgram> program);
};

} // namespace SmtpDoctor
