#pragma once

#include "core/checks/checkstep.h"

namespace SmtpDoctor {

// Step 5: things between the user and the server that change or block mail: the provider's port 25
// block, a firewall's SMTP inspection, antivirus TLS interception, proxies, a wrong clock.
class InterferenceStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Interference; }

protected:
    void run() override;
};

} // namespace SmtpDoctor
