#pragma once

#include "core/checks/checkstep.h"

namespace SmtpDoctor {

// Optional last step: send a short test message (MAIL FROM, RCPT TO, DATA) to the given address.
class SendStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Send; }

protected:
    void run() override;

private:
    void onFinished(bool ok);
    QString sender() const;
};

} // namespace SmtpDoctor
