#pragma once

#include "core/knowledge/findingcatalog.h"

#include <vector>

namespace SmtpDoctor {

// The catalog's words for the domain.* findings (registered in FindingCatalog::all()).
const std::vector<FindingInfo>& domainFindings();

} // namespace SmtpDoctor
