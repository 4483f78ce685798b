#pragma once

#include "core/domain/domainreport.h"

#include <QByteArray>
#include <QString>

namespace SmtpDoctor::DomainReportOutput {

// The report of `smtpdoctor check-domain` in the installed language: text for a terminal or a
// ticket, JSON for scripts (findings in the same shape as in the `check` report).
QString text(const DomainReport& report);
QByteArray json(const DomainReport& report, const QString& language);
// "pass", "warn" or "fail", as a step's status in the `check` report.
QString status(const DomainReport& report);

} // namespace SmtpDoctor::DomainReportOutput
