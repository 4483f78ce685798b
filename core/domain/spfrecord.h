#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpDoctor {

enum class SpfQualifier { Pass, Fail, SoftFail, Neutral }; // + - ~ ?
enum class SpfMechanism { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };

// One directive of an SPF record (RFC 7208 section 5).
struct SpfTerm
{
    QString text; // as written, for messages
    SpfQualifier qualifier = SpfQualifier::Pass;
    SpfMechanism mechanism = SpfMechanism::All;
    QString domainSpec; // include, a, mx, ptr, exists; empty for a, mx, ptr means the current domain
    QHostAddress network; // ip4, ip6
    int prefix4 = 32; // ip4 and the IPv4 part of a/mx
    int prefix6 = 128; // ip6 and the IPv6 part of a/mx

    // include, a, mx, ptr and exists each cost one of the ten DNS lookups (RFC 7208 4.6.4).
    bool costsLookup() const;
};

// Why a record cannot be used (RFC 7208 section 4.6: any of these is a "permerror").
enum class SpfSyntaxError {
    None,
    UnknownMechanism, // "inlcude:", "ip:", "spf2.0"...
    BadDomain, // a domain that is not one ("include:", "a:example")
    BadAddress, // ip4:/ip6: that is no address, or a prefix out of range
    DuplicateModifier, // redirect= or exp= twice
    BadModifier, // a modifier whose name or value is malformed
};

// A parsed SPF record. Parsing never fails: an unusable record says so in `error` and `badTerm`.
struct SpfRecord
{
    QString text;
    QList<SpfTerm> terms;
    QString redirect; // domain-spec of redirect=, empty when absent
    QString explanation; // domain-spec of exp=
    SpfSyntaxError error = SpfSyntaxError::None;
    QString badTerm;

    bool isValid() const { return error == SpfSyntaxError::None; }
    bool hasAll() const;
    int lookupTerms() const; // how many terms of this record alone cost a lookup (redirect included)

    // RFC 7208 4.5: the TXT records that are SPF records (start with "v=spf1" and a space or end).
    static bool isSpfText(const QString& txt);
    static QStringList select(const QStringList& txtRecords);
    static SpfRecord parse(const QString& text);
};

QString qualifierPrefix(SpfQualifier q); // "+", "-", "~", "?"
QString spfMechanismName(SpfMechanism m);

// The record with `term` added before its "all" (or before redirect=, or at the end): what to
// publish so that one more sender is allowed without losing the others.
QString spfRecordWith(const QString& record, const QString& term);

} // namespace SmtpDoctor
