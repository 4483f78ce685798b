#pragma once

#include <QByteArrayView>
#include <QString>

namespace SmtpDoctor {

// Japanese bounces and pasted error dialogs come in ISO-2022-JP (7-bit, with escape sequences),
// Shift_JIS / CP932 (Windows) or EUC-JP. Qt 6.4's QStringDecoder knows none of them, so these use the
// system's converter (iconv; Windows code pages 932, 20932, 50220). Without one, ASCII is kept and
// every Japanese character becomes U+FFFD, which still lets reply codes be recognised.
enum class JapaneseEncoding { Iso2022Jp, ShiftJis, EucJp };

class JapaneseDecoder
{
public:
    JapaneseDecoder();
    ~JapaneseDecoder();
    JapaneseDecoder(const JapaneseDecoder&) = delete;
    JapaneseDecoder& operator=(const JapaneseDecoder&) = delete;

    // Decodes one piece (a line, a MIME part); invalid bytes become U+FFFD. Never fails.
    QString decode(QByteArrayView bytes, JapaneseEncoding encoding);

    static bool hasIso2022JpEscape(QByteArrayView bytes);
    // For 8-bit text that is not UTF-8: Shift_JIS unless every high byte fits EUC-JP.
    static JapaneseEncoding guessEightBit(QByteArrayView bytes);

private:
    QString decodeWithoutConverter(QByteArrayView bytes, JapaneseEncoding encoding) const;
    void* m_converters[3] = { nullptr, nullptr, nullptr }; // opened on first use, one per encoding
    bool m_tried[3] = { false, false, false };
};

} // namespace SmtpDoctor
