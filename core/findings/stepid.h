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
// The steps of one run, in order: the five always, "send" with a test message, "domain" when the
// sender domain is checked (core/checks/domainstep.h decides when).
QList<StepId> checklistSteps(bool withSend, bool withDomain = false);

} // namespace SmtpDoctor
