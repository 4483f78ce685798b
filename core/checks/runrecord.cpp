#include "core/checks/runrecord.h"

namespace SmtpDoctor {

bool RunRecord::anyFailed() const
{
    for (const StepResult& s : steps)
        if (s.status == StepStatus::Fail)
            return true;
    return false;
}

const StepResult* RunRecord::step(StepId id) const
{
    for (const StepResult& s : steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace SmtpDoctor
