#pragma once

#include "core/findings/finding.h"
#include "core/findings/stepid.h"

namespace SmtpDoctor {

// What a step reports: its verdict, one sentence, and its findings. What a step hands to the steps
// after it is its typed outcome (stepoutcomes.h), not this.
struct StepResult
{
    StepId id = StepId::Network;
    StepStatus status = StepStatus::Skip;
    LocalizedText summary;
    qint64 durationMs = 0;
    QList<Finding> findings;
};

} // namespace SmtpDoctor
