#include "ui/reportfiles.h"

#include "core/i18n/language.h"
#include "core/report/htmlreportwriter.h"
#include "core/report/jsonreportwriter.h"
#include "core/report/textreportwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace SmtpDoctor {

ReportFormat reportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("json"))
        return ReportFormat::Json;
    return ReportFormat::Text;
}

QByteArray renderReport(const Report& report, ReportFormat format, std::optional<MailProgram> program)
{
    switch (format) {
    case ReportFormat::Html:
        return HtmlReportWriter::write(report, Language::current(), program).toUtf8();
    case ReportFormat::Json:
        return JsonReportWriter::write(report, Language::current());
    case ReportFormat::Text:
        break;
    }
    TextReportWriter::Options options;
    options.program = program;
    return TextReportWriter::write(report, options).toUtf8();
}

bool saveReport(const Report& report, const QString& path, QString* error, std::optional<MailProgram> program)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(renderReport(report, reportFormatForPath(path), program)) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("ReportFiles", "The report could not be saved as %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString suggestedReportFileName(const Report& report)
{
    QString host = report.settings.host;
    host.replace(QLatin1Char(':'), QLatin1Char('_')); // IPv6 literals
    const QDateTime when = report.startedAt.isValid() ? report.startedAt : QDateTime::currentDateTime();
    return QStringLiteral("smtpdoctor-%1-%2.html")
        .arg(host, when.toString(QStringLiteral("yyyy-MM-dd-HHmm")));
}

SaveLocationChooser fileDialogSaveLocationChooser()
{
    return [](QWidget* parent, const QString& suggestedName, std::function<void(const QString&)> done) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto* dialog = new QFileDialog(parent, QCoreApplication::translate("ReportFiles", "Save the report"),
            QDir(folder).filePath(suggestedName));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        const QString html = QCoreApplication::translate("ReportFiles", "Web page, easy to read (*.html)");
        const QString text
            = QCoreApplication::translate("ReportFiles", "Plain text, for a support ticket (*.txt)");
        const QString json = QCoreApplication::translate("ReportFiles", "JSON, for tools (*.json)");
        dialog->setNameFilters({ html, text, json });
        // The ending follows the chosen type, so the file is written in the format the user picked.
        QObject::connect(
            dialog, &QFileDialog::filterSelected, dialog, [dialog, html, text](const QString& filter) {
                dialog->setDefaultSuffix(filter == html ? QStringLiteral("html")
                        : filter == text                ? QStringLiteral("txt")
                                                        : QStringLiteral("json"));
            });
        dialog->setDefaultSuffix(QStringLiteral("html"));
        QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [done](const QString& path) {
            if (!path.isEmpty())
                done(path);
        });
        dialog->open(); // window-modal, without a nested event loop
    };
}

} // namespace SmtpDoctor
