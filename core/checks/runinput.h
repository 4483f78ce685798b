#pragma once

#include "core/settings/accountsettings.h"

#include <QString>

namespace SmtpDoctor {

// What one run is asked to check: made once by the wizard or the command line, read by every step,
// changed by none. The password is never rendered anywhere; the runner wipes it when it is done.
struct RunInput
{
    AccountSettings settings;
    QString password;
};

} // namespace SmtpDoctor
