// Fuzzes the organisation preset reader: a mistyped or damaged file must give a clear error naming
// its line, never a crash, and never settings that could inject commands.
#include "core/settings/presetparser.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    PresetError error;
    // A directory that does not exist: a relative ca-file in the input cannot reach real files.
    const std::optional<Preset> preset
        = PresetParser::parse(bytes, QStringLiteral("/nonexistent-smtpdoctor-fuzz/preset.ini"), &error);
    if (preset) {
        for (const QChar c : preset->host)
            FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() < 0x7f);
    } else {
        FUZZ_CHECK(!error.isEmpty());
        error.toString();
    }
    return 0;
}
