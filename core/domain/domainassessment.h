#pragma once

#include "core/domain/domainreport.h"

namespace SmtpDoctor::DomainAssessment {

// The verdicts on what a domain check saw, as typed findings, most severe first. Only definite
// DNS answers lead to "missing"; lookups that got no answer become domain.dns-failed instead.
QList<DomainFinding> assess(const DomainReport& report);

// A record that merges several SPF records into one (their terms, once each, and one "all").
QString mergedSpfRecord(const QStringList& records);

} // namespace SmtpDoctor::DomainAssessment
