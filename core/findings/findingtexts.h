#pragma once

#include "core/findings/findingcatalog.h"

#include <vector>

namespace SmtpDoctor {

// The catalog's tables, one file a part of the checklist.
const std::vector<FindingInfo>& networkAndServerFindings();
const std::vector<FindingInfo>& tlsFindings();
const std::vector<FindingInfo>& authFindings();
const std::vector<FindingInfo>& oauthFindings(); // the credentials step with OAuth 2.0
const std::vector<FindingInfo>& laterStepFindings(); // interference, send, and the "skipped" notes
const std::vector<FindingInfo>& domainFindings();    // the sender domain (SPF, DKIM, DMARC, MX, reverse DNS)

} // namespace SmtpDoctor
