// Fuzzes the one place text is shortened (issue 14): any UTF-16 (lone surrogates included) and any
// limit. The cut is a prefix within the limit, never splits a surrogate pair of valid text, and the UTF-8
// prefix of valid UTF-8 is valid UTF-8.
#include "core/i18n/textcut.h"
#include "fuzzcheck.h"

#include <QStringDecoder>

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype limit = qsizetype(data[0]) * 4 + data[1] % 4;
    const QByteArray rest(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    const QString text(reinterpret_cast<const QChar*>(rest.constData()), rest.size() / 2);
    const qsizetype cut = textCutPosition(text, limit);
    FUZZ_CHECK(cut >= 0 && cut <= limit && cut <= text.size());
    FUZZ_CHECK(text.size() > limit || cut == text.size());
    if (QStringView(text).isValidUtf16())
        FUZZ_CHECK(QStringView(text).left(cut).isValidUtf16() && QStringView(text).mid(cut).isValidUtf16());
    const QString shortened = shortenedText(text, limit, u"…");
    FUZZ_CHECK(shortened.startsWith(text.left(cut)));

    const QByteArray prefix = utf8Prefix(rest, limit);
    FUZZ_CHECK(rest.startsWith(prefix) && prefix.size() <= std::max<qsizetype>(limit, 0));
    QStringDecoder strict(QStringDecoder::Utf8);
    strict.decode(rest);
    if (!strict.hasError()) {
        QStringDecoder again(QStringDecoder::Utf8);
        again.decode(prefix);
        FUZZ_CHECK(!again.hasError());
    }
    return 0;
}
