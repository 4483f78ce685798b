#include "core/smtp/secretscrubber.h"

#include <QStringEncoder>

#include <algorithm>
#include <limits>

namespace SmtpDoctor {

namespace {

// Near matches are looked for only in forms this long: shorter ones would match ordinary words.
constexpr qsizetype MinNearLength = 8;
// Dynamic-programming cells one scrub may spend on near matches before it hides everything instead.
constexpr qint64 NearMatchBudget = 8 * 1000 * 1000;

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// The input read through one kind of escaping: the decoded bytes and, for each, the input bytes it
// came from, so that a match found in the decoded text hides the escaped text it was written as.
struct View
{
    QByteArray bytes;
    QList<Span> source;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// `escape` followed by two hex digits is one byte (%E4, =E4); `space`, if given, reads as a space
// ('+' in forms, '_' in RFC 2047). Empty when nothing would change.
View decodedView(const QByteArray& in, char escape, char space)
{
    View v;
    if (!in.contains(escape))
        return v;
    v.bytes.reserve(in.size());
    v.source.reserve(in.size());
    bool changed = false;
    for (qsizetype i = 0; i < in.size();) {
        if (in[i] == escape && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            v.bytes.append(char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2])));
            v.source.append({ i, i + 3 });
            i += 3;
            changed = true;
        } else {
            const bool asSpace = space != 0 && in[i] == space;
            v.bytes.append(asSpace ? ' ' : in[i]);
            v.source.append({ i, i + 1 });
            changed = changed || asSpace;
            ++i;
        }
    }
    if (!changed)
        return {};
    return v;
}

void findExact(const QByteArray& text, const QByteArray& form, QList<Span>* out)
{
    if (form.isEmpty())
        return;
    for (qsizetype at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
        out->append({ at, at + form.size() });
}

void mergeSpans(QList<Span>* spans)
{
    std::sort(spans->begin(), spans->end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span& s : std::as_const(*spans)) {
        if (!merged.isEmpty() && s.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, s.end);
        else
            merged.append(s);
    }
    spans->swap(merged);
}

// Stretches of `text` within `maxEdits` edits (Levenshtein) of `pattern`. With at most k edits one of
// k+1 pieces of the pattern appears unchanged, so only the surroundings of those pieces are searched
// (Sellers' algorithm, with the start of each alignment carried along). False when the budget ran out.
bool findNear(
    const QByteArray& text, const QByteArray& pattern, int maxEdits, QList<Span>* out, qint64* budget)
{
    const qsizetype m = pattern.size();
    const qsizetype n = text.size();
    const int pieces = maxEdits + 1;
    QList<Span> windows;
    for (int p = 0; p < pieces; ++p) {
        const qsizetype a = m * p / pieces;
        const QByteArray piece = pattern.mid(a, m * (p + 1) / pieces - a);
        for (qsizetype at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) {
            windows.append({ std::max<qsizetype>(0, at - a - maxEdits), std::min(n, at - a + m + maxEdits) });
            if (windows.size() > 4 * n + 64)
                return false;
        }
    }
    mergeSpans(&windows);
    struct Cell
    {
        int cost;
        qsizetype start;
    };
    struct Candidate
    {
        Span span;
        int cost;
    };
    QList<Candidate> candidates;
    QList<Cell> previous(m + 1), current(m + 1);
    for (const Span& w : std::as_const(windows)) {
        *budget -= (w.end - w.start) * m;
        if (*budget < 0)
            return false;
        for (qsizetype i = 0; i <= m; ++i)
            previous[i] = { int(i), w.start };
        for (qsizetype j = w.start; j < w.end; ++j) {
            current[0] = { 0, j + 1 };
            for (qsizetype i = 1; i <= m; ++i) {
                Cell best { previous[i - 1].cost + (pattern[i - 1] == text[j] ? 0 : 1),
                    previous[i - 1].start };
                if (previous[i].cost + 1 < best.cost)
                    best = { previous[i].cost + 1, previous[i].start };
                if (current[i - 1].cost + 1 < best.cost)
                    best = { current[i - 1].cost + 1, current[i - 1].start };
                current[i] = best;
            }
            if (current[m].cost <= maxEdits)
                candidates.append({ { current[m].start, j + 1 }, current[m].cost });
            previous.swap(current);
        }
    }
    // Overlapping candidates are one occurrence; its closest alignments are the ones to hide, the
    // shortest of them where several are as close, so that the words around it (each a further edit
    // away, or no nearer than leaving them out) stay readable.
    std::sort(candidates.begin(), candidates.end(),
        [](const Candidate& a, const Candidate& b) { return a.span.start < b.span.start; });
    for (qsizetype i = 0; i < candidates.size();) {
        qsizetype end = candidates[i].span.end;
        int best = candidates[i].cost;
        qsizetype k = i + 1;
        for (; k < candidates.size() && candidates[k].span.start < end; ++k) {
            end = std::max(end, candidates[k].span.end);
            best = std::min(best, candidates[k].cost);
        }
        qsizetype shortest = std::numeric_limits<qsizetype>::max();
        for (qsizetype c = i; c < k; ++c)
            if (candidates[c].cost == best)
                shortest = std::min(shortest, candidates[c].span.end - candidates[c].span.start);
        for (qsizetype c = i; c < k; ++c)
            if (candidates[c].cost == best && candidates[c].span.end - candidates[c].span.start == shortest)
                out->append(candidates[c].span);
        i = k;
    }
    return true;
}

QList<QByteArray> encodings(const QString& secret)
{
    QList<QByteArray> out;
    const auto add = [&out](const QByteArray& b) {
        if (!b.isEmpty() && !out.contains(b))
            out.append(b);
    };
    add(secret.toUtf8());
    for (const QStringConverter::Encoding e :
        { QStringConverter::Latin1, QStringConverter::Utf16LE, QStringConverter::Utf16BE }) {
        QStringEncoder encoder(e);
        const QByteArray b = encoder.encode(secret);
        if (!encoder.hasError() && (e != QStringConverter::Latin1 || QString::fromLatin1(b) == secret))
            add(b);
    }
    // Every one of them writes ASCII as ASCII: nothing new to find, and opening ICU's converters costs
    // about a millisecond on the click that starts a run.
    bool ascii = true;
    for (const QChar c : secret)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return out;
    // Named ones come from ICU where Qt has it; a password they cannot write is simply not in them.
    for (const char* name : { "windows-1252", "Shift_JIS", "EUC-JP", "ISO-2022-JP" }) {
        QStringEncoder encoder(name);
        if (!encoder.isValid())
            continue;
        const QByteArray b = encoder.encode(secret);
        if (!encoder.hasError())
            add(b);
    }
    return out;
}

// The part of base64(bytes) that stays the same wherever `bytes` sits in a longer base64 string: for
// each of the three alignments, without the characters the unknown neighbours influence.
QList<QByteArray> base64Middles(const QByteArray& bytes)
{
    QList<QByteArray> out;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + bytes;
        for (const auto alphabet : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
            QByteArray b64 = padded.toBase64(alphabet | QByteArray::OmitTrailingEquals);
            const int skip = shift == 0 ? 0 : (shift * 8 + 5) / 6;
            b64 = b64.mid(skip);
            if (b64.size() > 2)
                b64.chop(2);
            if (b64.size() >= 4 && !out.contains(b64))
                out.append(b64);
        }
    }
    return out;
}

} // namespace

void SecretScrubber::addSecret(const QString& secret)
{
    if (secret.isEmpty())
        return;
    Secret s;
    s.text = encodings(secret);
    for (const QByteArray& form : std::as_const(s.text))
        for (const QByteArray& middle : base64Middles(form))
            if (!s.base64.contains(middle))
                s.base64.append(middle);
    for (const Secret& known : std::as_const(m_secrets))
        if (known.text == s.text)
            return;
    m_secrets.append(s);
}

QByteArray SecretScrubber::scrub(const QByteArray& bytes) const
{
    if (m_secrets.isEmpty() || bytes.isEmpty())
        return bytes;
    QList<View> views;
    views.append({ bytes, {} }); // the raw bytes: their own source
    for (const auto& [escape, space] : { std::pair { '%', '\0' }, std::pair { '%', '+' },
             std::pair { '=', '\0' }, std::pair { '=', '_' } }) {
        View v = decodedView(bytes, escape, space);
        if (!v.bytes.isEmpty())
            views.append(v);
    }
    QList<Span> hide;
    qint64 budget = NearMatchBudget;
    for (const View& view : std::as_const(views)) {
        QList<Span> found;
        for (const Secret& s : m_secrets) {
            for (const QByteArray& form : s.text)
                findExact(view.bytes, form, &found);
            if (view.source.isEmpty())
                for (const QByteArray& middle : s.base64)
                    findExact(view.bytes, middle, &found);
        }
        // Near matches, in the bytes as they came, where the password is not there whole already (a
        // near match of one encoding beside an exact one of another would hide its neighbours).
        if (view.source.isEmpty()) {
            QList<Span> near;
            for (const Secret& s : m_secrets)
                for (const QByteArray& form : s.text)
                    if (form.size() >= MinNearLength
                        && !findNear(view.bytes, form, int(form.size() / 4), &near, &budget))
                        return marker().toUtf8(); // cannot tell cheaply where it is: hide it all
            for (const Span& n : std::as_const(near)) {
                bool overlaps = false;
                for (const Span& f : std::as_const(found))
                    overlaps = overlaps || (n.start < f.end && f.start < n.end);
                if (!overlaps)
                    found.append(n);
            }
        }
        for (const Span& f : std::as_const(found)) {
            if (view.source.isEmpty())
                hide.append(f);
            else if (f.end > f.start)
                hide.append({ view.source[f.start].start, view.source[f.end - 1].end });
        }
    }
    if (hide.isEmpty())
        return bytes;
    mergeSpans(&hide);
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype at = 0;
    const QByteArray hidden = marker().toUtf8();
    for (const Span& s : std::as_const(hide)) {
        out.append(bytes.constData() + at, s.start - at);
        out.append(hidden);
        at = s.end;
    }
    out.append(bytes.constData() + at, bytes.size() - at);
    return out;
}

QString SecretScrubber::scrub(const QString& text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray scrubbed = scrub(utf8);
    return scrubbed == utf8 ? text : QString::fromUtf8(scrubbed);
}

} // namespace SmtpDoctor
