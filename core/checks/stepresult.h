#pragma once

#include "core/checks/finding.h"

namespace SmtpDoctor {

// The checklist, in the order it runs.
enum class StepId { Network, Server, Tls, Auth, Interference, Send };
enum class StepStatus { Pass, Warn, Fail, Skip };

QString stepIdName(StepId id);          // "network", "server", "tls", "auth", "interference", "send"
QString stepStatusName(StepStatus s);   // "pass", "warn", "fail", "skip"
LocalizedText stepTitle(StepId id);     // "Network connection"...
LocalizedText stepStatusLabel(StepStatus s); // "Passed", "Warning"... (text, never colour alone)
QList<StepId> checklistSteps(bool withSend);

struct StepResult
{
    StepId id = StepId::Network;
    StepStatus status = StepStatus::Skip;
    LocalizedText summary;
    qint64 durationMs = 0;
    QList<Finding> findings;
};

} // namespace SmtpDoctor
