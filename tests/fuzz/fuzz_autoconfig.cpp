// Fuzzes the autoconfig reader: the XML comes from the network (a provider's or an attacker's web
// server), so it must be read within its bounds and every server it yields must be usable as is.
#include "core/autodetect/autoconfigparser.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const QList<DetectedServer> servers
        = AutoconfigParser::parse(xml, QStringLiteral("alice@example.com"), &error);
    FUZZ_CHECK(servers.size() <= AutoconfigParser::MaxServers);
    for (const DetectedServer& s : servers) {
        FUZZ_CHECK(!s.host.isEmpty());
        for (const QChar c : s.host)
            FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f); // ASCII, no spaces or line breaks
    }
    return 0;
}
