#include "core/knowledge/explainer.h"

#include "core/knowledge/bouncetext.h"
#include "core/knowledge/enhancedcodes.h"
#include "core/knowledge/explanationranking.h"
#include "core/knowledge/inputdecoder.h"
#include "core/knowledge/phrasematcher.h"
#include "core/knowledge/replycodes.h"
#include "core/knowledge/replyscanner.h"
#include "core/knowledge/textentries.h"

#include <QSet>

#include <algorithm>
#include <iterator>
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
        item.reason = info->reason;
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
        item.reason = info->reason;
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
    item.reason = entry.reason;
    setTexts(item, entry.title, entry.explanation, entry.fix);
    return item;
}

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
            "The code %1 means a temporary refusal and on its own usually stands for \"%2\"; the server's own "
            "words name the reason, so this explanation follows them.")
        : QT_TRANSLATE_NOOP("Knowledge",
            "The code %1 means a permanent refusal and on its own usually stands for \"%2\"; the server's own "
            "words name the reason, so this explanation follows them.");
    return { KnowledgeContext, sentence, { codesOf(codeItem), reasonLabel(codeItem.reason) } };
}

// "User unknown" after the whole message was sent: the address was accepted at RCPT TO, so it is the
// recipient's own filter (a mobile carrier's sender settings, a spam filter) that refused.
void refusedAfterMessage(ExplanationItem& item)
{
    if (item.stage != ReplyStage::Message || item.reason != Reason::RecipientUnknown)
        return;
    // Only the generic words; a provider that says the account does not exist means it.
    if (item.id != QLatin1String("phrase.user-unknown") && !item.id.startsWith(QLatin1String("code."))
        && !item.id.startsWith(QLatin1String("enhanced.")))
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
    const auto rankOf = [](const PhraseHit& h) {
        return std::make_tuple(h.entry->specificity, reasonNamesCause(h.entry->reason),
            -ExplanationRanking::reasonPriority(h.entry->reason), -h.order);
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
        const bool repeatsEnhanced = sameReason && spec <= 2 && item.id.startsWith(QLatin1String("enhanced."));
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
        if (reasonNamesCause(item.reason) && item.reason != text.reason && (item.code || !item.enhanced.isEmpty())
            && item.specificity >= 1 && isFailure(item.replyClass))
            text.moreExplanation.append(disagreementNote(item));
        item = text;
    }
    refusedAfterMessage(item);
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
    from = std::max(from, start - 150);
    to = std::min(to, end + 150);
    return makeControlCharactersVisible(
        text.mid(from, to - from).toString().simplified().left(ReplyScanner::MaxMatch));
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

namespace {

bool namesFailureCause(const QList<ExplanationItem>& items)
{
    return std::any_of(items.cbegin(), items.cend(), [](const ExplanationItem& i) {
        return isFailure(i.replyClass) && !ExplanationRanking::isFrame(i);
    });
}

// An item made from a table entry for what the report as a whole says ("Action: delayed").
std::optional<ExplanationItem> reportItem(const char* id, QStringView text, const QString& match)
{
    const TextEntry* entry = TextEntries::find(QString::fromLatin1(id));
    if (!entry)
        return std::nullopt;
    ExplanationItem item = textItem(*entry);
    item.match = match.isEmpty() ? lineAround(text, 0, 0) : match;
    return item;
}

QString actionLine(QStringView text)
{
    const qsizetype at = text.indexOf(QLatin1String("Action:"), 0, Qt::CaseInsensitive);
    return at < 0 ? QString() : lineAround(text, at, at + 7);
}

bool isCatchAll(Reason r)
{
    return r == Reason::NetworkError || r == Reason::SystemError || r == Reason::Greylisted
        || r == Reason::TooManyConnections || r == Reason::Unclassified || r == Reason::ProtocolError;
}

// The first item that names a cause of a failure, or -1.
qsizetype firstCause(const QList<ExplanationItem>& items, Reason except)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (isFailure(items[i].replyClass) && !ExplanationRanking::isFrame(items[i]) && items[i].reason != except)
            return i;
    return -1;
}

// A delay warning: the cause, when the report names a specific one, speaks first, with the note that
// nothing needs to be sent again yet; a generic temporary refusal leaves the warning itself first.
void applyDelayRules(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce)
{
    qsizetype delay = -1;
    for (qsizetype i = 0; i < items.size() && delay < 0; ++i)
        if (items[i].reason == Reason::Delayed)
            delay = i;
    if (delay < 0) {
        if (bounce.action != BounceText::Action::Delayed)
            return;
        std::optional<ExplanationItem> warning = reportItem("bounce.delay-warning", text, actionLine(text));
        if (!warning)
            return;
        items.prepend(*warning);
        delay = 0;
    }
    const qsizetype cause = firstCause(items, Reason::Delayed);
    if (cause >= 0 && !isCatchAll(items[cause].reason)) {
        ExplanationItem first = items.takeAt(cause);
        first.retry = RetryAdvice::Automatic;
        first.moreExplanation.append(LocalizedText(KnowledgeContext,
            QT_TRANSLATE_NOOP("Knowledge",
                "This report is only a warning: the sending server keeps trying for a while and reports again if "
                "it finally gives up.")));
        items.prepend(first);
        for (qsizetype i = 1; i < items.size(); ++i)
            if (items[i].reason == Reason::Delayed) {
                items.move(i, 1);
                break;
            }
    } else {
        items.move(delay, 0);
    }
}

// What the report as a whole says: a final report whose last error was a connection that never worked
// means the sending server kept trying until it gave up; the report's own "gave up" speaks first when the
// last error was only a catch-all.
void applyReportRules(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce)
{
    const bool delayReport = bounce.action == BounceText::Action::Delayed
        || std::any_of(items.cbegin(), items.cend(), [](const ExplanationItem& i) { return i.reason == Reason::Delayed; });
    if (delayReport && bounce.action != BounceText::Action::Failed) {
        applyDelayRules(items, text, bounce);
        return;
    }
    const bool finalReport = bounce.action == BounceText::Action::Failed || bounce.looksLikeBounce
        || std::any_of(items.cbegin(), items.cend(), [](const ExplanationItem& i) {
               return i.id == QLatin1String("bounce.undeliverable") || i.id == QLatin1String("ja.undeliverable");
           });
    if (!finalReport || items.isEmpty())
        return;
    const qsizetype cause = firstCause(items, Reason::Unclassified);
    if (cause < 0 || !isCatchAll(items[cause].reason))
        return;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].reason == Reason::Expired) {
            items.move(i, 0);
            return;
        }
    static const char* const neverConnected[] = { "phrase.connection-timeout", "phrase.connection-refused",
        "qmail.no-connection", "enhanced.4.4.1", "enhanced.5.4.1" };
    const QString& id = items[cause].id;
    if (std::none_of(std::begin(neverConnected), std::end(neverConnected),
            [&](const char* n) { return id == QLatin1String(n); }))
        return;
    if (std::optional<ExplanationItem> expired = reportItem("bounce.gave-up", text, items[cause].match)) {
        expired->position = items[cause].position;
        items.prepend(*expired);
    }
}

QList<ExplanationItem> explainText(QStringView text, const BounceText& bounce)
{
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
    applyReportRules(items, text, bounce);
    if (items.size() > Explainer::MaxItems)
        items.resize(Explainer::MaxItems);
    return items;
}

} // namespace

QList<ExplanationItem> Explainer::explain(const QString& input)
{
    const BounceText bounce = BounceText::prepare(QStringView(input).left(MaxInput));
    QList<ExplanationItem> items = explainText(bounce.text, bounce);
    // A quoted original cut off before anything was recognised: perhaps the paste starts with it.
    if (bounce.cut && !namesFailureCause(items))
        items = explainText(bounce.uncut, bounce);
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
    const QString text = reply.text().left(MaxInput);
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
