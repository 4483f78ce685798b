#include "core/knowledge/explainer.h"

#include "core/i18n/textcut.h"
#include "core/knowledge/enhancedcodes.h"
#include "core/knowledge/inputdecoder.h"
#include "core/knowledge/phrasematcher.h"
#include "core/knowledge/replycodes.h"
#include "core/knowledge/replyscanner.h"
#include "core/knowledge/textentries.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace SmtpDoctor {

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

ReplyClass classOf(int code, const EnhancedStatus& enhanced)
{
    if (code) {
        SmtpReply r;
        r.code = code;
        return r.replyClass();
    }
    switch (enhanced.statusClass) {
    case 2:
        return ReplyClass::Success;
    case 4:
        return ReplyClass::Transient;
    case 5:
        return ReplyClass::Permanent;
    default:
        return ReplyClass::Unknown;
    }
}

bool isFailure(ReplyClass c)
{
    return c == ReplyClass::Transient || c == ReplyClass::Permanent;
}

// A table's advice made to fit the reply's class: a temporary refusal always gets "wait", a success never.
RetryAdvice fitRetry(RetryAdvice advice, ReplyClass c)
{
    switch (c) {
    case ReplyClass::Success:
    case ReplyClass::Intermediate:
        return RetryAdvice::NotNeeded;
    case ReplyClass::Transient:
        return (advice == RetryAdvice::AfterFix || advice == RetryAdvice::NotNeeded) ? RetryAdvice::Soon
                                                                                     : advice;
    case ReplyClass::Permanent:
        return advice == RetryAdvice::NotNeeded ? RetryAdvice::AfterFix : advice;
    case ReplyClass::Unknown:
        break;
    }
    return advice;
}

void setTexts(ExplanationItem& item, const char* title, const char* explanation, const char* fix)
{
    item.title = { KnowledgeContext, title };
    item.explanation = { KnowledgeContext, explanation };
    item.fix = { KnowledgeContext, fix };
}

// The knowledge for a reply code and enhanced code at a stage: the enhanced code when it says more,
// else the basic code at this stage; unregistered details add their subject's sentence.
ExplanationItem replyItem(int code, const EnhancedStatus& enhanced, ReplyStage stage)
{
    ExplanationItem item;
    item.kind = ExplanationItem::Kind::Reply;
    item.code = code;
    item.enhanced = enhanced.toString();
    item.stage = stage;
    item.replyClass = classOf(code, enhanced);
    const EnhancedCodeInfo* enh = EnhancedCodes::find(enhanced);
    // Protocol-subject codes (X.5.x) tell a beginner less than what the basic code means at this stage.
    const bool enhancedSaysLittle = !enh || (enh->subject == 0 && enh->detail == 0)
        || ((enh->generic || enh->subject == 5) && ReplyCodes::hasStageMeaning(code, stage));
    if (code && enhancedSaysLittle) {
        const ReplyCodeInfo* info = ReplyCodes::find(code, stage);
        const ReplyCodeInfo fallback = ReplyCodes::fallback(code);
        if (!info)
            info = &fallback;
        setTexts(item, info->title, info->explanation, info->fix);
        item.side = info->side;
        item.retry = info->retry;
        item.finding = info->finding;
        item.id = QStringLiteral("code.%1").arg(code);
        if (info->stage != ReplyStage::Any)
            item.id += QLatin1Char('.') + replyStageName(info->stage);
        item.specificity = info->stage != ReplyStage::Any ? 2 : 1;
        if (info == &fallback)
            item.id += QStringLiteral(".unknown");
        if (enhanced.isValid() && !enh && enhanced.statusClass != 2) {
            if (const EnhancedCodeInfo* subject = EnhancedCodes::fallback(enhanced))
                item.moreExplanation.append(LocalizedText(KnowledgeContext, subject->explanation));
        }
    } else {
        const EnhancedCodeInfo* info = enh ? enh : EnhancedCodes::fallback(enhanced);
        setTexts(item, info->title, info->explanation, info->fix);
        item.side = info->side;
        item.finding = info->finding;
        item.id = QStringLiteral("enhanced.") + enhanced.toString()
            + (enh ? QString() : QStringLiteral(".unknown"));
        item.specificity = (enh && !enh->generic) ? 2 : 1;
        item.retry = item.finding == FindingId::SendRateLimited ? RetryAdvice::Later : RetryAdvice::AfterFix;
    }
    item.retry = fitRetry(item.retry, item.replyClass);
    return item;
}

ExplanationItem textItem(const TextEntry& entry)
{
    ExplanationItem item;
    item.kind = entry.kind == TextEntry::Kind::Provider ? ExplanationItem::Kind::Provider
                                                        : ExplanationItem::Kind::Phrase;
    item.id = QString::fromLatin1(entry.id);
    item.finding = entry.finding;
    item.side = entry.side;
    item.replyClass = entry.typicalClass;
    item.retry = entry.retry;
    item.specificity = entry.specificity;
    setTexts(item, entry.title, entry.explanation, entry.fix);
    return item;
}

struct ReplyGroup
{
    FoundReply reply;
    QList<PhraseHit> hits;
};

// The item for one reply: its own meaning, or the words in it when they say more.
ExplanationItem groupItem(const ReplyGroup& group, QSet<const TextEntry*>* used, QList<PhraseHit>* hints)
{
    const FoundReply& r = group.reply;
    ExplanationItem item = replyItem(r.code, r.enhanced, r.stage);
    const PhraseHit* best = nullptr;
    for (const PhraseHit& hit : group.hits) {
        if (hit.entry->stage != ReplyStage::Any && hit.entry->stage != r.stage)
            continue;
        if (hit.entry->specificity < 2 || (hit.entry->flags & TextEntry::Wrapper)) {
            hints->append(hit); // settings hints and mail-program frames stay items of their own
            continue;
        }
        used->insert(hit.entry);
        const auto rankOf = [](const PhraseHit& h) {
            return std::make_tuple(!(h.entry->flags & TextEntry::Wrapper), h.entry->specificity, -h.order);
        };
        if (!best || rankOf(hit) > rankOf(*best))
            best = &hit;
    }
    if (best && best->entry->specificity > item.specificity && !(best->entry->flags & TextEntry::Wrapper)) {
        ExplanationItem text = textItem(*best->entry);
        text.code = item.code;
        text.enhanced = item.enhanced;
        text.replyClass = item.replyClass;
        text.stage = item.stage;
        text.retry = fitRetry(text.retry, text.replyClass);
        item = text;
    }
    item.match = r.match;
    item.position = r.start;
    return item;
}

QString lineAround(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype from = text.lastIndexOf(QLatin1Char('\n'), start > 0 ? start - 1 : 0);
    from = (from < 0 || from >= start) ? 0 : from + 1;
    if (start == 0)
        from = 0;
    qsizetype to = text.indexOf(QLatin1Char('\n'), end);
    if (to < 0)
        to = text.size();
    // The window may start or end inside a line: never inside a character.
    from = codePointStart(text, std::max(from, start - 150));
    to = textCutPosition(text, std::min(to, end + 150));
    return makeControlCharactersVisible(
        shortenedText(text.mid(from, to - from).toString().simplified(), ReplyScanner::MaxMatch));
}

bool hasFlag(const ExplanationItem& item, TextEntry::Flag flag)
{
    const TextEntry* e = item.kind == ExplanationItem::Kind::Reply ? nullptr : TextEntries::find(item.id);
    return e && (e->flags & flag);
}

void rank(QList<ExplanationItem>& items)
{
    const auto classRank = [](ReplyClass c) {
        return c == ReplyClass::Permanent ? 2 : c == ReplyClass::Transient ? 1 : 0;
    };
    std::stable_sort(items.begin(), items.end(), [&](const ExplanationItem& a, const ExplanationItem& b) {
        if (isFailure(a.replyClass) != isFailure(b.replyClass))
            return isFailure(a.replyClass);
        const bool aWrapper = hasFlag(a, TextEntry::Wrapper), bWrapper = hasFlag(b, TextEntry::Wrapper);
        if (aWrapper != bWrapper)
            return bWrapper;
        if (a.specificity != b.specificity)
            return a.specificity > b.specificity;
        if (classRank(a.replyClass) != classRank(b.replyClass))
            return classRank(a.replyClass) > classRank(b.replyClass);
        return a.position < b.position;
    });
}

// Replies that say the same (the DSN's "Status: 5.1.1" and its "Diagnostic-Code: smtp; 550 5.1.1",
// every line of a multi-line reply) become one group; a reply without an enhanced code joins one with.
QList<ReplyGroup> groupReplies(const QList<FoundReply>& replies, QList<qsizetype>* groupOf)
{
    QList<ReplyGroup> groups;
    for (const FoundReply& r : replies) {
        qsizetype target = -1;
        for (qsizetype g = 0; g < groups.size() && target < 0; ++g) {
            const FoundReply& o = groups[g].reply;
            const bool sameEnhanced = r.enhanced.isValid() && o.enhanced == r.enhanced;
            if ((r.code == o.code && o.enhanced == r.enhanced) || (r.code == 0 && sameEnhanced)
                || (o.code == 0 && sameEnhanced) || (!r.enhanced.isValid() && r.code == o.code))
                target = g;
        }
        if (target < 0) {
            groupOf->append(groups.size());
            groups.append({ r, {} });
            continue;
        }
        groupOf->append(target);
        FoundReply& kept = groups[target].reply;
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

} // namespace

QList<ExplanationItem> Explainer::explain(const QString& input)
{
    const QStringView text = QStringView(input).left(textCutPosition(input, MaxInput));
    const QList<FoundReply> replies = ReplyScanner::scan(text);
    const QList<PhraseHit> hits = PhraseMatcher::instance().find(FoldedText::fold(text));

    // Each phrase inside a reply's text belongs to that reply's group.
    QList<qsizetype> groupOf;
    QList<ReplyGroup> groups = groupReplies(replies, &groupOf);
    QList<PhraseHit> outside;
    for (const PhraseHit& hit : hits) {
        qsizetype owner = -1;
        for (qsizetype i = 0; i < replies.size() && owner < 0; ++i)
            if (hit.start >= replies[i].lineStart && hit.start < replies[i].end)
                owner = i;
        if (owner < 0) {
            outside.append(hit);
            continue;
        }
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
    QList<const char*> titles;
    for (const ExplanationItem& item : std::as_const(items)) {
        if (item.finding)
            findingsFromReplies.insert(*item.finding);
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
        if (item.specificity <= 2 && item.finding && findingsFromReplies.contains(*item.finding))
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
    rank(items);
    if (items.size() > MaxItems)
        items.resize(MaxItems);
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
