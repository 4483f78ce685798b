#pragma once

#include "core/report/report.h"

#include <QByteArray>
#include <QJsonObject>

namespace SmtpDoctor {

// The `check` report as JSON, exactly in the shape of ../shared/cli-contract.md, in the installed
// language. Additions beyond the contract: "details" on findings, "ports" (the sweep), "connection"
// on transcript entries, "helpdesk".
class JsonReportWriter
{
public:
    static QByteArray write(const Report& report, const QString& language);
    static QJsonObject findingObject(const Finding& finding);
    static QJsonObject replyObject(const SmtpReply& reply);
};

} // namespace SmtpDoctor
