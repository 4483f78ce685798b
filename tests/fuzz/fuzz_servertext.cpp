// Fuzzes the readers of a server's words that issue 14 changed: the FTP judgement after EHLO and HELO
// were refused, the date in a greeting (a second opinion on the clock only), and the first-bytes sniffer.
#include "core/network/clockjudgement.h"
#include "core/smtp/protocolsniffer.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\n');
    const QString greeting = QString::fromUtf8(split < 0 ? bytes : bytes.left(split));
    const QString refusal = split < 0 ? QString() : QString::fromUtf8(bytes.mid(split + 1));
    looksLikeFtp(greeting, refusal);
    looksLikeFtp(refusal, greeting);
    sniffOtherProtocol(bytes);
    if (const std::optional<QDateTime> when = dateInGreeting(greeting)) {
        FUZZ_CHECK(when->isValid());
        const ClockJudgement j = judgeClock(QDateTime::currentDateTimeUtc(), {}, when);
        FUZZ_CHECK(!j.isSkewed()); // a greeting's date alone is never a verdict
    }
    return 0;
}
