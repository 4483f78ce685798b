#include "core/domain/spfevaluation.h"

#include "core/domain/domainname.h"

namespace SmtpDoctor {

QString spfResultName(SpfResult r)
{
    switch (r) {
    case SpfResult::None:
        return QStringLiteral("none");
    case SpfResult::Neutral:
        return QStringLiteral("neutral");
    case SpfResult::Pass:
        return QStringLiteral("pass");
    case SpfResult::Fail:
        return QStringLiteral("fail");
    case SpfResult::SoftFail:
        return QStringLiteral("softfail");
    case SpfResult::TempError:
        return QStringLiteral("temperror");
    case SpfResult::PermError:
        return QStringLiteral("permerror");
    }
    return {};
}

bool SpfEvaluation::hasProblem(SpfProblemKind kind) const
{
    return std::any_of(
        problems.cbegin(), problems.cend(), [kind](const SpfProblem& p) { return p.kind == kind; });
}

bool SpfEvaluation::sawDomain(const QString& domain) const
{
    const QString d = DomainName::cleaned(domain);
    return std::any_of(
        records.cbegin(), records.cend(), [&](const SpfRecordSeen& r) { return r.domain == d; });
}

} // namespace SmtpDoctor
