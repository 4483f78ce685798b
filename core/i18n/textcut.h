#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace SmtpDoctor {

// Every place that shortens text for a report, a summary or a bound goes through these, so that no cut
// splits a character: an emoji's surrogate pair (a lone half is invalid in UTF-8 and breaks JSON
// readers), a letter and its accents, an emoji and its modifiers or joiners (grapheme clusters,
// Unicode UAX #29, as QTextBoundaryFinder tells them).

// The longest prefix length <= maxChars (UTF-16 units) that ends on a grapheme boundary; at least on a
// code point boundary when one grapheme is longer than the look-around (a letter with hundreds of marks).
qsizetype textCutPosition(QStringView text, qsizetype maxChars);

// `pos` moved back by one when it falls between the two halves of a surrogate pair: where text cut off
// at its front (a window around a match) may start without splitting a character.
qsizetype codePointStart(QStringView text, qsizetype pos);

// `text` cut to at most `maxChars` UTF-16 units on such a boundary; `marker` ("…") is appended only
// when something was cut, and does not count against maxChars.
QString shortenedText(QStringView text, qsizetype maxChars, QStringView marker = {});

// The longest prefix of UTF-8 `bytes` of at most `maxBytes` that does not end inside a multi-byte
// sequence (bytes that are not UTF-8 at all are cut where asked).
QByteArray utf8Prefix(const QByteArray& bytes, qsizetype maxBytes);

} // namespace SmtpDoctor
