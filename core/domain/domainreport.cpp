#include "core/domain/domainreport.h"

namespace SmtpDoctor {

namespace {

bool any(const DomainReport& r, Severity s)
{
    return std::any_of(r.findings.cbegin(), r.findings.cend(),
        [s](const DomainFinding& f) { return f.toFinding().severity == s; });
}

} // namespace

bool DomainReport::hasError() const
{
    return any(*this, Severity::Error);
}

bool DomainReport::hasWarning() const
{
    return any(*this, Severity::Warning);
}

LocalizedText DomainReport::summary() const
{
    const bool dnsFailed = std::any_of(findings.cbegin(), findings.cend(),
        [](const DomainFinding& f) { return f.id == FindingId::DomainDnsFailed; });
    if (hasError() && dnsFailed && findings.size() == 1)
        return { "DomainReport",
            QT_TRANSLATE_NOOP("DomainReport", "The records of %1 could not be read: DNS did not answer."),
            { domain } };
    if (hasError())
        return { "DomainReport",
            QT_TRANSLATE_NOOP("DomainReport",
                "Receiving servers may refuse mail from %1 or put it into spam: its DNS records need "
                "fixing."),
            { domain } };
    if (hasWarning())
        return { "DomainReport",
            QT_TRANSLATE_NOOP(
                "DomainReport", "Mail from %1 is accepted, but some of its records should be improved."),
            { domain } };
    return { "DomainReport", QT_TRANSLATE_NOOP("DomainReport", "The sender records of %1 are in order."),
        { domain } };
}

} // namespace SmtpDoctor
