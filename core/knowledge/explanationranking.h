#pragma once

#include "core/knowledge/explainer.h"

#include <QList>

namespace SmtpDoctor {

// The order of explanation items: failures first; a frame that names no cause (a mail program's
// dialog around the server's answer, "this is a delivery report") after everything that does; then
// the more specific knowledge, a permanent refusal before a temporary one, the more telling reason
// (a virus before "refused by policy", a full mailbox before "gave up retrying"), and where it was
// found.
namespace ExplanationRanking {

// Lower is more telling; used when specificity and class tie.
int reasonPriority(Reason r);
bool isFrame(const ExplanationItem& item);
void rank(QList<ExplanationItem>& items);

} // namespace ExplanationRanking

} // namespace SmtpDoctor
