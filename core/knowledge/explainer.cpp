#include "core/knowledge/explainer.h"

#include "core/i18n/textcut.h"
#include "core/knowledge/answeringside.h"
#include "core/knowledge/bouncetext.h"
#include "core/knowledge/explanationitems.h"
#include "core/knowledge/explanationranking.h"
#include "core/knowledge/fallbackwords.h"
#include "core/knowledge/inputdecoder.h"
#include "core/knowledge/phrasematcher.h"
#include "core/knowledge/replyscanner.h"
#include "core/knowledge/reportrules.h"
#include "core/knowledge/textentries.h"

#include <QSet>

#include <algorithm>
#include <iterator>
#include <tuple>

namespace SmtpDoctor {

using namespace ExplanationItems;

QString ExplanationItem::kindName(Kind k)
{
    switch (k) {
    case Kind::Reply:
        return QStringLiteral("reply");
    case Kind::Phrase:
        return QStringLiteral("phrase");
    case Kind::Provider:
        return QStringLiteral("provider");
    }
    return {};
}

QString ExplanationItem::fullExplanation() const
{
    QString out = explanation.toString();
    for (const LocalizedText& more : moreExplanation)
        out += QLatin1Char(' ') + more.toString();
    return out;
}

namespace {
struct ReplyGroup
{
    FoundReply reply;
    QList<PhraseHit> hits;
};

QString codesOf(const ExplanationItem& item)
{
    QString codes = item.code ? QString::number(item.code) : QString();
    if (!item.enhanced.isEmpty())
        codes += (codes.isEmpty() ? QString() : QStringLiteral(" ")) + item.enhanced;
    return codes;
}

// When the server's words name another cause than its code, the explanation follows the words and says
// so, naming the code's class and what the code alone would have meant.
LocalizedText disagreementNote(const ExplanationItem& codeItem)
{
    const char* sentence = codeItem.replyClass == ReplyClass::Transient
        ? QT_TRANSLATE_NOOP("Knowledge",
            "The code %1 means a temporary refusal and on its own usually stands for \"%2\"; the server's "
            "own "
            "words name the reason, so this explanation follows them.")
        : QT_TRANSLATE_NOOP("Knowledge",
            "The code %1 means a permanent refusal and on its own usually stands for \"%2\"; the server's "
            "own "
            "words name the reason, so this explanation follows them.");
    return { KnowledgeContext, sentence, { codesOf(codeItem), reasonLabel(codeItem.reason) } };
}

// "User unknown" in answer to DATA or after the whole message was sent: the address was accepted at
// RCPT TO, so it is the recipient's own filter (a mobile carrier's sender settings, a spam filter) that
// refused.
void refusedAfterMessage(ExplanationItem& item)
{
    // A mobile carrier's "Unknown user" in answer to DATA is its filter too (docomo.filtered has the words).
    if (item.id == QLatin1String("docomo.unknown-user") && item.stage == ReplyStage::Data) {
        if (const TextEntry* carrier = TextEntries::find(QStringLiteral("docomo.filtered"))) {
            setTexts(item, carrier->title, carrier->explanation, carrier->fix);
            item.id = QString::fromLatin1(carrier->id);
            item.reason = carrier->reason;
            item.finding = carrier->finding;
        }
        return;
    }
    if ((item.stage != ReplyStage::Message && item.stage != ReplyStage::Data)
        || item.reason != Reason::RecipientUnknown)
        return;
    // Only the generic words ("Unknown user", docomo's and au's refusal) or a bare 550 after the message;
    // a provider that says the account does not exist, or an explicit X.1.1, means it.
    const bool genericWords
        = item.id == QLatin1String("phrase.user-unknown") && !item.enhanced.endsWith(QLatin1String(".1.1"));
    const bool bareCode = item.stage == ReplyStage::Message && item.id.startsWith(QLatin1String("code.550"));
    if (!genericWords && !bareCode)
        return;
    // "554 no valid recipients" answers DATA because every address was refused before.
    if (item.stage == ReplyStage::Data && item.code == 554)
        return;
    const TextEntry* filtered = TextEntries::find(QStringLiteral("phrase.recipient-filter"));
    if (!filtered)
        return;
    setTexts(item, filtered->title, filtered->explanation, filtered->fix);
    item.id = QString::fromLatin1(filtered->id);
    item.kind = ExplanationItem::Kind::Phrase;
    item.reason = Reason::Filtered;
    item.finding = filtered->finding;
    item.side = filtered->side;
    item.retry = fitRetry(filtered->retry, item.replyClass);
}

const PhraseHit* bestHit(const ReplyGroup& group, QSet<const TextEntry*>* used, QList<PhraseHit>* hints)
{
    const PhraseHit* best = nullptr;
    // The more specific table, the more telling reason, then the longer words.
    const auto rankOf = [](const PhraseHit& h) {
        return std::make_tuple(h.entry->specificity, reasonNamesCause(h.entry->reason),
            -ExplanationRanking::reasonPriority(h.entry->reason), h.end - h.start, -h.order);
    };
    for (const PhraseHit& hit : group.hits) {
        if (hit.entry->stage != ReplyStage::Any && hit.entry->stage != group.reply.stage)
            continue;
        if (hit.entry->specificity < 2 || (hit.entry->flags & TextEntry::Wrapper)) {
            hints->append(hit); // settings hints and mail-program frames stay items of their own
            continue;
        }
        used->insert(hit.entry);
        if (!best || rankOf(hit) > rankOf(*best))
            best = &hit;
    }
    return best;
}

// The item for one reply: the server's words when they name a cause, else what its codes mean.
ExplanationItem groupItem(const ReplyGroup& group, QSet<const TextEntry*>* used, QList<PhraseHit>* hints)
{
    const FoundReply& r = group.reply;
    ExplanationItem item = replyItem(r.code, r.enhanced, r.stage);
    const PhraseHit* best = bestHit(group, used, hints);
    // The server's words win over a code that says less, and over an enhanced code that says something
    // else as specifically. A basic code's meaning at its stage ("500 after EHLO") keeps its explanation,
    // and so does an enhanced code that generic words only repeat ("4.3.0 ... temporary local problem").
    const bool stageMeaning = item.id.startsWith(QLatin1String("code.")) && item.stage != ReplyStage::Any;
    bool wordsWin = false;
    if (best && reasonNamesCause(best->entry->reason)) {
        const int spec = best->entry->specificity;
        const bool sameReason = best->entry->reason == item.reason;
        const bool repeatsEnhanced
            = sameReason && spec <= 2 && item.id.startsWith(QLatin1String("enhanced."));
        wordsWin = (spec > item.specificity && !repeatsEnhanced)
            || (spec == item.specificity && !sameReason
                && !(stageMeaning && best->entry->reason == Reason::ProtocolError));
    }
    if (wordsWin) {
        ExplanationItem text = textItem(*best->entry);
        text.code = item.code;
        text.enhanced = item.enhanced;
        text.replyClass = item.replyClass;
        text.stage = item.stage;
        text.retry = fitRetry(text.retry, text.replyClass);
        if (reasonNamesCause(item.reason) && item.reason != text.reason
            && (item.code || !item.enhanced.isEmpty()) && item.specificity >= 1 && isFailure(item.replyClass))
            text.moreExplanation.append(disagreementNote(item));
        item = text;
    }
    refusedAfterMessage(item);
    // A report's Status field alone is the reporting server's summary: the server's own reply, when the
    // report quotes one, says more.
    if (r.statusField && r.code == 0)
        item.specificity = std::max(1, item.specificity - 1);
    if (r.summary)
        item.specificity = 0;
    item.match = r.match;
    item.position = r.start;
    return item;
}

QList<ReplyGroup> groupReplies(const QList<FoundReply>& replies, QList<qsizetype>* groupOf)
{
    QList<ReplyGroup> groups;
    for (const FoundReply& r : replies) {
        qsizetype target = -1;
        bool completes = false; // the target's reply takes this one's enhanced code
        for (qsizetype g = 0; g < groups.size() && target < 0; ++g) {
            const FoundReply& o = groups[g].reply;
            const bool sameEnhanced = r.enhanced.isValid() && o.enhanced == r.enhanced;
            // qmail's "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)": the enhanced code at the
            // end of the line is that reply's own.
            completes = r.code == 0 && r.enhanced.isValid() && o.code != 0 && !o.enhanced.isValid()
                && o.lineStart == r.lineStart && o.code / 100 == r.enhanced.statusClass;
            if ((r.code == o.code && o.enhanced == r.enhanced) || (r.code == 0 && sameEnhanced)
                || (o.code == 0 && sameEnhanced) || (!r.enhanced.isValid() && r.code == o.code) || completes)
                target = g;
        }
        if (target < 0) {
            groupOf->append(groups.size());
            groups.append({ r, {} });
            continue;
        }
        groupOf->append(target);
        FoundReply& kept = groups[target].reply;
        if (completes)
            kept.enhanced = r.enhanced;
        if (kept.code == 0 && r.code != 0) { // the full reply is the better representative
            const ReplyStage stage = kept.stage;
            kept = r;
            if (kept.stage == ReplyStage::Any)
                kept.stage = stage;
        } else if (kept.stage == ReplyStage::Any) {
            kept.stage = r.stage;
        }
    }
    return groups;
}

// Whether a mail program's frame ("The server responded:") stands between `from` and `to`: words before
// it are the program's, not the server's.
bool wrapperBetween(const QList<PhraseHit>& hits, qsizetype from, qsizetype to)
{
    return std::any_of(hits.cbegin(), hits.cend(), [&](const PhraseHit& w) {
        return (w.entry->flags & TextEntry::Wrapper) && w.start >= from && w.end <= to;
    });
}

// The only reply of a text, when `hit` is in the same paragraph: a reply whose words a mail program or a
// bounce wrapped onto the lines around it ("Remote host said: 550 5.7.1 ...\nblocked using Spamhaus").
// Frames (a mail program's "0x800CCC79") stay items of their own, and so do a mail program's words
// before its "The server responded:" (Outlook's timeout sentence is not the server's reason).
qsizetype paragraphGroup(
    const QList<ReplyGroup>& groups, QStringView text, const PhraseHit& hit, const QList<PhraseHit>& hits)
{
    if (groups.size() != 1 || (hit.entry->flags & TextEntry::Wrapper))
        return -1;
    const FoundReply& r = groups.front().reply;
    if (r.code == 0 || r.statusField || r.summary)
        return -1;
    if (wrapperBetween(hits, hit.end, r.start))
        return -1;
    const qsizetype from = std::min(hit.start, r.start);
    const qsizetype to = std::max(hit.end, r.end);
    const QStringView between = text.mid(from, to - from);
    for (qsizetype nl = between.indexOf(u'\n'); nl >= 0;) {
        const qsizetype next = between.indexOf(u'\n', nl + 1);
        if (next < 0)
            break;
        if (between.mid(nl + 1, next - nl - 1).trimmed().isEmpty())
            return -1; // a blank line: another paragraph
        nl = next;
    }
    return 0;
}

} // namespace

namespace {

bool namesFailureCause(const QList<ExplanationItem>& items)
{
    return std::any_of(items.cbegin(), items.cend(),
        [](const ExplanationItem& i) { return isFailure(i.replyClass) && !ExplanationRanking::isFrame(i); });
}

// An item made from a table entry for what the report as a whole says ("Action: delayed").
QList<ExplanationItem> explainText(QStringView text, const BounceText& bounce)
{
    const QList<FoundReply> replies = ReplyScanner::scan(text);
    const QList<PhraseHit> hits = PhraseMatcher::instance().find(FoldedText::fold(text));

    // Each phrase inside a reply's text belongs to that reply's group.
    QList<qsizetype> groupOf;
    QList<ReplyGroup> groups = groupReplies(replies, &groupOf);
    QList<PhraseHit> outside;
    for (const PhraseHit& hit : hits) {
        // Several replies on one line ("5.1.0 - Unknown address error 550-'5.2.2 Mailbox Full'"): the words
        // belong to the last full reply before them; an enhanced code alone later on ("... (#5.1.1)") takes
        // nothing from the reply it repeats.
        qsizetype owner = -1;
        for (qsizetype i = 0; i < replies.size(); ++i)
            if (hit.start >= replies[i].lineStart && hit.start < replies[i].end
                && (owner < 0 || (replies[i].code != 0 && replies[i].start <= hit.start)))
                owner = i;
        if (owner >= 0 && hit.end <= replies[owner].start
            && wrapperBetween(hits, hit.end, replies[owner].start))
            owner = -1;
        if (owner < 0) {
            const qsizetype g = paragraphGroup(groups, text, hit, hits);
            if (g >= 0)
                groups[g].hits.append(hit);
            else
                outside.append(hit);
            continue;
        }
        if (!replies[owner].statusField)
            groups[groupOf[owner]].hits.append(hit);
    }

    QList<ExplanationItem> items;
    QSet<const TextEntry*> used;
    for (const ReplyGroup& g : std::as_const(groups)) {
        QList<PhraseHit> hints;
        items.append(groupItem(g, &used, &hints));
        outside += hints;
    }
    QSet<FindingId> findingsFromReplies;
    QSet<Reason> reasonsFromReplies;
    QList<const char*> titles;
    for (const ExplanationItem& item : std::as_const(items)) {
        if (item.finding)
            findingsFromReplies.insert(*item.finding);
        if (reasonNamesCause(item.reason))
            reasonsFromReplies.insert(item.reason);
        titles.append(item.title.source());
    }
    // The most specific table's entry speaks first when several say the same.
    std::stable_sort(outside.begin(), outside.end(),
        [](const PhraseHit& a, const PhraseHit& b) { return a.order < b.order; });
    for (const PhraseHit& hit : std::as_const(outside)) {
        if (used.contains(hit.entry) || hit.entry->stage != ReplyStage::Any)
            continue;
        used.insert(hit.entry);
        ExplanationItem item = textItem(*hit.entry);
        // A generic phrase that only repeats what a reply already said adds nothing.
        if (item.specificity <= 2
            && ((item.finding && findingsFromReplies.contains(*item.finding))
                || reasonsFromReplies.contains(item.reason)))
            continue;
        if (std::any_of(titles.cbegin(), titles.cend(),
                [&](const char* t) { return t && qstrcmp(t, hit.entry->title) == 0; }))
            continue;
        titles.append(hit.entry->title);
        item.match = lineAround(text, hit.start, hit.end);
        item.position = hit.start;
        items.append(item);
    }
    const bool anyFailure = std::any_of(items.cbegin(), items.cend(), [](const ExplanationItem& i) {
        const TextEntry* e = TextEntries::find(i.id);
        return isFailure(i.replyClass) && !(e && (e->flags & TextEntry::NeedsFailure));
    });
    if (!anyFailure) {
        items.erase(std::remove_if(items.begin(), items.end(),
                        [](const ExplanationItem& i) {
                            const TextEntry* e = TextEntries::find(i.id);
                            return e && (e->flags & TextEntry::NeedsFailure);
                        }),
            items.end());
    }
    ExplanationRanking::rank(items);
    // A mail program that quotes the server ("... timed out ... The server responded: 550 5.1.0 sender
    // rejected"): the server's words name the cause, the program's own sentence only its symptom.
    if (!bounce.looksLikeBounce
        && std::any_of(replies.cbegin(), replies.cend(),
            [&](const FoundReply& r) { return r.code != 0 && wrapperBetween(hits, 0, r.start); })
        && AnsweringSide::ownServerQuoted(text, bounce)) {
        std::stable_partition(items.begin(), items.end(), [](const ExplanationItem& i) {
            return i.code != 0 && isFailure(i.replyClass) && reasonNamesCause(i.reason);
        });
    }
    ReportRules::apply(items, text, bounce);
    AnsweringSide::apply(items, text, bounce);
    if (items.size() > Explainer::MaxItems)
        items.resize(Explainer::MaxItems);
    return items;
}

} // namespace

QList<ExplanationItem> Explainer::explain(const QString& input)
{
    const BounceText bounce = BounceText::prepare(QStringView(input).left(textCutPosition(input, MaxInput)));
    QList<ExplanationItem> items = explainText(bounce.text, bounce);
    // A quoted original cut off before anything was recognised: perhaps the paste starts with it.
    if (bounce.cut && !namesFailureCause(items))
        items = explainText(bounce.uncut, bounce);
    // An error message nobody catalogued still gets the topic its words name.
    if (items.isEmpty())
        if (auto item = FallbackWords::item(bounce.text))
            items.append(*item);
    return items;
}

QList<ExplanationItem> Explainer::explainBytes(const QByteArray& bytes)
{
    return explain(InputDecoder::decode(bytes.left(MaxInput), MaxInput));
}

QList<ExplanationItem> Explainer::explainReply(const SmtpReply& reply, SessionState state)
{
    QList<ExplanationItem> items;
    if (!reply.isValid())
        return items;
    const QString text = shortenedText(reply.text(), MaxInput);
    ReplyGroup group;
    group.reply.code = reply.code;
    group.reply.enhanced = reply.enhanced;
    group.reply.stage = replyStageOf(state);
    group.reply.end = text.size();
    group.reply.match = reply.summary();
    for (qsizetype i = 1; i < reply.lines.size() && group.reply.match.size() < ReplyScanner::MaxMatch; ++i)
        group.reply.match += QLatin1Char(' ') + reply.lines[i];
    group.hits = PhraseMatcher::instance().find(FoldedText::fold(text));
    QSet<const TextEntry*> used;
    QList<PhraseHit> hints;
    items.append(groupItem(group, &used, &hints));
    for (const PhraseHit& hit : std::as_const(hints)) {
        ExplanationItem item = textItem(*hit.entry);
        item.match = group.reply.match;
        item.position = hit.start;
        items.append(item);
    }
    return items;
}

} // namespace SmtpDoctor
