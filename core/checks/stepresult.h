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
    // The step turned out not to apply to this run (the sender domain is a name reserved for tests
    // that DNS does not know): it is left out of the report and the window, as if never planned.
    bool leftOut = false;
};

} // namespace SmtpDoctor
