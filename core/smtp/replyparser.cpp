#include "core/smtp/replyparser.h"

namespace SmtpDoctor {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

ReplyParser::ReplyParser(int maxLineLength, int maxLines)
    : m_maxLineLength(maxLineLength)
    , m_maxLines(maxLines)
{
}

bool ReplyParser::feed(const QByteArray& bytes)
{
    if (m_error != Error::None)
        return false;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', start);
        const qsizetype end = lf < 0 ? bytes.size() : lf;
        // Check the limit before copying, so a 20 MB line without LF never lands in memory.
        if (m_buffer.size() + (end - start) > m_maxLineLength)
            return fail(Error::LineTooLong, m_buffer + bytes.mid(start, 64));
        m_buffer.append(bytes.constData() + start, end - start);
        if (lf < 0)
            break;
        QByteArray line = m_buffer;
        m_buffer.clear();
        if (line.endsWith('\r'))
            line.chop(1);
        if (!processLine(line))
            return false;
        start = lf + 1;
    }
    return true;
}

bool ReplyParser::processLine(const QByteArray& received)
{
    // The whole line: a secret that starts within the code's digits is hidden too (the line is then no
    // reply any more, and reported as such).
    const QByteArray line = m_filter ? m_filter(received) : received;
    const QString visible = makeControlCharactersVisible(QString::fromUtf8(line));
    m_lines.append(visible);

    // "NNN", "NNN text" or "NNN-text"; the code's first digit 1-5 (RFC 5321 4.2).
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) || line[0] < '1'
        || line[0] > '5' || (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        return fail(Error::MalformedLine, line);
    }
    const int code = line.left(3).toInt();
    const bool more = line.size() > 3 && line[3] == '-';
    if (!m_current.lines.isEmpty() && code != m_current.code)
        return fail(Error::MixedCodes, line);
    if (m_current.lines.size() >= m_maxLines)
        return fail(Error::TooManyLines, line);
    m_currentBytes += line.size() + 2;
    if (m_currentBytes > DefaultMaxReplyBytes)
        return fail(Error::ReplyTooLarge, line);

    m_current.code = code;
    QStringView text = QStringView(visible).mid(qMin<qsizetype>(4, visible.size()));
    // The enhanced code (RFC 2034) starts every line's text; its class matches the reply's first digit.
    int consumed = 0;
    const EnhancedStatus status = EnhancedStatus::parseLeading(text, &consumed);
    if (status.isValid() && status.statusClass == code / 100) {
        if (!m_current.enhanced.isValid())
            m_current.enhanced = status;
        text = text.mid(consumed);
    }
    m_current.lines.append(text.toString());
    if (!more) {
        if (m_replies.size() >= MaxQueuedReplies)
            return fail(Error::TooManyReplies, line);
        m_replies.append(m_current);
        m_current = SmtpReply();
        m_currentBytes = 0;
    }
    return true;
}

bool ReplyParser::fail(Error error, const QByteArray& line)
{
    m_error = error;
    m_offendingLine = line.left(128);
    m_buffer.clear();
    return false;
}

QStringList ReplyParser::takeLines()
{
    QStringList lines;
    lines.swap(m_lines);
    return lines;
}

qsizetype ReplyParser::discardBuffered()
{
    qsizetype bytes = m_buffer.size();
    for (const SmtpReply& reply : qAsConst(m_replies))
        for (const QString& line : reply.lines)
            bytes += line.size() + 6;
    for (const QString& line : qAsConst(m_current.lines))
        bytes += line.size() + 6;
    m_buffer.clear();
    m_replies.clear();
    m_current = SmtpReply();
    m_currentBytes = 0;
    return bytes;
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_replies.clear();
    m_lines.clear();
    m_current = SmtpReply();
    m_currentBytes = 0;
    m_error = Error::None;
    m_offendingLine.clear();
}

bool ReplyParser::parseText(const QString& text, SmtpReply* reply, Error* error)
{
    ReplyParser parser;
    QByteArray bytes = text.trimmed().toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.append('\n');
    const bool ok = parser.feed(bytes) && parser.m_replies.size() == 1 && parser.m_current.lines.isEmpty();
    if (error)
        *error = parser.error();
    if (ok && reply)
        *reply = parser.m_replies.first();
    return ok;
}

} // namespace SmtpDoctor
