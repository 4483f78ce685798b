#pragma once

#include "core/checks/finding.h"

#include <QList>

namespace SmtpDoctor {

// The words for every finding id of ../shared/cli-contract.md, in one table a helpdesk person or
// translator can read: default severity and side, a title, a plain explanation and what to do.
// Texts may use %1, %2...: the finding's args, in the order the table's comment for that id gives.
struct FindingInfo
{
    const char* id;
    Severity severity;
    Side side;
    const char* title;
    const char* explanation;
    const char* fix;
};

class FindingCatalog
{
public:
    static const FindingInfo* find(const QString& id);
    static QList<const FindingInfo*> all();
    static constexpr const char* Context = "Finding";
};

} // namespace SmtpDoctor
