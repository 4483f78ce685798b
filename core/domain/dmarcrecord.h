#pragma once

#include <QString>
#include <QStringList>

namespace SmtpDoctor {

enum class DmarcPolicy { None, Quarantine, Reject };
QString dmarcPolicyName(DmarcPolicy p); // "none", "quarantine", "reject"

// Something in a DMARC record (RFC 7489 6.3) that a receiver reads differently from what its owner
// probably meant. The record is still used unless `usable` is false.
enum class DmarcIssue {
    BadPolicy, // p= missing or not none/quarantine/reject
    BadSubdomainPolicy,
    BadAlignment, // adkim/aspf other than r or s
    BadPercent, // pct= not 0-100
    BadReportAddress, // rua/ruf entries that are not mailto: (or http/https) URIs
    Malformed, // not a tag=value list at all
};

struct DmarcRecord
{
    QString text;
    bool usable = true;
    DmarcPolicy policy = DmarcPolicy::None;
    DmarcPolicy subdomainPolicy = DmarcPolicy::None; // sp=, else p=
    bool strictDkim = false; // adkim=s
    bool strictSpf = false; // aspf=s
    int percent = 100;
    QStringList reportAddresses; // rua=
    QStringList failureAddresses; // ruf=
    QList<DmarcIssue> issues;

    // RFC 7489 6.6.3: the TXT records that are DMARC records ("v=DMARC1" first, exactly so).
    static bool isDmarcText(const QString& txt);
    static DmarcRecord parse(const QString& text);
};

} // namespace SmtpDoctor
