#include "core/domain/domainfinding.h"

namespace SmtpDoctor {

namespace {

struct Name
{
    DomainFindingId id;
    const char* name;
};

// The one name table: ids on the wire never change (../shared/cli-contract.md, README additions).
constexpr Name Names[] = {
    { DomainFindingId::NotFound, "domain.not-found" },
    { DomainFindingId::DnsFailed, "domain.dns-failed" },
    { DomainFindingId::SpfOk, "domain.spf-ok" },
    { DomainFindingId::SpfMissing, "domain.spf-missing" },
    { DomainFindingId::SpfMultiple, "domain.spf-multiple" },
    { DomainFindingId::SpfInvalid, "domain.spf-invalid" },
    { DomainFindingId::SpfTooManyLookups, "domain.spf-too-many-lookups" },
    { DomainFindingId::SpfVoidLookups, "domain.spf-void-lookups" },
    { DomainFindingId::SpfLoop, "domain.spf-loop" },
    { DomainFindingId::SpfNotAuthorising, "domain.spf-not-authorising" },
    { DomainFindingId::SpfAllowAll, "domain.spf-allow-all" },
    { DomainFindingId::SpfPtr, "domain.spf-ptr" },
    { DomainFindingId::DkimOk, "domain.dkim-ok" },
    { DomainFindingId::DkimMissing, "domain.dkim-missing" },
    { DomainFindingId::DkimNotFound, "domain.dkim-not-found" },
    { DomainFindingId::DkimInvalid, "domain.dkim-invalid" },
    { DomainFindingId::DkimRevoked, "domain.dkim-revoked" },
    { DomainFindingId::DkimWeakKey, "domain.dkim-weak-key" },
    { DomainFindingId::DkimForeignSignature, "domain.dkim-foreign-signature" },
    { DomainFindingId::DmarcOk, "domain.dmarc-ok" },
    { DomainFindingId::DmarcMissing, "domain.dmarc-missing" },
    { DomainFindingId::DmarcInvalid, "domain.dmarc-invalid" },
    { DomainFindingId::DmarcPolicy, "domain.dmarc-policy" },
    { DomainFindingId::MxOk, "domain.mx-ok" },
    { DomainFindingId::MxMissing, "domain.mx-missing" },
    { DomainFindingId::MxNull, "domain.mx-null" },
    { DomainFindingId::MxUnresolvable, "domain.mx-unresolvable" },
    { DomainFindingId::PtrOk, "domain.ptr-ok" },
    { DomainFindingId::PtrMissing, "domain.ptr-missing" },
    { DomainFindingId::PtrMismatch, "domain.ptr-mismatch" },
};

} // namespace

QString domainFindingName(DomainFindingId id)
{
    for (const Name& n : Names) {
        if (n.id == id)
            return QString::fromLatin1(n.name);
    }
    return {};
}

QList<DomainFindingId> allDomainFindingIds()
{
    QList<DomainFindingId> out;
    for (const Name& n : Names)
        out << n.id;
    return out;
}

Finding DomainFinding::toFinding() const
{
    Finding f = Finding::make(domainFindingName(id), args);
    f.details = details;
    if (severity)
        f.severity = *severity;
    return f;
}

} // namespace SmtpDoctor
