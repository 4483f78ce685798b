#pragma once

#include "core/knowledge/knowledgetypes.h"

#include <QList>

#include <vector>

namespace SmtpDoctor {

// The basic reply code tables (replycodetexts_*.cpp).
const std::vector<ReplyCodeInfo>& generalReplyCodes();
const std::vector<ReplyCodeInfo>& stageReplyCodes();

namespace ReplyCodes {

// The meaning of `code` at `stage`: the stage's own entry if there is one, else the general entry,
// else nullptr (use fallback()).
const ReplyCodeInfo* find(int code, ReplyStage stage);
// True if the table has an entry for `code` at exactly this stage (not Any).
bool hasStageMeaning(int code, ReplyStage stage);
// Whether the table has an entry for exactly this code (at any stage).
bool hasOwnEntry(int code);
// A meaning built from the digits (RFC 5321 4.2.1) for codes in no table: first digit = class,
// second digit = area. `code` must be 100-599.
ReplyCodeInfo fallback(int code);
QList<const ReplyCodeInfo*> all();

} // namespace ReplyCodes

} // namespace SmtpDoctor
