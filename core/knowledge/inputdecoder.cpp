#include "core/knowledge/inputdecoder.h"

#include "core/i18n/textcut.h"
#include "core/knowledge/japanesetext.h"

#include <QStringDecoder>

#include <cctype>

namespace SmtpDoctor::InputDecoder {

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

// One line (or part) of unknown charset: the cheapest decoding that fits. Runs on every line of a paste:
// ASCII is copied as it is, UTF-8 is decoded once (and kept when it had no error).
QString guess(QByteArrayView bytes, JapaneseDecoder& japanese)
{
    if (JapaneseDecoder::hasIso2022JpEscape(bytes))
        return japanese.decode(bytes, JapaneseEncoding::Iso2022Jp);
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return japanese.decode(bytes, JapaneseDecoder::guessEightBit(bytes));
}

QString decodeNamed(QByteArrayView bytes, QByteArray charset, JapaneseDecoder& japanese)
{
    charset = charset.trimmed().toLower();
    if (charset == "utf-8" || charset == "utf8" || charset == "us-ascii")
        return QString::fromUtf8(bytes);
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "windows-1252")
        return QString::fromLatin1(bytes);
    if (charset.startsWith("iso-2022-jp"))
        return japanese.decode(bytes, JapaneseEncoding::Iso2022Jp);
    if (charset == "shift_jis" || charset == "shift-jis" || charset == "sjis" || charset == "cp932"
        || charset == "windows-31j" || charset == "x-sjis")
        return japanese.decode(bytes, JapaneseEncoding::ShiftJis);
    if (charset == "euc-jp" || charset == "x-euc-jp")
        return japanese.decode(bytes, JapaneseEncoding::EucJp);
    if (charset.startsWith("utf-16")) {
        QStringDecoder decoder(charset == "utf-16le" ? QStringDecoder::Utf16LE
                : charset == "utf-16be"              ? QStringDecoder::Utf16BE
                                                     : QStringDecoder::Utf16);
        return decoder.decode(bytes);
    }
    return guess(bytes, japanese);
}

QByteArray quotedPrintable(QByteArrayView in, bool underscoreIsSpace)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=' && i + 2 < in.size() && isxdigit(uchar(in[i + 1])) && isxdigit(uchar(in[i + 2]))) {
            out += char(QByteArray::fromHex(QByteArray(in.data() + i + 1, 2)).at(0));
            i += 2;
        } else if (c == '=' && i + 1 >= in.size()) {
            break; // soft line break
        } else {
            out += (underscoreIsSpace && c == '_') ? ' ' : c;
        }
    }
    return out;
}

// "=?charset?B?...?=" and "=?charset?Q?...?=" anywhere in a line (headers, quoted subjects).
QString decodeEncodedWords(const QString& line, JapaneseDecoder& japanese)
{
    if (!line.contains(QLatin1String("=?")))
        return line;
    QString out;
    qsizetype pos = 0;
    while (pos < line.size()) {
        const qsizetype start = line.indexOf(QLatin1String("=?"), pos);
        if (start < 0)
            break;
        const qsizetype q1 = line.indexOf(QLatin1Char('?'), start + 2);
        const qsizetype q2 = q1 < 0 ? -1 : line.indexOf(QLatin1Char('?'), q1 + 1);
        const qsizetype stop = q2 < 0 ? -1 : line.indexOf(QLatin1String("?="), q2 + 1);
        if (stop < 0 || q2 != q1 + 2 || q1 - start > 40) {
            out += line.mid(pos, start + 2 - pos);
            pos = start + 2;
            continue;
        }
        out += line.mid(pos, start - pos);
        const QByteArray charset = line.mid(start + 2, q1 - start - 2).toLatin1();
        const QChar kind = line[q1 + 1].toUpper();
        const QByteArray payload = line.mid(q2 + 1, stop - q2 - 1).toLatin1();
        const QByteArray raw
            = kind == QLatin1Char('B') ? QByteArray::fromBase64(payload) : quotedPrintable(payload, true);
        out += decodeNamed(raw, charset, japanese);
        pos = stop + 2;
        // White space between two encoded words belongs to neither.
        qsizetype ws = pos;
        while (ws < line.size() && line[ws].isSpace())
            ++ws;
        if (line.mid(ws, 2) == QLatin1String("=?"))
            pos = ws;
    }
    out += line.mid(pos);
    return out;
}

bool isBase64Line(QByteArrayView line)
{
    if (line.isEmpty() || line.size() > 1000)
        return false;
    for (const char c : line)
        if (!(isalnum(uchar(c)) || c == '+' || c == '/' || c == '='))
            return false;
    return true;
}

QByteArray headerValue(QByteArrayView line, const char* name)
{
    const qsizetype n = qsizetype(qstrlen(name));
    if (line.size() <= n || qstrnicmp(line.data(), name, n) != 0)
        return {};
    return line.sliced(n).trimmed().toByteArray();
}

QByteArray charsetParameter(const QByteArray& contentType)
{
    const qsizetype at = contentType.toLower().indexOf("charset=");
    if (at < 0)
        return {};
    QByteArray value = contentType.mid(at + 8);
    const qsizetype end = value.indexOf(';');
    if (end >= 0)
        value.truncate(end);
    value = value.trimmed();
    if (value.startsWith('"'))
        value = value.mid(1, value.indexOf('"', 1) - 1);
    return value;
}

} // namespace

QString decodeCharset(const QByteArray& bytes, const QByteArray& charset)
{
    JapaneseDecoder japanese;
    return decodeNamed(bytes, charset, japanese);
}

QString decode(const QByteArray& input, qsizetype maxChars)
{
    if (input.startsWith("\xff\xfe") || input.startsWith("\xfe\xff"))
        return shortenedText(QString(QStringDecoder(QStringDecoder::Utf16).decode(input)), maxChars);
    const QByteArray bytes = input.startsWith("\xef\xbb\xbf") ? input.mid(3) : input;

    JapaneseDecoder japanese;
    QString out;
    out.reserve(qMin<qsizetype>(bytes.size(), maxChars));
    // MIME state: headers of the current part, and an encoded text body being collected.
    enum class Body { Plain, Base64, QuotedPrintable };
    Body pendingEncoding = Body::Plain, bodyEncoding = Body::Plain;
    QByteArray pendingCharset, bodyCharset, pendingType;
    bool inHeaders = true;
    QByteArray collected;

    const auto flush = [&] {
        if (collected.isEmpty())
            return;
        if (bodyCharset == "binary-skip") { // an attachment: its bytes are no text to explain
            collected.clear();
            return;
        }
        const QByteArray raw = bodyEncoding == Body::Base64 ? QByteArray::fromBase64(collected) : collected;
        out += decodeNamed(raw, bodyCharset, japanese);
        out += QLatin1Char('\n');
        collected.clear();
    };

    qsizetype pos = 0;
    while (pos < bytes.size() && out.size() < maxChars) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line(bytes.constData() + pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);

        const bool boundary = line.startsWith("--") && line.size() > 2 && !line.contains(' ');
        if (bodyEncoding != Body::Plain && !boundary) {
            if (bodyEncoding == Body::Base64 && isBase64Line(line)) {
                collected += line;
                continue;
            }
            if (bodyEncoding == Body::QuotedPrintable) {
                const bool soft = line.endsWith('=');
                collected += quotedPrintable(line, false);
                if (!soft)
                    collected += '\n';
                continue;
            }
        }
        if (bodyEncoding != Body::Plain) {
            flush();
            bodyEncoding = Body::Plain;
        }
        if (boundary) {
            inHeaders = true;
            pendingEncoding = Body::Plain;
            pendingCharset.clear();
            pendingType.clear();
        }
        if (inHeaders) {
            const QByteArray encoding = headerValue(line, "content-transfer-encoding:").toLower();
            if (encoding.startsWith("base64"))
                pendingEncoding = Body::Base64;
            else if (encoding.startsWith("quoted-printable"))
                pendingEncoding = Body::QuotedPrintable;
            const QByteArray type = headerValue(line, "content-type:");
            if (!type.isEmpty()) {
                pendingType = type.toLower();
                pendingCharset = charsetParameter(type);
            } else if (line.size() > 1 && (line[0] == ' ' || line[0] == '\t') && pendingCharset.isEmpty()) {
                pendingCharset = charsetParameter(line.toByteArray()); // a folded Content-Type parameter
            }
            if (line.trimmed().isEmpty()) {
                inHeaders = false;
                const bool textual = pendingType.isEmpty() || pendingType.startsWith("text/")
                    || pendingType.startsWith("message/");
                bodyEncoding = textual ? pendingEncoding : Body::Plain;
                bodyCharset = pendingCharset;
                if (!textual && pendingEncoding == Body::Base64) {
                    bodyEncoding = Body::Base64;
                    bodyCharset = "binary-skip";
                }
            }
        }
        out += decodeEncodedWords(bodyCharset.isEmpty() || bodyCharset == "binary-skip"
                ? guess(line, japanese)
                : decodeNamed(line, bodyCharset, japanese),
            japanese);
        out += QLatin1Char('\n');
    }
    flush();
    return shortenedText(out, maxChars);
}

} // namespace SmtpDoctor::InputDecoder
