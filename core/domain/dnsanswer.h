#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace SmtpDoctor {

// The record types the domain check asks for.
enum class DnsType { A, AAAA, TXT, MX, PTR, CNAME, NS, ANY };
QString dnsTypeName(DnsType type); // "TXT"

// What came back. Only Ok, NoData and NxDomain are answers; the rest say that nothing can be
// concluded about the record, and the checks must never read them as "the record is missing".
enum class DnsStatus {
    Ok, // records of the type (after following CNAMEs)
    NoData, // the name exists but has no record of this type
    NxDomain, // the name does not exist
    Timeout, // no answer within the deadline
    NoAnswer, // the resolver got no DNS answer at all (server unreachable or not running)
    ServerFailure, // SERVFAIL: the DNS server could not get the answer
    Refused, // the DNS server refused to answer
    BadName, // the name or the answer was malformed
};
QString dnsStatusName(DnsStatus status); // "ok", "nodata", "nxdomain", "timeout"...

struct DnsMailExchange
{
    quint16 preference = 0;
    QString host; // lower case, no trailing dot; empty for the null MX "."
};

struct DnsAnswer
{
    QString name; // as asked (lower case, no trailing dot)
    DnsType type = DnsType::A;
    DnsStatus status = DnsStatus::NoAnswer;
    QStringList texts; // TXT: each record's character-strings joined
    QList<QHostAddress> addresses; // A, AAAA
    QList<DnsMailExchange> exchanges; // MX, by preference
    QStringList names; // PTR, NS, CNAME
    QStringList cnameChain; // CNAME targets followed on the way, in order
    qint64 ms = 0;

    bool isAnswer() const { return status == DnsStatus::Ok || isVoid(); }
    // RFC 7208 4.6.4: NOERROR without records, or NXDOMAIN.
    bool isVoid() const { return status == DnsStatus::NoData || status == DnsStatus::NxDomain; }
    QString describe() const; // "TXT example.com: ok, 2 records (12 ms)" for logs and reports
};

// The seam between the checks and DNS: DnsClient asks real servers through QDnsLookup; a table
// can stand in where no DNS server can be run (the RFC 7208 conformance suite, see tests/domain).
class DnsResolver
{
public:
    using Callback = std::function<void(const DnsAnswer&)>;
    virtual ~DnsResolver() = default;
    // Calls `done` exactly once, later (never from inside ask), unless `context` is destroyed first.
    virtual void ask(const QString& name, DnsType type, QObject* context, Callback done) = 0;
};

} // namespace SmtpDoctor
