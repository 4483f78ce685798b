#pragma once

#include "core/checks/checkstep.h"

namespace SmtpDoctor {

// Step 4: sign in with the user's name and password (SMTP AUTH). The password goes out only over a
// verified TLS connection, or with the user's explicit consent.
class AuthStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Auth; }

protected:
    void run() override;

private:
    void onFinished(bool ok);
};

} // namespace SmtpDoctor
