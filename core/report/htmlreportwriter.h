#pragma once

#include "core/report/mailprograms.h"
#include "core/report/report.h"

#include <QString>

namespace SmtpDoctor {

// The report as one self-contained HTML page (no scripts, no external files), in the installed
// language: for "Save report" in the wizard, to attach to a ticket or open in a browser. Every piece of
// text is HTML-escaped, translations included: server replies and the transcript are untrusted.
class HtmlReportWriter
{
public:
    // Every program's guide follows the settings card, folded; the one of `program` starts open.
    static QString write(
        const Report& report, const QString& language, std::optional<MailProgram> program = {});
};

} // namespace SmtpDoctor
