#pragma once

#include <QString>
#include <QStringList>

namespace SmtpDoctor {

// An RFC 3463 enhanced status code: class.subject.detail (e.g. 5.7.8).
struct EnhancedStatus
{
    int statusClass = 0;
    int subject = -1;
    int detail = -1;

    bool isValid() const { return statusClass != 0; }
    QString toString() const;

    // Reads a code at the very start of `text`; `consumed` receives its length including the space after it.
    static EnhancedStatus parseLeading(QStringView text, int* consumed = nullptr);
    // Parses a whole token such as "5.7.8"; invalid on anything else.
    static EnhancedStatus fromString(QStringView token);

    friend bool operator==(const EnhancedStatus& a, const EnhancedStatus& b)
    {
        return a.statusClass == b.statusClass && a.subject == b.subject && a.detail == b.detail;
    }
};

// What the first digit of a reply code says (RFC 5321 4.2.1).
enum class ReplyClass { Unknown, Success, Intermediate, Transient, Permanent };
QString replyClassName(ReplyClass c); // "success", "intermediate", "transient", "permanent"

// One complete server reply: a basic code, an optional enhanced code and the server's text, one entry a
// line, each without its code. The text is untrusted: the parser has already made control characters visible.
struct SmtpReply
{
    int code = 0;
    EnhancedStatus enhanced;
    QStringList lines;

    bool isValid() const { return code >= 100 && code <= 599; }
    ReplyClass replyClass() const;
    bool isSuccess() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    QString text() const { return lines.join(QLatin1Char('\n')); }
    QString firstLine() const { return lines.value(0); }
    // "535 5.7.8 Username and Password not accepted" (first line only), for one-line summaries.
    QString summary() const;
};

// Makes untrusted text safe to show: control characters, NUL, DEL and ANSI escapes become visible
// (\x1B, \x00...), as do invisible format characters such as bidirectional overrides and line
// separators (\u202E); invalid UTF-8 has already become U+FFFD when decoded.
QString makeControlCharactersVisible(QStringView text);

} // namespace SmtpDoctor
