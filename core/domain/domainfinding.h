#pragma once

#include "core/checks/finding.h"
#include "core/i18n/localizedtext.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace SmtpDoctor {

// Everything the sender-domain check can find, one name each on the wire ("domain.spf-missing"),
// in the contract's `step.what` form. The words are in the finding catalog (domainfindingtexts.cpp);
// the arguments each id takes are listed there above its entry.
enum class DomainFindingId {
    NotFound,
    DnsFailed,
    SpfOk,
    SpfMissing,
    SpfMultiple,
    SpfInvalid,
    SpfTooManyLookups,
    SpfVoidLookups,
    SpfLoop,
    SpfNotAuthorising,
    SpfAllowAll,
    SpfPtr,
    DkimOk,
    DkimMissing,
    DkimNotFound,
    DkimInvalid,
    DkimRevoked,
    DkimWeakKey,
    DkimForeignSignature,
    DmarcOk,
    DmarcMissing,
    DmarcInvalid,
    DmarcPolicy,
    MxOk,
    MxMissing,
    MxNull,
    MxUnresolvable,
    PtrOk,
    PtrMissing,
    PtrMismatch,
};

QString domainFindingName(DomainFindingId id);
QList<DomainFindingId> allDomainFindingIds();

// One thing the domain check found: typed id, the arguments its texts take, and case-specific
// sentences. A severity given here overrides the catalog's default for this case.
struct DomainFinding
{
    DomainFindingId id;
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

} // namespace SmtpDoctor
