#pragma once

#include "core/i18n/localizedtext.h"

#include <QString>

namespace SmtpDoctor {

enum class Severity { Info, Warning, Error };
// Whose side the problem is on: the user's settings or computer, the network in between, the mail
// provider's server, or the receiving side.
enum class Side { You, Network, Server, Recipient };

QString severityName(Severity s); // "info", "warning", "error"
QString sideName(Side s); // "you", "network", "server", "recipient"
LocalizedText sideLabel(Side s); // "Your settings or computer"...

} // namespace SmtpDoctor
