#include "core/findings/findingcatalog.h"

#include "core/findings/findingtexts.h"

#include <vector>

namespace SmtpDoctor {

namespace {

const std::vector<const FindingInfo*>& byId()
{
    static const std::vector<const FindingInfo*> index = [] {
        std::vector<const FindingInfo*> v(allFindingIds().size(), nullptr);
        for (const FindingInfo* info : FindingCatalog::all())
            v[std::size_t(info->id)] = info;
        for (std::size_t i = 0; i < v.size(); ++i)
            if (!v[i])
                qFatal("finding %s has no catalog entry", qPrintable(findingIdName(FindingId(i))));
        return v;
    }();
    return index;
}

} // namespace

const FindingInfo& FindingCatalog::info(FindingId id)
{
    return *byId()[std::size_t(id)];
}

QList<const FindingInfo*> FindingCatalog::all()
{
    QList<const FindingInfo*> list;
    for (const auto* table : { &networkAndServerFindings(), &tlsFindings(), &authFindings(), &oauthFindings(),
             &laterStepFindings(), &domainFindings() })
        for (const FindingInfo& info : *table)
            list.append(&info);
    return list;
}

} // namespace SmtpDoctor
