#include "core/checks/interferencestep.h"

namespace SmtpDoctor {

void InterferenceStep::run()
{
    // The detection itself arrives with the network-interference work; until then say so plainly.
    finish(StepStatus::Skip,
        { "InterferenceStep", QT_TRANSLATE_NOOP("InterferenceStep", "Firewall and antivirus checks are not part of this version.") },
        { Finding::make(QStringLiteral("interference.not-checked")) });
}

} // namespace SmtpDoctor
