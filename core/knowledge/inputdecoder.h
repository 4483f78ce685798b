#pragma once

#include <QByteArray>
#include <QString>

namespace SmtpDoctor {

// Turns pasted or piped bytes into text for the explainer: UTF-8, UTF-16 (with a BOM), ISO-2022-JP,
// Shift_JIS and EUC-JP, chosen line by line so a bounce mixing them still reads; MIME encoded words
// ("=?ISO-2022-JP?B?...?=") and base64 / quoted-printable text parts of a bounce are decoded in place.
// Binary junk never stops it: undecodable bytes become U+FFFD. Output is at most maxChars characters.
namespace InputDecoder {

QString decode(const QByteArray& bytes, qsizetype maxChars);

// Decodes bytes in a named charset ("utf-8", "iso-2022-jp", "shift_jis"...); an unknown or empty name
// is guessed from the bytes.
QString decodeCharset(const QByteArray& bytes, const QByteArray& charset);

} // namespace InputDecoder

} // namespace SmtpDoctor
