#pragma once

#include "core/knowledge/explainer.h"
#include "core/knowledge/textentries.h"

#include <QString>
#include <QStringView>

namespace SmtpDoctor::ExplanationItems {

// Building blocks of explanation items, shared by the explainer and its report rules.
ReplyClass classOf(int code, const EnhancedStatus& enhanced);
bool isFailure(ReplyClass c);
// A table's advice made to fit the reply's class: a temporary refusal always gets "wait", a success never.
RetryAdvice fitRetry(RetryAdvice advice, ReplyClass c);
void setTexts(ExplanationItem& item, const char* title, const char* explanation, const char* fix);
// The knowledge for a reply code and enhanced code at a stage: the enhanced code when it says more,
// else the basic code at this stage; unregistered details add their subject's sentence.
ExplanationItem replyItem(int code, const EnhancedStatus& enhanced, ReplyStage stage);
ExplanationItem textItem(const TextEntry& entry);
// The line of `text` around [start, end), as one line, bounded.
QString lineAround(QStringView text, qsizetype start, qsizetype end);

} // namespace SmtpDoctor::ExplanationItems
