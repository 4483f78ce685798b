#pragma once

#include "core/knowledge/bouncetext.h"
#include "core/knowledge/explainer.h"

#include <QList>
#include <QStringView>

namespace SmtpDoctor::ReportRules {

// What a delivery report as a whole says, applied to its ranked items: a delay warning is only a
// warning (the specific cause, if any, speaks first and says so); a final report whose last error was a
// connection that never worked means the sending server gave up after retrying.
void apply(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce);

} // namespace SmtpDoctor::ReportRules
