// Fuzzes what a hostile server controls most: the bytes of its replies. The input is split into
// chunks as it could arrive from the network, fed to the incremental parser, and every complete
// reply goes through the code that reads it (capabilities, enhanced codes, SASL challenges).
#include "core/smtp/capabilities.h"
#include "core/smtp/protocolsniffer.h"
#include "core/smtp/replyparser.h"
#include "core/smtp/saslmechanism.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    // The first byte decides the chunk size, so the fuzzer explores every way of splitting.
    const qsizetype chunk = bytes.isEmpty() ? 1 : 1 + uchar(bytes[0]) % 64;
    ReplyParser parser(256, 8); // small limits, so the fuzzer reaches them
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        parser.feed(bytes.mid(at, chunk));
        for (const QString& line : parser.takeLines())
            FUZZ_CHECK(!hasUnsafeCharacter(line));
        while (parser.hasReply()) {
            const SmtpReply reply = parser.takeReply();
            FUZZ_CHECK(reply.code >= 100 && reply.code <= 599);
            FUZZ_CHECK(!reply.lines.isEmpty() && reply.lines.size() <= 8);
            for (const QString& line : reply.lines)
                FUZZ_CHECK(
                    !hasUnsafeCharacter(line) && line.size() <= 256 * 6); // "\\uXXXX" is the widest form
            const Capabilities caps = Capabilities::fromEhloReply(reply);
            caps.authMechanisms();
            caps.sizeLimit();
            caps.startTls();
            chooseSaslMechanism(caps.authMechanisms());
            const QByteArray challenge = reply.firstLine().toLatin1();
            bool ok = false;
            Sasl::decodeChallenge(challenge, &ok);
            const QByteArray answer
                = Sasl::cramMd5Response(QStringLiteral("alice"), QStringLiteral("secret"), challenge);
            FUZZ_CHECK(answer.isEmpty() || ok);
            reply.summary();
        }
        if (parser.error() != ReplyParser::Error::None) {
            FUZZ_CHECK(parser.offendingLine().size() <= 128);
            sniffOtherProtocol(parser.offendingLine());
            break;
        }
    }
    sniffOtherProtocol(bytes);
    SmtpReply reply;
    ReplyParser::parseText(QString::fromUtf8(bytes), &reply);
    const QString visible = makeControlCharactersVisible(QString::fromUtf8(bytes));
    FUZZ_CHECK(!hasUnsafeCharacter(visible));
    int consumed = 0;
    EnhancedStatus::parseLeading(QString::fromLatin1(bytes), &consumed);
    FUZZ_CHECK(consumed >= 0 && consumed <= bytes.size());
    return 0;
}
