#pragma once

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
    };
    static QString write(const Report& report, const Options& options);
    static QString write(const Report& report) { return write(report, Options()); }
    static QString findingText(const Finding& finding, const QString& indent);
};

} // namespace SmtpDoctor
