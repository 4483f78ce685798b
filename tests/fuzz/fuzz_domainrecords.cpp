// Fuzzes the readers of the sender-domain check: SPF records and their macros, DKIM key records,
// pasted DKIM-Signature headers, DMARC records and the addresses of a pasted 5.7.25 reply. DNS
// answers come from whoever runs the domain's DNS: any text must give a verdict, never a crash.
#include "core/domain/dkimrecord.h"
#include "core/domain/dmarcrecord.h"
#include "core/domain/domainassessment.h"
#include "core/domain/domainchecker.h"
#include "core/domain/domainname.h"
#include "core/domain/spfmacro.h"
#include "core/domain/spfrecord.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const SpfRecord spf = SpfRecord::parse(text);
    FUZZ_CHECK(spf.isValid() || !spf.badTerm.isNull() || text.isEmpty());
    if (spf.isValid()) {
        FUZZ_CHECK(spf.lookupTerms() >= 0);
        for (const SpfTerm& t : spf.terms) {
            const SpfMacroContext context { QStringLiteral("a.b@example.com"), QStringLiteral("example.com"),
                QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("mail.example.com") };
            if (const std::optional<QString> name = SpfMacro::expandDomain(t.domainSpec, context))
                FUZZ_CHECK(name->size() <= 253 || !name->contains(QLatin1Char('.')));
        }
        FUZZ_CHECK(
            SpfRecord::parse(spfRecordWith(text, QStringLiteral("include:_spf.example.com"))).isValid());
    }
    DomainAssessment::mergedSpfRecord(text.split(QLatin1Char('\n')));
    const DkimKey key = DkimKey::parse(text);
    FUZZ_CHECK(key.error != DkimKeyError::None || key.revoked || key.bits > 0);
    for (const DkimSignature& sig : DkimSignature::findAll(text))
        FUZZ_CHECK(!sig.domain.isEmpty() && !sig.selector.isEmpty());
    const DmarcRecord dmarc = DmarcRecord::parse(text);
    FUZZ_CHECK(dmarc.percent >= 0 && dmarc.percent <= 100);
    FUZZ_CHECK(DomainChecker::sendingAddressesIn(text).size() <= 4);
    const QString domain = DomainName::normalized(text);
    FUZZ_CHECK(domain.isEmpty() || (domain.size() <= 253 && DomainName::isQueryable(domain)));
    return 0;
}
