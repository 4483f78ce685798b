#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace SmtpDoctor {

// RFC 7208 section 2.6.
enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };
QString spfResultName(SpfResult r); // "none", "neutral", "pass", "fail", "softfail", "temperror", "permerror"

// What makes a record unusable or weak, found anywhere in its include/redirect tree.
enum class SpfProblemKind {
    Syntax, // `domain`'s record does not parse; `term` is the faulty part
    NoRecord, // include:/redirect= names `domain`, which has no SPF record
    MultipleRecords, // `domain` publishes more than one SPF record
    Loop, // include:/redirect= lead back to a domain already on the way; `term` is the chain
    TooManyLookups, // the 11th DNS-querying term (`domain`, `term`)
    TooManyVoidLookups, // the 3rd lookup that found nothing (`term` is the name)
    TooManyMx, // an mx term names more than 10 mail servers
    DnsFailure, // `domain`'s record (or a term's lookup) could not be read: nothing can be told
    PtrUsed, // the discouraged "ptr" mechanism
    PassAll, // "+all": every server in the world may send
};

struct SpfProblem
{
    SpfProblemKind kind;
    QString domain;
    QString term;
};

struct SpfRecordSeen
{
    QString domain;
    QString text;
    int depth = 0; // 0: the domain itself, 1: named by its include:/redirect=, ...
};

// The outcome of one evaluation (SpfEvaluator): a check of one client address, or a survey of the
// whole tree (every branch followed, as for an address that nothing matches).
struct SpfEvaluation
{
    SpfResult result = SpfResult::None;
    QString matchedDomain; // whose record decided, and by which term ("" when nothing matched)
    QString matchedTerm;
    int lookups = 0; // DNS-querying terms counted (a survey goes on counting past 10)
    int voidLookups = 0;
    QStringList voidNames;
    QList<SpfProblem> problems;
    QList<SpfRecordSeen> records;
    bool dependsOnClient = false; // macros that expand per sender or per address

    bool hasProblem(SpfProblemKind kind) const;
    bool sawDomain(const QString& domain) const; // a record of `domain` was read on the way
};

} // namespace SmtpDoctor

Q_DECLARE_METATYPE(SmtpDoctor::SpfEvaluation)
