#pragma once

#include "core/settings/usernameform.h"
#include "core/i18n/localizedtext.h"
#include "core/settings/accountsettings.h"

#include <QList>

namespace SmtpDoctor {

// Where an autodetected setting came from, most trustworthy first.
enum class DetectionSource {
    ProviderTable, // SMTP Doctor's own table, by the address's domain
    Autoconfig,    // the domain's autoconfig file (Thunderbird format) over HTTPS
    Srv,           // DNS SRV _submissions._tcp / _submission._tcp (RFC 6186, RFC 8314)
    ProviderByMx,  // the table, by the provider that receives the domain's mail (MX)
    Mx,            // only the domain's MX host: a hint, it receives mail rather than sending it
};

QString detectionSourceName(DetectionSource s);          // "provider-table", "autoconfig", "srv", "provider-mx", "mx"
LocalizedText detectionSourceLabel(DetectionSource s);   // "SMTP Doctor's list of mail providers"...

// One outgoing server suggestion for an address.
struct DetectedServer
{
    DetectionSource source = DetectionSource::ProviderTable;
    QString origin;       // exactly where: the URL, the DNS record, the table entry and its date
    QString providerName; // when known
    QString host;         // ASCII form
    quint16 port = 0;     // 0: let the port sweep decide
    Security security = Security::Auto;
    UserNameForm userForm = UserNameForm::Unknown;
    bool unverified = false; // the table marks it as not confirmed
    QList<LocalizedText> notes;

    // One sentence: "smtp.gmail.com, port 465 (SSL/TLS), from SMTP Doctor's list of mail providers".
    LocalizedText description() const;
    bool sameServer(const DetectedServer& o) const { return host == o.host && port == o.port && security == o.security; }
};

} // namespace SmtpDoctor
