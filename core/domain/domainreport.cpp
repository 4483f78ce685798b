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

} // namespace SmtpDoctor
