#pragma once

#include "core/i18n/localizedtext.h"

#include <QList>
#include <QString>

namespace SmtpDoctor {

// The checklist, in the order it runs, and how each step ended.
enum class StepId { Network, Server, Tls, Auth, Interference, Send, Domain };
enum class StepStatus { Pass, Warn, Fail, Skip };

QString stepIdName(StepId id); // "network", "server", "tls", "auth", "interference", "send", "domain"
QString stepStatusName(StepStatus s); // "pass", "warn", "fail", "skip"
LocalizedText stepTitle(StepId id); // "Network connection"...
LocalizedText stepStatusLabel(StepStatus s); // "OK", "Warning"... (text, never colour alone)
QList<StepId> checklistSteps(bool withSend);

} // namespace SmtpDoctor
