#include "core/knowledge/phrasematcher.h"

#include "core/knowledge/textentries.h"
#include "core/smtp/smtpreply.h"

#include <QHash>

#include <algorithm>

namespace SmtpDoctor {

namespace {

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// Short words and codes must stand alone ("rbl" not in "verbless", "5.7.60" not in "5.7.606"); longer
// phrases may match inside words ("greylist" in "greylisted").
bool needsBoundary(QChar edge, qsizetype fragmentLength)
{
    return isAsciiAlnum(edge) && (fragmentLength <= 4 || edge.isDigit());
}

constexpr int MaxHitsInTotal = 4096;

} // namespace

namespace {

// At a line start: the length of a continuation prefix ("550-5.7.26 " after a line "550-..."), so that
// a phrase wrapped over the lines of a multi-line reply still reads as one. Sets `dashCode` for the next
// line.
qsizetype continuationPrefix(QStringView text, qsizetype lineStart, QString& dashCode)
{
    qsizetype j = lineStart;
    while (j < text.size() && (text[j] == QLatin1Char(' ') || text[j] == QLatin1Char('\t')))
        ++j;
    // A transcript's reply lines: "<<< 550-5.7.1 ...", "S: 550-5.7.1 ...".
    if (text.mid(j, 3) == QLatin1String("<<<") || text.mid(j, 2) == QLatin1String("S:")) {
        j += text[j] == QLatin1Char('<') ? 3 : 2;
        while (j < text.size() && text[j] == QLatin1Char(' '))
            ++j;
    }
    const bool code = j + 3 < text.size() && text[j].isDigit() && text[j + 1].isDigit()
        && text[j + 2].isDigit() && (text[j + 3] == QLatin1Char('-') || text[j + 3] == QLatin1Char(' '));
    if (!code) {
        dashCode.clear();
        return 0;
    }
    const QString thisCode = text.mid(j, 3).toString();
    const bool continues = dashCode == thisCode;
    dashCode = text[j + 3] == QLatin1Char('-') ? thisCode : QString();
    if (!continues)
        return 0;
    qsizetype k = j + 4;
    int consumed = 0;
    if (EnhancedStatus::parseLeading(text.mid(k, 16), &consumed).isValid())
        k += consumed;
    return k - lineStart;
}

// After a space: the length of a repeated "550 5.7.1 " that a bounce left in the middle of a rewrapped
// multi-line reply ("Messages with multiple 550 5.7.1 addresses in From:"), if `code` is the reply's code
// seen before; else 0.
qsizetype repeatedCodeToken(QStringView text, qsizetype at, QStringView code)
{
    if (code.isEmpty() || at + 9 > text.size() || text.mid(at, 3) != code)
        return 0;
    const QChar sep = text[at + 3];
    if (sep != QLatin1Char(' ') && sep != QLatin1Char('-'))
        return 0;
    int consumed = 0;
    if (!EnhancedStatus::parseLeading(text.mid(at + 4, 16), &consumed).isValid())
        return 0;
    // parseLeading() also takes the spaces after the code: a token followed by words ends in one.
    const qsizetype end = at + 4 + consumed;
    return (end < text.size() && text[end - 1] == QLatin1Char(' ')) ? end - at : 0;
}

// A bounce that rewraps a multi-line reply leaves its "550 5.7.1" in the middle of the words ("Messages
// with multiple 550 5.7.1 addresses in From:"); after the first, such repeats are dropped so that the
// words read as one phrase. In place: what is kept moves left, never right.
void dropRepeatedCodes(FoldedText& f)
{
    const qsizetype n = f.text.size();
    QChar* text = f.text.data();
    char16_t lastCode[3] = { 0, 0, 0 }; // the reply code seen last ("550"), copied: the buffer changes
    bool haveCode = false;
    char16_t previous = u' '; // the character read before, as it was before moving
    qsizetype kept = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9' && previous == u' ') {
            const QStringView rest(text + i, n - i);
            const QStringView code = haveCode ? QStringView(lastCode, 3) : QStringView();
            if (const qsizetype skip = repeatedCodeToken(rest, 0, code)) {
                previous = text[i + skip - 1].unicode();
                i += skip - 1;
                continue;
            }
            if (i + 3 < n && text[i + 1].isDigit() && text[i + 2].isDigit()
                && (text[i + 3] == QLatin1Char(' ') || text[i + 3] == QLatin1Char('-'))) {
                for (int k = 0; k < 3; ++k)
                    lastCode[k] = text[i + k].unicode();
                haveCode = true;
            }
        }
        previous = c;
        text[kept] = QChar(c);
        f.origin[size_t(kept)] = f.origin[size_t(i)];
        ++kept;
    }
    f.origin[size_t(kept)] = f.origin[size_t(n)];
    f.text.truncate(kept);
    f.origin.resize(size_t(kept) + 1);
}

} // namespace

// Runs over every character of a paste (a megabyte and more): the characters go straight into a buffer
// of the input's size, ASCII is lowered and tested for white space without a table lookup, and the
// repeated codes are dropped in the same buffer.
FoldedText FoldedText::fold(QStringView original)
{
    FoldedText f;
    f.text.resize(original.size());
    f.origin.resize(size_t(original.size()) + 1);
    QChar* out = f.text.data();
    qsizetype n = 0;
    const auto put = [&](QChar c, qsizetype from) {
        out[n] = c;
        f.origin[size_t(n)] = from;
        ++n;
    };
    bool lastWasSpace = false;
    QString dashCode;
    for (qsizetype i = 0; i < original.size(); ++i) {
        if (i == 0 || original[i - 1] == QLatin1Char('\n')) {
            const qsizetype skip = continuationPrefix(original, i, dashCode);
            if (skip > 0) {
                i += skip - 1;
                if (!lastWasSpace) {
                    put(QLatin1Char(' '), i);
                    lastWasSpace = true;
                }
                continue;
            }
        }
        const QChar c = original[i];
        const char16_t u = c.unicode();
        if (u < 0x80 ? u <= 0x20 : c.isSpace()) { // control characters count as white space too
            if (!lastWasSpace) {
                put(QLatin1Char(' '), i);
                lastWasSpace = true;
            }
            continue;
        }
        if (u < 0x80)
            put(QChar(char16_t((u >= 'A' && u <= 'Z') ? u + 32 : u)), i);
        else if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII ("Ｕｓｅｒ ｕｎｋｎｏｗｎ") reads as ASCII
            put(QChar(char16_t(u - 0xFEE0)).toLower(), i);
        else
            put(c.toLower(), i);
        lastWasSpace = false;
    }
    f.origin[size_t(n)] = original.size();
    f.text.truncate(n);
    f.origin.resize(size_t(n) + 1);
    dropRepeatedCodes(f);
    return f;
}

const PhraseMatcher& PhraseMatcher::instance()
{
    static const PhraseMatcher matcher;
    return matcher;
}

PhraseMatcher::PhraseMatcher()
    : m_entries(TextEntries::all())
{
    m_nodes.emplace_back();
    for (int e = 0; e < m_entries.size(); ++e) {
        if (m_entries[e]->flags & TextEntry::LastResort)
            continue; // only FallbackWords reads these, when nothing else was recognised
        const QStringList alternatives = TextEntries::alternatives(m_entries[e]->patterns);
        for (const QString& alternative : alternatives) {
            QStringList fragments = alternative.split(QLatin1Char('*'), Qt::SkipEmptyParts);
            if (fragments.isEmpty())
                continue;
            int node = 0;
            for (const QChar c : std::as_const(fragments.first())) {
                auto& next = m_nodes[size_t(node)].next;
                auto it = std::lower_bound(next.begin(), next.end(), c.unicode(),
                    [](const std::pair<char16_t, int>& p, char16_t ch) { return p.first < ch; });
                if (it != next.end() && it->first == c.unicode()) {
                    node = it->second;
                    continue;
                }
                const int created = int(m_nodes.size());
                next.insert(it, { c.unicode(), created });
                m_nodes.emplace_back();
                node = created;
            }
            m_nodes[size_t(node)].outputs.push_back(int(m_alternatives.size()));
            m_alternatives.push_back({ e, fragments });
        }
    }
    m_root.assign(0x10000, -1);
    for (const auto& [c, target] : m_nodes[0].next)
        m_root[c] = target;
    // Breadth first: failure links and the shortcut to the next node with outputs.
    std::vector<int> queue;
    for (const auto& [c, child] : m_nodes[0].next)
        queue.push_back(child);
    for (size_t head = 0; head < queue.size(); ++head) {
        const int u = queue[head];
        for (const auto& [c, v] : m_nodes[size_t(u)].next) {
            int f = m_nodes[size_t(u)].fail;
            int target = child(f, c);
            while (target < 0 && f != 0) {
                f = m_nodes[size_t(f)].fail;
                target = child(f, c);
            }
            Node& node = m_nodes[size_t(v)];
            node.fail = (target >= 0 && target != v) ? target : 0;
            const Node& failNode = m_nodes[size_t(node.fail)];
            node.dictLink = !failNode.outputs.empty() ? node.fail : failNode.dictLink;
            queue.push_back(v);
        }
    }
}

int PhraseMatcher::child(int node, char16_t c) const
{
    if (node == 0)
        return m_root[c];
    // Below the root most nodes have one to three children: a plain scan beats a binary search there.
    const auto& next = m_nodes[size_t(node)].next;
    if (next.size() > 8) {
        auto it = std::lower_bound(next.begin(), next.end(), c,
            [](const std::pair<char16_t, int>& p, char16_t ch) { return p.first < ch; });
        return (it != next.end() && it->first == c) ? it->second : -1;
    }
    for (const auto& [ch, target] : next) {
        if (ch >= c)
            return ch == c ? target : -1;
    }
    return -1;
}

bool PhraseMatcher::verify(const FoldedText& folded, const Alternative& alt, qsizetype firstStart,
    qsizetype firstEnd, qsizetype* matchEnd) const
{
    const QStringView text(folded.text);
    const QString& first = alt.fragments.first();
    if (needsBoundary(first.front(), first.size()) && firstStart > 0 && isAsciiAlnum(text[firstStart - 1]))
        return false;
    qsizetype end = firstEnd;
    for (qsizetype k = 1; k < alt.fragments.size(); ++k) {
        const QString& fragment = alt.fragments[k];
        const qsizetype window = std::min<qsizetype>(MaxGap + fragment.size(), text.size() - end);
        if (window < fragment.size())
            return false;
        const qsizetype at = text.mid(end, window).indexOf(fragment);
        if (at < 0)
            return false;
        end += at + fragment.size();
    }
    const QString& last = alt.fragments.last();
    if (needsBoundary(last.back(), last.size()) && end < text.size() && isAsciiAlnum(text[end]))
        return false;
    *matchEnd = end;
    return true;
}

QList<PhraseHit> PhraseMatcher::find(const FoldedText& folded) const
{
    QList<PhraseHit> hits;
    std::vector<int> perEntry(size_t(m_entries.size()), 0);
    const QStringView text(folded.text);
    int state = 0;
    for (qsizetype i = 0; i < text.size() && hits.size() < MaxHitsInTotal; ++i) {
        const char16_t c = text[i].unicode();
        int next = child(state, c);
        while (next < 0 && state != 0) {
            state = m_nodes[size_t(state)].fail;
            next = child(state, c);
        }
        state = next < 0 ? 0 : next;
        int node = !m_nodes[size_t(state)].outputs.empty() ? state : m_nodes[size_t(state)].dictLink;
        for (; node > 0; node = m_nodes[size_t(node)].dictLink) {
            for (const int a : m_nodes[size_t(node)].outputs) {
                const Alternative& alt = m_alternatives[size_t(a)];
                if (perEntry[size_t(alt.entry)] >= MaxHitsPerEntry)
                    continue;
                const qsizetype firstEnd = i + 1;
                const qsizetype firstStart = firstEnd - alt.fragments.first().size();
                qsizetype end = 0;
                if (!verify(folded, alt, firstStart, firstEnd, &end))
                    continue;
                ++perEntry[size_t(alt.entry)];
                hits.append({ m_entries[alt.entry], alt.entry, folded.origin[size_t(firstStart)],
                    folded.origin[size_t(end - 1)] + 1 });
            }
        }
    }
    return withoutCoveredHits(hits);
}

QList<PhraseHit> PhraseMatcher::withoutCoveredHits(const QList<PhraseHit>& hits)
{
    // The longer phrase says more: "blocked using" at the start of "blocked using spam pattern" is not a
    // block list. A hit is dropped when another that names a cause starts at the same place and goes
    // further. A phrase inside a longer pattern's words ("smtp.mail.me.com" in a client's "Login to server
    // ... failed") still says something of its own, and a mail program's frame ("... refused to allow a
    // connection on port") leaves the cause it starts with to speak.
    // A frame that goes further drops a generic hit it starts with: Odoo's "Mail delivery failed via SMTP
    // server" is no delivery report.
    QHash<qsizetype, qsizetype> furthestEnd, furthestFrame;
    for (const PhraseHit& h : hits) {
        const bool frame = h.entry->flags & TextEntry::Wrapper;
        if (!frame && !reasonNamesCause(h.entry->reason))
            continue;
        qsizetype& end = frame ? furthestFrame[h.start] : furthestEnd[h.start];
        end = std::max(end, h.end);
    }
    QList<PhraseHit> kept;
    kept.reserve(hits.size());
    for (const PhraseHit& h : hits) {
        const bool generic = !reasonNamesCause(h.entry->reason) && !(h.entry->flags & TextEntry::Wrapper);
        if (furthestEnd.value(h.start, h.end) <= h.end
            && (!generic || furthestFrame.value(h.start, h.end) <= h.end))
            kept.append(h);
    }
    return kept;
}

} // namespace SmtpDoctor
