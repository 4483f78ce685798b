#pragma once

#include "core/findings/finding.h"
#include "core/findings/findingid.h"
#include "core/i18n/localizedtext.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace SmtpDoctor {

// One thing the domain check found: a FindingId of the domain step (FindingId::Domain...; the
// words are in core/findings/findingtexts_domain.cpp, with the arguments each id takes), the
// arguments, and case-specific sentences. A severity given here overrides the catalog's default.
struct DomainFinding
{
    FindingId id;
    QStringList args;
    QList<LocalizedText> details;
    std::optional<Severity> severity;

    DomainFinding& withDetail(const LocalizedText& text)
    {
        details.append(text);
        return *this;
    }
    DomainFinding& withSeverity(Severity s)
    {
        severity = s;
        return *this;
    }
    // The finding in the form the reports and the checklist use.
    Finding toFinding() const;
};

// The FindingIds of the domain step, in the catalog's order.
QList<FindingId> domainFindingIds();

} // namespace SmtpDoctor
