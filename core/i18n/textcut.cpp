#include "core/i18n/textcut.h"

#include <QTextBoundaryFinder>

namespace SmtpDoctor {

namespace {

// How far around the cut the grapheme rules look. Clusters are short in real text; a longer one is
// cut on a code point boundary, and the finder never has to read a 2 MB text whole.
constexpr qsizetype LookAround = 64;

qsizetype codePointBoundaryAtOrBefore(QStringView text, qsizetype pos)
{
    if (pos > 0 && pos < text.size() && text[pos].isLowSurrogate() && text[pos - 1].isHighSurrogate())
        return pos - 1;
    return pos;
}

} // namespace

qsizetype textCutPosition(QStringView text, qsizetype maxChars)
{
    if (maxChars <= 0)
        return 0;
    if (text.size() <= maxChars)
        return text.size();
    const qsizetype from = codePointBoundaryAtOrBefore(text, std::max<qsizetype>(0, maxChars - LookAround));
    const qsizetype to = std::min(text.size(), maxChars + LookAround);
    const QStringView window = text.mid(from, to - from);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, window.data(), window.size());
    finder.setPosition(maxChars - from);
    qsizetype pos = maxChars - from;
    if (!finder.isAtBoundary()) {
        pos = finder.toPreviousBoundary();
        if (pos < 0)
            pos = 0;
    }
    if (pos == 0 && from > 0) // one cluster longer than the look-around: a code point boundary will do
        return codePointBoundaryAtOrBefore(text, maxChars);
    return codePointBoundaryAtOrBefore(text, from + pos);
}

qsizetype codePointStart(QStringView text, qsizetype pos)
{
    return codePointBoundaryAtOrBefore(text, pos);
}

QString shortenedText(QStringView text, qsizetype maxChars, QStringView marker)
{
    const qsizetype cut = textCutPosition(text, maxChars);
    if (cut >= text.size())
        return text.toString();
    return text.left(cut).toString() + marker;
}

QByteArray utf8Prefix(const QByteArray& bytes, qsizetype maxBytes)
{
    if (maxBytes <= 0)
        return {};
    if (bytes.size() <= maxBytes)
        return bytes;
    qsizetype cut = maxBytes;
    // Step back over continuation bytes (10xxxxxx) to the lead byte of the sequence the cut falls in,
    // at most three: further back it was not UTF-8 anyway.
    qsizetype back = 0;
    while (back < 3 && cut - back > 0 && (uchar(bytes[cut - back]) & 0xC0) == 0x80)
        ++back;
    if ((uchar(bytes[cut - back]) & 0xC0) == 0xC0) // a lead byte whose sequence the cut would split
        cut -= back;
    return bytes.left(cut);
}

} // namespace SmtpDoctor
