// Fuzzes the password scrubber (issue 14) with what a hostile server controls: the bytes of its replies,
// against a password the input also chooses. Whatever the bytes, the password's own UTF-8 and Latin-1
// forms never survive, the parser that filters its lines through the scrubber stays bounded, and no
// input takes unbounded work.
#include "core/smtp/replyparser.h"
#include "core/smtp/secretscrubber.h"
#include "fuzzcheck.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace SmtpDoctor;

namespace {

// True if `form` still shows in `out` once every marker is taken for a character no form contains.
bool survives(QByteArray out, const QByteArray& form)
{
    out.replace(SecretScrubber::marker().toUtf8(), QByteArray(1, '\x01'));
    return !form.isEmpty() && !form.contains('\x01') && out.contains(form);
}

// The parser shows a control character as a backslash, "x" and two hex digits, and an invisible one as a
// backslash, "u" and four: those escapes are the parser's words, not the server's, so a password such as
// "0" or "x0" may show in them without leaking.
QString withoutEscapes(QString shown)
{
    static const QRegularExpression escape(QStringLiteral(R"(\\x[0-9A-F]{2}|\\u[0-9A-F]{4})"));
    return shown.replace(escape, QStringLiteral("\x01"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (bytes.isEmpty())
        return 0;
    // The first byte: the password's length; then the password (as UTF-8, invalid bytes replaced), then
    // the server's bytes.
    const qsizetype length = 1 + uchar(bytes[0]) % 24;
    const QString password = QString::fromUtf8(bytes.mid(1, length));
    const QByteArray text = bytes.mid(1 + length);
    if (password.isEmpty() || password.contains(QChar::ReplacementCharacter))
        return 0;
    SecretScrubber scrubber;
    scrubber.addSecret(password);
    const QByteArray out = scrubber.scrub(text);
    FUZZ_CHECK(!survives(out, password.toUtf8()));
    if (QString::fromLatin1(password.toLatin1()) == password)
        FUZZ_CHECK(!survives(out, password.toLatin1()));
    const QString outText = scrubber.scrub(QString::fromUtf8(text));
    FUZZ_CHECK(!survives(outText.toUtf8(), password.toUtf8()));

    ReplyParser parser(512, 16);
    parser.setLineFilter([&scrubber](const QByteArray& line) { return scrubber.scrub(line); });
    parser.feed(text);
    // What the parser shows came through the filter. (Its escapes for control characters could spell a
    // password written with backslashes: those are left out.)
    const bool comparable = !password.contains(QLatin1Char('\\'));
    for (const QString& line : parser.takeLines()) {
        FUZZ_CHECK(!hasUnsafeCharacter(line));
        FUZZ_CHECK(!comparable || !survives(withoutEscapes(line).toUtf8(), password.toUtf8()));
    }
    while (parser.hasReply()) {
        const SmtpReply reply = parser.takeReply();
        FUZZ_CHECK(reply.code >= 100 && reply.code <= 599);
        FUZZ_CHECK(!comparable || !survives(withoutEscapes(reply.text()).toUtf8(), password.toUtf8()));
    }
    return 0;
}
