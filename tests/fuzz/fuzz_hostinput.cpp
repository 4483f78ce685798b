// Fuzzes what the user types into the account page or on the command line: the server (with
// port, URL, IPv6 literal or IDN), addresses and the user name. Whatever is accepted is safe to put
// into an SMTP command; whatever is refused says why.
#include "core/settings/inputvalidation.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    HostInput host;
    const LocalizedText hostError = parseHostInput(text, &host);
    if (hostError.isEmpty()) {
        FUZZ_CHECK(!host.host.isEmpty());
        FUZZ_CHECK(!containsLineBreakOrNul(host.host));
        for (const QChar c : host.host)
            FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f);
        FUZZ_CHECK(!host.port || *host.port > 0);
    } else {
        FUZZ_CHECK(!hostError.toString().isEmpty());
    }
    quint16 port = 0;
    validatePort(text, &port);
    if (validateEmailAddress(text).isEmpty())
        FUZZ_CHECK(!containsLineBreakOrNul(text) && !text.contains(QLatin1Char('<'))
            && !text.contains(QLatin1Char('>')));
    if (validateUserName(text).isEmpty())
        FUZZ_CHECK(!containsLineBreakOrNul(text));
    return 0;
}
