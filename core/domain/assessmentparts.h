#pragma once

// The parts of DomainAssessment::assess(), one file each; internal to core/domain.
#include "core/domain/domainreport.h"

#include <optional>

namespace SmtpDoctor {

struct ProviderRecords;

namespace DomainAssessment {

struct SpfVerdict
{
    bool present = false;
    bool valid = false; // exactly one record, no error anywhere in its tree
    std::optional<bool> authorises; // the sending server; nothing when it could not be told
};

SpfVerdict assessSpf(const DomainReport& r, const ProviderRecords* provider, QList<DomainFinding>& out);
// True when a usable key was found for the domain (or an aligned signing domain).
bool assessDkim(const DomainReport& r, const ProviderRecords* provider, QList<DomainFinding>& out);
void assessDmarc(const DomainReport& r, const SpfVerdict& spf, bool dkimWorks, QList<DomainFinding>& out);

// "smtp.example.net (192.0.2.25, 2001:db8::25)"
QString serverDescription(const DomainReport& r);

} // namespace DomainAssessment

} // namespace SmtpDoctor
