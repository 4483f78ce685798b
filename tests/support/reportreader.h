#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Reading a `check` JSON report (../shared/cli-contract.md) the way a helpdesk script would.
QJsonObject reportStep(const QJsonObject& report, const QString& stepId);
QString reportStatus(const QJsonObject& report, const QString& stepId);
// The finding ids of one step, in order.
QStringList reportFindingIds(const QJsonObject& step);
