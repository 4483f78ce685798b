#pragma once

#include "core/domain/dkimrecord.h"
#include "core/domain/dmarcrecord.h"
#include "core/domain/dnsanswer.h"
#include "core/domain/domainfinding.h"
#include "core/domain/spfevaluation.h"
#include "core/i18n/localizedtext.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace SmtpDoctor {

// What the user tells the domain check.
struct DomainCheckRequest
{
    QString domain; // the sender domain, as typed (an address works too)
    QString server; // the submission server the mail program sends through, if known
    QStringList selectors; // DKIM selectors the user knows
    QString messageText; // a pasted message, its headers or a bounce: DKIM-Signature s=/d=,
                         // and the sending server's address where a 5.7.25 reply names it
    QList<QHostAddress> sendingAddresses; // addresses whose reverse DNS to check
    QString sender; // the user's address (SPF macros); postmaster@domain if empty
    int timeoutMs = 10000; // the longest any single DNS wait may take
};

// Where a DKIM selector came from: it decides whether "no key" means "missing" or "not found".
enum class SelectorOrigin { Given, Signature, Provider, Common };

struct DkimKeySeen
{
    QString selector;
    QString domain;
    SelectorOrigin origin = SelectorOrigin::Common;
    DnsStatus status = DnsStatus::NoAnswer;
    QString record; // the key record's text (empty when none)
    QStringList cnames; // the CNAMEs on the way (Microsoft 365, Fastmail publish keys this way)
    DkimKey key;
    QString name() const { return selector + QStringLiteral("._domainkey.") + domain; }
};

struct MxSeen
{
    quint16 preference = 0;
    QString host; // empty: the null MX "."
    QList<QHostAddress> addresses;
    DnsStatus addressStatus = DnsStatus::NoAnswer;
};

struct PtrSeen
{
    QHostAddress address;
    DnsStatus status = DnsStatus::NoAnswer;
    QStringList names;
    QString confirmedName; // a PTR name that resolves back to the address
};

struct SpfAuthorisation
{
    QHostAddress address;
    SpfResult result = SpfResult::None;
    QString matchedDomain;
    QString matchedTerm;
};

// The result of one domain check: the findings (typed ids with arguments) and every record seen,
// so that a report can show what the verdicts were based on.
struct DomainReport
{
    QString domain;
    QString server;
    QList<QHostAddress> serverAddresses;
    QString providerId; // ProviderRecords id, empty when the provider is not known
    bool providerFromMx = false;

    DnsStatus domainStatus = DnsStatus::NoAnswer; // the TXT lookup of the domain itself
    QStringList spfRecords; // SPF records at the domain
    std::optional<SpfEvaluation> spfSurvey;
    QList<SpfAuthorisation> spfChecks;
    QString dmarcName; // where the DMARC record was found
    QStringList dmarcRecords;
    DnsStatus dmarcStatus = DnsStatus::NoAnswer;
    QList<DkimKeySeen> dkim;
    QStringList signatureDomains; // d= of pasted DKIM-Signature headers
    DnsStatus mxStatus = DnsStatus::NoAnswer;
    QList<MxSeen> mx;
    QList<QHostAddress> domainAddresses; // A/AAAA of the domain (implicit MX)
    QList<PtrSeen> ptr;
    QStringList unanswered; // lookups that got no answer, "TXT _dmarc.example.com"
    bool complete = true; // false: the overall time bound ended the check

    QList<DomainFinding> findings;
    int dnsQueries = 0;
    QStringList dnsLog;
    qint64 durationMs = 0;

    bool hasError() const;
    bool hasWarning() const;
    // One sentence for the whole check (a step summary, the report's first line).
    LocalizedText summary() const;
};

} // namespace SmtpDoctor

Q_DECLARE_METATYPE(SmtpDoctor::DomainReport)
