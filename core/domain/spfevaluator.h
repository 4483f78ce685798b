#pragma once

#include "core/domain/dnsanswer.h"
#include "core/domain/spfevaluation.h"
#include "core/domain/spfrecord.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace SmtpDoctor {

// RFC 7208's check_host(), asynchronously over a DnsResolver, with its limits: ten DNS-querying
// terms, two void lookups, ten MX hosts, ten PTR names. Two ways to run it:
//  - checkHost(ip, domain, sender): what a receiving server would decide for mail from `ip`;
//  - survey(domain): the whole tree as a receiver walks it for an address that nothing matches,
//    which is the worst case for the limits; it does not stop at the first problem but goes on
//    (up to HardLookupCap terms) so that the report can name every problem and the real count.
// Emits finished() exactly once.
class SpfEvaluator : public QObject
{
    Q_OBJECT
public:
    static constexpr int LookupLimit = 10;
    static constexpr int VoidLookupLimit = 2;
    static constexpr int HardLookupCap = 40;

    explicit SpfEvaluator(DnsResolver& dns, QObject* parent = nullptr);
    ~SpfEvaluator() override;

    void checkHost(
        const QHostAddress& ip, const QString& domain, const QString& sender, const QString& helo = {});
    void survey(const QString& domain);

signals:
    void finished(const SmtpDoctor::SpfEvaluation& evaluation);

private:
    struct State;
    using Done = std::function<void(SpfResult)>;
    struct Frame;

    void start(const QString& domain);
    void evaluateDomain(const QString& domain, int depth, const QStringList& chain, Done done);
    void runTerms(std::shared_ptr<Frame> frame, int index);
    void afterTerms(std::shared_ptr<Frame> frame);
    void lookupTerm(std::shared_ptr<Frame> frame, int index);
    void matchAddresses(const QString& target, const SpfTerm& term, std::function<void(int)> done);
    void matchMx(const QString& target, const SpfTerm& term, std::function<void(int)> done);
    void matchPtr(const QString& target, std::function<void(int)> done);
    void follow(std::shared_ptr<Frame> frame, const QString& target, bool redirect, Done done);
    bool countLookup(const QString& domain, const QString& term);
    bool countVoid(const DnsAnswer& answer);
    // Temp when nothing came back, Perm past the void limit, else NoMatch (go on with the answer).
    int settle(const DnsAnswer& answer, const SpfTerm& term);
    void addProblem(SpfProblemKind kind, const QString& domain, const QString& term);
    void finish(SpfResult result);

    DnsResolver& m_dns;
    std::unique_ptr<State> m_state;
};

} // namespace SmtpDoctor
