#pragma once

#include "core/i18n/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpDoctor {

// What a mail provider documents for its customers' own domains: the SPF entry that allows its
// servers, the DKIM selectors it signs with, and where DKIM signing is turned on. Only values the
// provider documents (or, where noted in `source`, writes itself into the domains it hosts) are
// here; a provider whose values could not be confirmed is left out rather than guessed.
struct ProviderRecords
{
    const char* id; // the provider's id in ProviderTable ("google-workspace")
    const char* name; // brand name
    const char* serverSuffixes; // space-separated: submission hosts that are this provider's
    const char* spfEntry; // the SPF terms to add; "%SERVER%" is the submission host
    const char* spfInclude; // the domain whose SPF record proves the entry is there, or ""
    const char* spfAll; // how the provider's sample record ends: "~all", "-all", "?all"
    const char* dkimSelectors; // space-separated
    const char* dkimHowTo; // QT_TRANSLATE_NOOP("ProviderRecords", ...)
    const char* source; // where the values were confirmed
    const char* checked; // "YYYY-MM"

    // The entry with %SERVER% filled (terms that need it are left out when `server` is empty).
    QString spfEntryFor(const QString& server) const;
    // A complete record for a domain that has none: "v=spf1 include:_spf.google.com ~all".
    QString newSpfRecord(const QString& server) const;
    QStringList selectors() const;
    LocalizedText dkimInstructions() const;
};

namespace ProviderRecordsTable {

QList<const ProviderRecords*> all();
// The provider whose submission server `host` is ("smtp.gmail.com", "sv1234.xserver.jp"), or nullptr.
const ProviderRecords* forServer(const QString& host);
// The provider hosting a domain whose MX host is `mxHost`, through the provider table, or nullptr.
const ProviderRecords* forMxHost(const QString& mxHost);
const ProviderRecords* byId(const QString& id);

} // namespace ProviderRecordsTable

} // namespace SmtpDoctor
