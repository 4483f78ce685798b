#include "core/knowledge/findingcatalog.h"

#include "core/knowledge/findingtexts.h"

#include <QHash>

namespace SmtpDoctor {

const FindingInfo* FindingCatalog::find(const QString& id)
{
    static const QHash<QString, const FindingInfo*> index = [] {
        QHash<QString, const FindingInfo*> h;
        for (const FindingInfo* info : all())
            h.insert(QString::fromLatin1(info->id), info);
        return h;
    }();
    return index.value(id, nullptr);
}

QList<const FindingInfo*> FindingCatalog::all()
{
    QList<const FindingInfo*> list;
    for (const auto* table : { &networkAndServerFindings(), &tlsFindings(), &authFindings(), &laterStepFindings() })
        for (const FindingInfo& info : *table)
            list.append(&info);
    return list;
}

} // namespace SmtpDoctor
