#include "reportreader.h"

#include <QJsonArray>

QJsonObject reportStep(const QJsonObject& report, const QString& stepId)
{
    for (const QJsonValue& v : report.value(QStringLiteral("steps")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == stepId)
            return v.toObject();
    return {};
}

QString reportStatus(const QJsonObject& report, const QString& stepId)
{
    return reportStep(report, stepId).value(QStringLiteral("status")).toString();
}

QStringList reportFindingIds(const QJsonObject& step)
{
    QStringList ids;
    for (const QJsonValue& f : step.value(QStringLiteral("findings")).toArray())
        ids << f.toObject().value(QStringLiteral("id")).toString();
    return ids;
}
