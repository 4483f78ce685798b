#include "core/knowledge/replyscanner.h"

#include "core/i18n/textcut.h"
#include "core/knowledge/replycodes.h"
#include "core/knowledge/replywords.h"

#include <algorithm>

namespace SmtpDoctor::ReplyScanner {

namespace {

constexpr qsizetype PrefixLookBack = 64; // keyword checks look at most this far left: no quadratic work
constexpr int MaxContinuationLines = 8;

bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= 'a' && u <= 'z';
}

bool isAsciiAlnum(QChar c)
{
    return isDigit(c) || isAsciiLetter(c);
}

bool isQuoteMarker(QChar c)
{
    return c == QLatin1Char('>') || c == QLatin1Char('|') || c.isSpace();
}

// Whether a code at `pos` of `line` stands where SMTP puts a reply: at the line head, after a word that
// introduces one ("said:", "Diagnostic-Code: smtp;", "error", "サーバーの応答："), after "host [ip]:", or,
// for an enhanced code alone, in "(#5.1.1)". Numbers elsewhere (an IPv6 address, "(256 bits)",
// height="250", a date) are not replies.
bool prefixAllows(QStringView line, qsizetype pos, bool enhancedAlone)
{
    const qsizetype from = std::max<qsizetype>(0, pos - PrefixLookBack);
    const QStringView prefix = line.mid(from, pos - from);
    if (from == 0 && ReplyWords::isLineHead(prefix))
        return true;
    if (ReplyWords::endsWithServerArrow(prefix))
        return true;
    // "error sending message - 450 ...", "Failed to authenticate on SMTP server, 535 ...", "An error
    // occurred while sending mail (503 AUTH ...)": a failure code after a failure's own words. In
    // parentheses only with words after it, so "failed (404)" is no reply.
    if (!enhancedAlone && (line[pos] == QLatin1Char('4') || line[pos] == QLatin1Char('5'))
        && ReplyWords::endsWithFailureAndSeparator(prefix)
        && (!prefix.endsWith(QLatin1Char('('))
            || (pos + 4 < line.size() && line[pos + 3] == QLatin1Char(' ') && line[pos + 4].isLetter())))
        return true;
    // What may stand between the introducing word and the code.
    // (Box-drawing "└──" is how some tools indent a server's line under its command.)
    static const QString between = QStringLiteral(" \t\"'([<#=;:\uFF1A\uFF08\u300C\u3001\u3000\u2514\u2500");
    qsizetype k = prefix.size();
    bool colon = false, hash = false, open = false;
    while (k > 0 && between.contains(prefix[k - 1])) {
        const QChar c = prefix[k - 1];
        colon = colon || c == QLatin1Char(':') || c.unicode() == 0xFF1A;
        hash = hash || c == QLatin1Char('#');
        open = open || c == QLatin1Char('(') || c == QLatin1Char('[') || c.unicode() == 0xFF08;
        --k;
    }
    if (k == prefix.size())
        return false; // glued to the text before it
    const QStringView before = prefix.left(k);
    if (enhancedAlone && (hash || open))
        return true; // "(#5.1.1)", "(5.7.1)"
    if (before.isEmpty())
        return from == 0; // "(550 ...)" or ": 550" at the line head
    qsizetype wordStart = before.size();
    while (wordStart > 0 && isAsciiLetter(before[wordStart - 1]))
        --wordStart;
    const QStringView word = before.mid(wordStart);
    if (ReplyWords::namesExpectedCode(before.left(wordStart)))
        return false;
    // "Client host rejected: #216 lpn": a numbered label, unless it is an error's number ("SMTP error #550").
    if (hash && !enhancedAlone && line[pos - 1] == QLatin1Char('#')
        && word.compare(QLatin1String("error"), Qt::CaseInsensitive) != 0)
        return false;
    if (!word.isEmpty() && ReplyWords::isReplyKeyword(word))
        return true;
    if (open && ReplyWords::isExceptionName(word))
        return true;
    if (ReplyWords::isJapaneseReplyWord(before))
        return true;
    if (!colon || ReplyWords::endsWithSourceFile(before))
        return false;
    const QChar last = before.back();
    if (from == 0 && prefix.indexOf(QLatin1Char(':')) == before.size()) {
        // "Name: value" at the line head: only fields that hold replies.
        const QStringView name = before.trimmed();
        const bool looksLikeHeader = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
            return isAsciiAlnum(c) || c == QLatin1Char('-');
        });
        if (looksLikeHeader)
            return ReplyWords::headerMayHoldReply(name);
    }
    // "Port: 465" and "ポート: 587" in a mail program's message are settings, not replies.
    if (before.endsWith(QLatin1String("port"), Qt::CaseInsensitive)
        || before.endsWith(QStringLiteral("ポート")))
        return false;
    if (last == QLatin1Char(']') || last == QLatin1Char(')') || last == QLatin1Char('>'))
        return true; // "host mx.example.org [192.0.2.1]: 550", "<a@b.example>: 550"
    // "Server error: 550", "エラー内容: 550"; not "2001:db8::550" or "10:20:550".
    if (isAsciiLetter(last) || last.unicode() >= 0x3000)
        return true;
    // "could not send email 1: 552 ...": a counted word, then a colon and a space (a time has no space).
    return isDigit(last) && prefix.endsWith(QLatin1String(": ")) && ReplyWords::endsWithCountedWord(before);
}

// "(256 bits)", "550 bytes", "421 ms": a measurement, not a reply.
bool followedByUnit(QStringView line, qsizetype end)
{
    qsizetype k = end;
    while (k < line.size() && line[k] == QLatin1Char(' '))
        ++k;
    if (k == end && k < line.size() && line[k] != QLatin1Char('%'))
        return false;
    qsizetype stop = k;
    while (stop < line.size() && (isAsciiLetter(line[stop]) || line[stop] == QLatin1Char('%')))
        ++stop;
    const QStringView word = line.mid(k, stop - k);
    static const char* const units[] = { "bit", "bits", "byte", "bytes", "kb", "mb", "gb", "kib", "mib", "ms",
        "msec", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "hour", "hours",
        "day", "days", "px", "pt", "%", "times", "kbps", "mbps" };
    for (const char* u : units)
        if (word.compare(QLatin1String(u), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool followerAllows(QStringView line, qsizetype end)
{
    if (followedByUnit(line, end))
        return false;
    if (end >= line.size())
        return true;
    static const QString allowed = QStringLiteral(" \t-,)'\";]>.:");
    const QChar c = line[end];
    if (c.isSpace() || c.unicode() == 0xFF09
        || c.unicode() == 0x300D) // also the ideographic space, "）" and "」"
        return true;
    if (c == QLatin1Char('.') || c == QLatin1Char(':'))
        return end + 1 >= line.size() || !isAsciiAlnum(line[end + 1]);
    return allowed.contains(c);
}

// "(508) 359-5473": a North American telephone number, not a reply in parentheses.
bool isPhoneNumber(QStringView line, qsizetype i)
{
    if (i == 0 || line[i - 1] != QLatin1Char('(') || i + 3 >= line.size() || line[i + 3] != QLatin1Char(')'))
        return false;
    QStringView rest = line.mid(i + 4);
    while (!rest.isEmpty() && rest.front() == QLatin1Char(' '))
        rest = rest.mid(1);
    const auto digits = [&](qsizetype at, qsizetype count) {
        return rest.size() >= at + count
            && std::all_of(rest.begin() + at, rest.begin() + at + count, [](QChar c) { return isDigit(c); });
    };
    return digits(0, 3) && rest.size() > 3 && (rest[3] == QLatin1Char('-') || rest[3] == QLatin1Char('.'))
        && digits(4, 4);
}

struct Candidate
{
    int code = 0;
    EnhancedStatus enhanced;
    qsizetype start = 0; // in the line
    qsizetype tokenEnd = 0; // after the code and its enhanced code
    bool dash = false; // "250-..." : more lines of the same reply follow
    bool atLineHead = false;
};

// Reads a basic and/or enhanced code at `i`; returns false if none stands there.
bool readCandidate(QStringView line, qsizetype i, Candidate* out)
{
    Candidate c;
    c.start = i;
    const qsizetype n = line.size();
    const bool threeDigits = i + 2 < n && isDigit(line[i]) && isDigit(line[i + 1]) && isDigit(line[i + 2])
        && (i + 3 == n || !isDigit(line[i + 3]));
    if (threeDigits && line[i] >= QLatin1Char('1') && line[i] <= QLatin1Char('5')
        && followerAllows(line, i + 3) && !isPhoneNumber(line, i)) {
        c.code = (line[i].unicode() - '0') * 100 + (line[i + 1].unicode() - '0') * 10
            + (line[i + 2].unicode() - '0');
        c.tokenEnd = i + 3;
        c.dash = i + 3 < n && line[i + 3] == QLatin1Char('-');
        qsizetype k = i + 3;
        if (k < n && (line[k].isSpace() || line[k] == QLatin1Char('-'))) {
            ++k;
            while (k < n && line[k].isSpace())
                ++k;
            int consumed = 0;
            const EnhancedStatus e = EnhancedStatus::parseLeading(line.mid(k, 16), &consumed);
            // Right after the code, a failure's enhanced code of the other failure class is still this
            // reply's ("554 4.4.7 Message expired", Amazon SES); the basic code decides the class.
            const bool bothFailures = e.statusClass >= 4 && c.code >= 400;
            if (e.isValid() && (e.statusClass == c.code / 100 || bothFailures)) {
                c.enhanced = e;
                c.tokenEnd = k + consumed;
            }
        }
        if (!c.enhanced.isValid()) {
            // "(535, b'5.7.8 ...": a program's rendering of one reply keeps both codes a few characters
            // apart.
            qsizetype k = i + 3;
            while (k < n && k < i + 10 && QStringView(u" ,;:('\"b-#").contains(line[k]))
                ++k;
            int used = 0;
            const EnhancedStatus e = EnhancedStatus::parseLeading(line.mid(k, 16), &used);
            if (k > i + 3 && e.isValid() && e.statusClass == c.code / 100) {
                c.enhanced = e;
                c.tokenEnd = k + used;
            }
        }
        // RFC 5321's second digit is 0-5; others (471, Postini's 571) count only when known, with an
        // enhanced code, or where a report quotes a reply ("said: 571 Virus detected").
        if (line[i + 1] > QLatin1Char('5') && !c.enhanced.isValid()
            && !ReplyCodes::find(c.code, ReplyStage::Any) && !ReplyWords::endsWithSaid(line.left(i)))
            return false;
        // SMTP has no 1yz replies; only a mail program's own code (101) counts ("child status 100" does not).
        if (c.code < 200 && !ReplyCodes::hasOwnEntry(c.code))
            return false;
        *out = c;
        return true;
    }
    int consumed = 0;
    const EnhancedStatus e = EnhancedStatus::parseLeading(line.mid(i, 16), &consumed);
    // Alone, only plausible codes count: not version numbers like "(2.3.16)".
    const bool plausible = e.isValid() && e.subject <= 7
        && (e.statusClass != 2 || (e.subject == 0 && e.detail == 0)
            || (e.subject == 1 && (e.detail == 0 || e.detail == 5)) || (e.subject == 6 && e.detail == 0)
            || (e.subject == 7 && e.detail == 0));
    if (!plausible)
        return false;
    qsizetype end = i;
    while (end < n && (isDigit(line[end]) || line[end] == QLatin1Char('.')))
        ++end;
    if (line[end - 1] == QLatin1Char('.'))
        --end;
    if (!followerAllows(line, end))
        return false;
    c.enhanced = e;
    c.tokenEnd = end;
    *out = c;
    return true;
}

QList<Candidate> candidatesIn(QStringView line)
{
    QList<Candidate> found;
    for (qsizetype i = 0; i < line.size() && found.size() < MaxReplies; ++i) {
        if (!isDigit(line[i]))
            continue;
        if (i > 0) {
            const QChar before = line[i - 1];
            if (isAsciiAlnum(before) || before == QLatin1Char('.') || before == QLatin1Char('-')
                || before == QLatin1Char('/') || before == QLatin1Char('_') || before == QLatin1Char('+')
                || before == QLatin1Char('@'))
                continue;
        }
        Candidate c;
        if (!readCandidate(line, i, &c)) {
            while (i + 1 < line.size() && isDigit(line[i + 1]))
                ++i;
            continue;
        }
        const bool strong = c.code != 0 && c.enhanced.isValid();
        if (!strong && !prefixAllows(line, i, c.code == 0)) {
            i = c.tokenEnd - 1;
            continue;
        }
        c.atLineHead = std::all_of(line.begin(), line.begin() + i, isQuoteMarker);
        // "550 550 5.7.1 ..." (a report that puts the code before the reply it quotes): one reply.
        if (!found.isEmpty() && found.last().code == c.code && c.code != 0 && !found.last().enhanced.isValid()
            && found.last().tokenEnd + 1 == c.start) {
            c.start = found.last().start;
            c.atLineHead = found.last().atLineHead;
            found.last() = c;
            i = c.tokenEnd - 1;
            continue;
        }
        found.append(c);
        i = c.tokenEnd - 1;
    }
    return found;
}

QString oneLine(QStringView text)
{
    return text.toString().simplified();
}

} // namespace

ReplyStage stageFromContext(QStringView context)
{
    // Bounces wrap long lines: "(in reply to end of DATA\n    command)".
    const QString flat = context.toString().simplified();
    static const std::pair<const char*, ReplyStage> phrases[] = {
        { "in reply to end of data command", ReplyStage::Message },
        { "after end of data", ReplyStage::Message },
        { "in reply to data command", ReplyStage::Data },
        { "after pipelined data", ReplyStage::Data },
        { "after data", ReplyStage::Data },
        { "in reply to rcpt to command", ReplyStage::RcptTo },
        { "after rcpt to", ReplyStage::RcptTo },
        { "after pipelined rcpt to", ReplyStage::RcptTo },
        { "in reply to mail from command", ReplyStage::MailFrom },
        { "after mail from", ReplyStage::MailFrom },
        { "after pipelined mail from", ReplyStage::MailFrom },
        { "while receiving the initial server greeting", ReplyStage::Greeting },
        { "after initial connection", ReplyStage::Greeting },
        { "in reply to ehlo command", ReplyStage::Ehlo },
        { "in reply to helo command", ReplyStage::Ehlo },
        { "after ehlo", ReplyStage::Ehlo },
        { "after helo", ReplyStage::Ehlo },
        { "in reply to auth command", ReplyStage::Auth },
        { "after auth", ReplyStage::Auth },
        { "in reply to starttls command", ReplyStage::StartTls },
        { "after starttls", ReplyStage::StartTls },
        { "tls not available", ReplyStage::StartTls }, // Postfix's answer to STARTTLS it cannot start
    };
    for (const auto& [phrase, stage] : phrases)
        if (flat.contains(QLatin1String(phrase)))
            return stage;
    // A transcript: the command on the line before the reply (">>> RCPT To:<x>", "C: DATA").
    QStringView first = context.left(
        context.indexOf(QLatin1Char('\n')) < 0 ? context.size() : context.indexOf(QLatin1Char('\n')));
    first = first.trimmed();
    for (const char* marker : { ">>>", "c:", "client:", "->" })
        if (first.startsWith(QLatin1String(marker)))
            first = first.mid(qsizetype(qstrlen(marker))).trimmed();
    static const std::pair<const char*, ReplyStage> commands[] = {
        { "rcpt to", ReplyStage::RcptTo },
        { "mail from", ReplyStage::MailFrom },
        { "data", ReplyStage::Data },
        { "auth", ReplyStage::Auth },
        { "ehlo", ReplyStage::Ehlo },
        { "helo", ReplyStage::Ehlo },
        { "starttls", ReplyStage::StartTls },
        { "quit", ReplyStage::Quit },
    };
    for (const auto& [command, stage] : commands)
        if (first.startsWith(QLatin1String(command)))
            return stage;
    if (first == QLatin1String("."))
        return ReplyStage::Message;
    return ReplyStage::Any;
}

// With pipelining a transcript shows RCPT TO and DATA sent together (">>> DATA" then "<<< 550 ... No such
// user"): when DATA itself is then refused for want of a recipient ("503 ... RCPT TO ... before DATA"),
// the failures before that answered the recipients, not the message.
void restagePipelinedRecipients(QList<FoundReply>& replies)
{
    for (qsizetype j = replies.size() - 1; j > 0; --j) {
        const QString words = replies[j].match.toLower();
        if (replies[j].code != 503
            || !(words.contains(QLatin1String("rcpt")) || words.contains(QLatin1String("recipient"))))
            continue;
        for (qsizetype i = 0; i < j; ++i)
            if (replies[i].stage == ReplyStage::Data && replies[i].code >= 500)
                replies[i].stage = ReplyStage::RcptTo;
        return;
    }
}

QList<FoundReply> scan(QStringView text)
{
    QList<FoundReply> replies;
    bool open = false; // the last reply may still take continuation lines
    bool openDash = false;
    int continuationLines = 0;
    qsizetype prevLineStart = -1, prevLineEnd = -1, openPrevStart = -1, openPrevEnd = -1;

    const auto close = [&] {
        if (!open)
            return;
        FoundReply& r = replies.last();
        QString context;
        if (openPrevStart >= 0)
            context
                = text.mid(openPrevStart, std::min<qsizetype>(openPrevEnd - openPrevStart, 300)).toString()
                + QLatin1Char('\n');
        context += text.mid(r.start, std::min<qsizetype>(r.end - r.start, 2000));
        r.stage = stageFromContext(context.toLower());
        r.match = makeControlCharactersVisible(shortenedText(r.match.simplified(), MaxMatch));
        open = false;
    };

    qsizetype lineStart = 0;
    while (lineStart <= text.size() && replies.size() < MaxReplies) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        const qsizetype next = lineEnd < 0 ? text.size() + 1 : lineEnd + 1;
        if (lineEnd < 0)
            lineEnd = text.size();
        QStringView line = text.mid(lineStart, lineEnd - lineStart);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QList<Candidate> found = candidatesIn(line);
        const bool indented = !line.isEmpty() && line.front().isSpace();
        bool consumed = false;
        if (open && !line.trimmed().isEmpty() && continuationLines < MaxContinuationLines) {
            FoundReply& r = replies.last();
            const bool sameCode
                = !found.isEmpty() && found.first().atLineHead && found.first().code == r.code && r.code != 0;
            if (sameCode && (openDash || indented || found.first().enhanced == r.enhanced)) {
                r.match += QLatin1Char(' ') + line.mid(found.first().tokenEnd).trimmed();
                r.end = lineStart + line.size();
                openDash = found.first().dash;
                ++continuationLines;
                consumed = true;
            } else if (indented && found.size() == 1 && found.first().code == 0 && found.first().atLineHead
                && r.code != 0 && !r.enhanced.isValid() && found.first().enhanced.statusClass == r.code / 100
                && r.match.trimmed().endsWith(QString::number(r.code))) {
                // "said: 421\n    4.7.0 [TSS04] ...": a report wrapped the line right after the basic code.
                r.enhanced = found.first().enhanced;
                r.match += QLatin1Char(' ') + line.trimmed();
                r.end = lineStart + line.size();
                ++continuationLines;
                consumed = true;
            } else if (found.isEmpty() && indented) {
                r.match += QLatin1Char(' ') + line.trimmed();
                r.end = lineStart + line.size();
                ++continuationLines;
                consumed = true;
            }
        }
        if (!consumed) {
            close();
            // "5.1.0 - Unknown address error 550-'5.2.2 ... Mailbox Full'" (Amazon SES): an enhanced code
            // alone at the line head, followed on the same line by a full reply, is the reporting server's
            // summary of that reply.
            const bool leadingSummary = found.size() >= 2 && found.first().code == 0
                && found.first().atLineHead
                && std::any_of(
                    found.cbegin() + 1, found.cend(), [](const Candidate& c) { return c.code != 0; });
            for (const Candidate& c : found) {
                if (replies.size() >= MaxReplies)
                    break;
                close();
                FoundReply r;
                r.code = c.code;
                r.enhanced = c.enhanced;
                r.lineStart = lineStart;
                r.summary = leadingSummary && &c == &found.first();
                r.statusField
                    = r.summary || line.trimmed().startsWith(QLatin1String("status:"), Qt::CaseInsensitive);
                r.start = lineStart + c.start;
                r.end = lineStart + line.size();
                // "Sorry, no mailbox here by that name. (#5.1.1)": the words come before the code.
                const bool wordsBefore = line.mid(c.tokenEnd).trimmed().size() < 12;
                const qsizetype from = wordsBefore
                    ? codePointStart(line, std::max<qsizetype>(0, c.start - MaxMatch))
                    : c.start;
                r.match = oneLine(line.mid(from, std::min<qsizetype>(line.size() - from, MaxMatch * 2)));
                replies.append(r);
                open = true;
                openDash = c.dash;
                continuationLines = 0;
                openPrevStart = prevLineStart;
                openPrevEnd = prevLineEnd;
            }
        }
        prevLineStart = lineStart;
        prevLineEnd = lineStart + line.size();
        lineStart = next;
    }
    close();
    restagePipelinedRecipients(replies);
    return replies;
}

} // namespace SmtpDoctor::ReplyScanner
