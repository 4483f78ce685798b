#pragma once

#include "core/knowledge/knowledgetypes.h"
#include "core/smtp/smtpreply.h"

#include <QList>

#include <vector>

namespace SmtpDoctor {

// The enhanced status code tables (enhancedcodetexts_*.cpp).
const std::vector<EnhancedCodeInfo>& mailEnhancedCodes();
const std::vector<EnhancedCodeInfo>& transportEnhancedCodes();
const std::vector<EnhancedCodeInfo>& securityEnhancedCodes();

namespace EnhancedCodes {

// The registry entry for `status` (a class-specific entry first, then the "X." entry), or nullptr if
// the detail is not registered. Success codes without an entry of their own get the 2.0.0 entry.
const EnhancedCodeInfo* find(const EnhancedStatus& status);
// For details not in the registry: the entry of the subject (X.subject.0), or X.0.0 for an unknown
// subject; always non-null for a valid status. Its explanation plus the class's retry advice is the
// explanation "built from class and subject".
const EnhancedCodeInfo* fallback(const EnhancedStatus& status);
QList<const EnhancedCodeInfo*> all();

} // namespace EnhancedCodes

} // namespace SmtpDoctor
