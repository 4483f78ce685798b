#pragma once

#include "core/smtp/smtpreply.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace SmtpDoctor {

// Turns the bytes a server sends into complete replies. Incremental (feed it whatever arrived) and
// bounded: a line longer than maxLineLength, with or without its LF, a reply of more than maxLines
// lines or DefaultMaxReplyBytes bytes, or more than MaxQueuedReplies replies waiting unread stop the
// parser with an error instead of growing without limit. Errors are sticky. It reads lines itself
// (never QIODevice::readLine(max), which silently cuts a long line in two).
class ReplyParser
{
public:
    // RFC 5321 allows 512 octets a reply line; real servers send longer ones, so be lenient.
    static constexpr int DefaultMaxLineLength = 4096;
    static constexpr int DefaultMaxLines = 200;
    static constexpr int DefaultMaxReplyBytes = 64 * 1024;
    static constexpr int MaxQueuedReplies = 32; // without PIPELINING one is expected at a time

    enum class Error {
        None,
        LineTooLong,    // more than maxLineLength bytes before a LF
        TooManyLines,   // a multi-line reply that does not end
        MalformedLine,  // not "NNN", "NNN text" or "NNN-text"; see offendingLine()
        MixedCodes,     // the lines of one multi-line reply carry different codes
        ReplyTooLarge,  // one reply of more than DefaultMaxReplyBytes bytes
        TooManyReplies, // more than MaxQueuedReplies complete replies waiting unread
    };

    explicit ReplyParser(int maxLineLength = DefaultMaxLineLength, int maxLines = DefaultMaxLines);

    // Applied to the bytes of every complete line before they are decoded, checked or stored:
    // the session hides the password there, in whatever encoding a server echoed it (secretscrubber.h).
    using LineFilter = std::function<QByteArray(const QByteArray&)>;
    void setLineFilter(LineFilter filter) { m_filter = std::move(filter); }

    // Appends bytes; returns false once an error has occurred (the bytes are then ignored).
    bool feed(const QByteArray& bytes);

    bool hasReply() const { return !m_replies.isEmpty(); }
    SmtpReply takeReply() { return m_replies.takeFirst(); }

    // Every complete line seen so far (for the transcript), untrusted text already made visible.
    QStringList takeLines();

    Error error() const { return m_error; }
    // The first bytes of the line that caused MalformedLine/LineTooLong, for naming another protocol.
    QByteArray offendingLine() const { return m_offendingLine; }
    // True if bytes wait that belong to no complete reply yet, or replies wait unread.
    bool hasBufferedData() const { return !m_buffer.isEmpty() || !m_current.lines.isEmpty() || hasReply(); }
    // Bytes (or replies) held back, discarded: used after STARTTLS, where anything sent before the
    // handshake must never be read as a reply. Returns how many bytes were thrown away.
    qsizetype discardBuffered();
    void reset();

    // Parses one complete reply given as text ("250-a\n250 b"); for `explain` and tests.
    static bool parseText(const QString& text, SmtpReply* reply, Error* error = nullptr);

private:
    bool processLine(const QByteArray& received);
    bool fail(Error error, const QByteArray& line);

    LineFilter m_filter;
    int m_maxLineLength;
    int m_maxLines;
    QByteArray m_buffer;
    SmtpReply m_current;
    qsizetype m_currentBytes = 0;
    QList<SmtpReply> m_replies;
    QStringList m_lines;
    Error m_error = Error::None;
    QByteArray m_offendingLine;
};

} // namespace SmtpDoctor
