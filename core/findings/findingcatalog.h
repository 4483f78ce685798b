#pragma once

#include "core/findings/findingid.h"
#include "core/findings/reason.h"
#include "core/findings/severity.h"

#include <QList>

namespace SmtpDoctor {

// The words for every finding, in tables a helpdesk person or translator can read: default severity
// and side, the reason it stands for, a title, a plain explanation and what to do. Texts may use %1, %2...:
// the finding's args, in the order the table's comment for that id gives.
struct FindingInfo
{
    FindingId id;
    Severity severity;
    Side side;
    Reason reason;
    const char* title;
    const char* explanation;
    const char* fix;
};

class FindingCatalog
{
public:
    // Every FindingId has an entry (checked when the catalog is first used, and by tst_findings).
    static const FindingInfo& info(FindingId id);
    static QList<const FindingInfo*> all();
    static constexpr const char* Context = "Finding";
};

} // namespace SmtpDoctor
