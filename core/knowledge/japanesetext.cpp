#include "core/knowledge/japanesetext.h"

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif __has_include(<iconv.h>)
#include <iconv.h>
#define SMTPDOCTOR_HAVE_ICONV 1
#include <cerrno>
#endif

namespace SmtpDoctor {

namespace {

constexpr char16_t Replacement = 0xFFFD;

#if defined(SMTPDOCTOR_HAVE_ICONV)
const char* iconvName(JapaneseEncoding e)
{
    switch (e) {
    case JapaneseEncoding::Iso2022Jp:
        return "ISO-2022-JP";
    case JapaneseEncoding::ShiftJis:
        return "CP932"; // Shift_JIS with the Windows extensions (①, ㈱...)
    case JapaneseEncoding::EucJp:
        return "EUC-JP";
    }
    return "";
}
#endif

} // namespace

JapaneseDecoder::JapaneseDecoder() = default;

JapaneseDecoder::~JapaneseDecoder()
{
#if defined(SMTPDOCTOR_HAVE_ICONV)
    for (void* cd : m_converters)
        if (cd)
            iconv_close(static_cast<iconv_t>(cd));
#endif
}

bool JapaneseDecoder::hasIso2022JpEscape(QByteArrayView bytes)
{
    for (qsizetype i = 0; i + 2 < bytes.size(); ++i) {
        if (bytes[i] != '\x1b')
            continue;
        const char a = bytes[i + 1], b = bytes[i + 2];
        if ((a == '$' && (b == 'B' || b == '@')) || (a == '(' && (b == 'J' || b == 'I')))
            return true;
    }
    return false;
}

JapaneseEncoding JapaneseDecoder::guessEightBit(QByteArrayView bytes)
{
    // EUC-JP uses only 0xA1-0xFE pairs (plus 0x8E/0x8F prefixes); Shift_JIS lead bytes 0x81-0x9F do not fit
    // it.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (c >= 0x80 && c < 0xA1 && c != 0x8E && c != 0x8F)
            return JapaneseEncoding::ShiftJis;
    }
    return JapaneseEncoding::EucJp;
}

QString JapaneseDecoder::decode(QByteArrayView bytes, JapaneseEncoding encoding)
{
    if (bytes.isEmpty())
        return {};
#if defined(Q_OS_WIN)
    const UINT codePage = encoding == JapaneseEncoding::Iso2022Jp ? 50220
        : encoding == JapaneseEncoding::EucJp                     ? 20932
                                                                  : 932;
    const int length = int(qMin<qsizetype>(bytes.size(), 16 * 1024 * 1024));
    const int needed = MultiByteToWideChar(codePage, 0, bytes.data(), length, nullptr, 0);
    if (needed <= 0)
        return decodeWithoutConverter(bytes, encoding);
    QString out(needed, Qt::Uninitialized);
    MultiByteToWideChar(codePage, 0, bytes.data(), length, reinterpret_cast<wchar_t*>(out.data()), needed);
    return out;
#elif defined(SMTPDOCTOR_HAVE_ICONV)
    const int slot = int(encoding);
    if (!m_tried[slot]) {
        m_tried[slot] = true;
        iconv_t cd = iconv_open("UTF-16LE", iconvName(encoding));
        m_converters[slot] = cd == reinterpret_cast<iconv_t>(-1) ? nullptr : static_cast<void*>(cd);
    }
    if (!m_converters[slot])
        return decodeWithoutConverter(bytes, encoding);
    iconv_t cd = static_cast<iconv_t>(m_converters[slot]);
    iconv(cd, nullptr, nullptr, nullptr, nullptr); // a fresh shift state for every piece
    // Every input byte yields at most one UTF-16 unit (or one U+FFFD), so this buffer never runs out.
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char* in = const_cast<char*>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char* outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) != size_t(-1))
            break;
        if (errno == E2BIG || outLeft < 2)
            break;
        // Invalid or truncated sequence: one replacement character, skip one byte, continue.
        *outPtr++ = char(Replacement & 0xff);
        *outPtr++ = char(Replacement >> 8);
        outLeft -= 2;
        ++in;
        --inLeft;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    const qsizetype units = (outPtr - out.data()) / 2;
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(out.constData()), units);
#else
    return decodeWithoutConverter(bytes, encoding);
#endif
}

QString JapaneseDecoder::decodeWithoutConverter(QByteArrayView bytes, JapaneseEncoding encoding) const
{
    QString out;
    out.reserve(bytes.size());
    bool twoByteMode = false; // ISO-2022-JP: inside ESC $ B ... ESC ( B
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes[i]);
        if (encoding == JapaneseEncoding::Iso2022Jp && c == 0x1b && i + 2 < bytes.size()) {
            twoByteMode = bytes[i + 1] == '$';
            i += 2;
            continue;
        }
        if (twoByteMode && c >= 0x21 && c <= 0x7e) {
            out += QChar(Replacement);
            ++i;
            continue;
        }
        if (c < 0x80) {
            out += QLatin1Char(char(c));
        } else {
            out += QChar(Replacement);
            const uchar trail = i + 1 < bytes.size() ? uchar(bytes[i + 1]) : 0;
            const bool sjisLead = (c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc);
            if ((encoding == JapaneseEncoding::ShiftJis && sjisLead && trail >= 0x40 && trail != 0x7f)
                || (encoding == JapaneseEncoding::EucJp && c >= 0xa1 && trail >= 0xa1))
                ++i; // the trail byte of a two-byte character
        }
    }
    return out;
}

} // namespace SmtpDoctor
