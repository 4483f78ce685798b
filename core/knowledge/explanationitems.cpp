#include "core/knowledge/explanationitems.h"

#include "core/i18n/textcut.h"

#include "core/knowledge/enhancedcodes.h"
#include "core/knowledge/replycodes.h"
#include "core/knowledge/replyscanner.h"

#include <algorithm>

namespace SmtpDoctor::ExplanationItems {

ReplyClass classOf(int code, const EnhancedStatus& enhanced)
{
    // The basic code's first digit, else the enhanced code's class (the same digits 2, 4 and 5).
    SmtpReply r;
    r.code = code ? code : enhanced.statusClass * 100;
    return r.replyClass();
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

// Replies that say the same (the DSN's "Status: 5.1.1" and its "Diagnostic-Code: smtp; 550 5.1.1",
// every line of a multi-line reply) become one group; a reply without an enhanced code joins one with.

} // namespace SmtpDoctor::ExplanationItems
