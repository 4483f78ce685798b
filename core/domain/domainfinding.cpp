#include "core/domain/domainfinding.h"

namespace SmtpDoctor {

Finding DomainFinding::toFinding() const
{
    QList<LocalizedText::Arg> list;
    for (const QString& a : args)
        list.append(a);
    Finding f = Finding::make(id, list);
    f.details = details;
    if (severity)
        f.severity = *severity;
    return f;
}

QList<FindingId> domainFindingIds()
{
    QList<FindingId> out;
    for (const FindingId id : allFindingIds()) {
        if (stepOf(id) == StepId::Domain)
            out << id;
    }
    return out;
}

} // namespace SmtpDoctor
