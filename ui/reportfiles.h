#pragma once

#include "core/report/mailprograms.h"
#include "core/report/report.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QWidget;

namespace SmtpDoctor {

// Saving the report from the result page: HTML for people, plain text for tickets, JSON for tools.
enum class ReportFormat { Html, Text, Json };

// Chosen by the file name's ending (.html/.htm, .json, anything else is text).
ReportFormat reportFormatForPath(const QString& path);
// `program`: the user's mail program, whose guide the HTML and text reports put after the settings card.
QByteArray renderReport(const Report& report, ReportFormat format, std::optional<MailProgram> program = {});
// Writes the file; false with a translated reason on failure.
bool saveReport(
    const Report& report, const QString& path, QString* error, std::optional<MailProgram> program = {});
// "smtpdoctor-smtp.example.com-2024-05-01-1030.html": a name that says what and when.
QString suggestedReportFileName(const Report& report);

// Asks where to save and calls `done` with the chosen path (never with an empty one). The default
// opens a file dialog without a nested event loop; tests substitute one that answers at once.
using SaveLocationChooser = std::function<void(
    QWidget* parent, const QString& suggestedName, std::function<void(const QString& path)> done)>;
SaveLocationChooser fileDialogSaveLocationChooser();

} // namespace SmtpDoctor
