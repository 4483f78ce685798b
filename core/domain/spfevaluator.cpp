#include "core/domain/spfevaluator.h"

#include "core/domain/domainname.h"
#include "core/domain/spfmacro.h"

namespace SmtpDoctor {

namespace {

enum Outcome { NoMatch = 0, Match = 1, Temp = -1, Perm = -2 };

constexpr int MaxDepth = 20;
constexpr int MaxMxHosts = 10;
constexpr int MaxPtrNames = 10;

SpfResult resultOf(SpfQualifier q)
{
    switch (q) {
    case SpfQualifier::Pass:
        return SpfResult::Pass;
    case SpfQualifier::Fail:
        return SpfResult::Fail;
    case SpfQualifier::SoftFail:
        return SpfResult::SoftFail;
    case SpfQualifier::Neutral:
        return SpfResult::Neutral;
    }
    return SpfResult::Neutral;
}

bool inNetwork(const QHostAddress& ip, const QHostAddress& address, const SpfTerm& term)
{
    if (ip.protocol() != address.protocol())
        return false;
    const int prefix = ip.protocol() == QAbstractSocket::IPv4Protocol ? term.prefix4 : term.prefix6;
    return ip.isInSubnet(address, prefix);
}

} // namespace

struct SpfEvaluator::State
{
    bool survey = false;
    QHostAddress ip;
    QString sender;
    QString helo;
    bool limitReported = false;
    bool voidReported = false;
    bool done = false;
    SpfEvaluation eval;
};

struct SpfEvaluator::Frame
{
    QString domain;
    int depth = 0;
    QStringList chain; // domains of the include/redirect path, this one last
    SpfRecord record;
    Done done;
};

SpfEvaluator::SpfEvaluator(DnsResolver& dns, QObject* parent)
    : QObject(parent)
    , m_dns(dns)
{
}

SpfEvaluator::~SpfEvaluator() = default;

void SpfEvaluator::checkHost(
    const QHostAddress& ip, const QString& domain, const QString& sender, const QString& helo)
{
    m_state = std::make_unique<State>();
    m_state->ip = ip;
    m_state->sender = sender;
    m_state->helo = helo;
    start(domain);
}

void SpfEvaluator::survey(const QString& domain)
{
    m_state = std::make_unique<State>();
    m_state->survey = true;
    m_state->sender = QStringLiteral("postmaster@") + domain;
    start(domain);
}

void SpfEvaluator::start(const QString& domain)
{
    const QString d = DomainName::cleaned(domain);
    evaluateDomain(d, 0, { d }, [this](SpfResult r) { finish(r); });
}

void SpfEvaluator::finish(SpfResult result)
{
    if (m_state->done)
        return;
    m_state->done = true;
    m_state->eval.result = result;
    // Always from the event loop, never from inside checkHost()/survey() (a record that needs no
    // DNS at all is decided at once).
    QMetaObject::invokeMethod(
        this, [this] { emit finished(m_state->eval); }, Qt::QueuedConnection);
}

void SpfEvaluator::addProblem(SpfProblemKind kind, const QString& domain, const QString& term)
{
    for (const SpfProblem& p : std::as_const(m_state->eval.problems)) {
        if (p.kind == kind && p.domain == domain && p.term == term)
            return;
    }
    m_state->eval.problems.append({ kind, domain, term });
}

bool SpfEvaluator::countLookup(const QString& domain, const QString& term)
{
    State& s = *m_state;
    ++s.eval.lookups;
    if (s.eval.lookups > LookupLimit && !s.limitReported) {
        s.limitReported = true;
        addProblem(SpfProblemKind::TooManyLookups, domain, term);
    }
    // A check stops at the limit (permerror); a survey goes on to count, within a hard cap.
    return s.survey ? s.eval.lookups <= HardLookupCap : s.eval.lookups <= LookupLimit;
}

bool SpfEvaluator::countVoid(const DnsAnswer& answer)
{
    State& s = *m_state;
    if (!answer.isVoid())
        return true;
    ++s.eval.voidLookups;
    s.eval.voidNames << answer.name;
    if (s.eval.voidLookups > VoidLookupLimit && !s.voidReported) {
        s.voidReported = true;
        addProblem(SpfProblemKind::TooManyVoidLookups, answer.name, answer.name);
    }
    return s.survey || s.eval.voidLookups <= VoidLookupLimit;
}

void SpfEvaluator::evaluateDomain(const QString& domain, int depth, const QStringList& chain, Done done)
{
    if (depth > MaxDepth || !DomainName::isQueryable(domain)) {
        done(depth == 0 ? SpfResult::None : SpfResult::PermError);
        return;
    }
    m_dns.ask(domain, DnsType::TXT, this, [this, domain, depth, chain, done](const DnsAnswer& answer) {
        if (!answer.isAnswer()) {
            addProblem(SpfProblemKind::DnsFailure, domain, QString());
            done(SpfResult::TempError);
            return;
        }
        const QStringList records = SpfRecord::select(answer.texts);
        if (records.isEmpty()) {
            done(SpfResult::None);
            return;
        }
        for (const QString& text : records)
            m_state->eval.records.append({ domain, text, depth });
        if (records.size() > 1) {
            addProblem(SpfProblemKind::MultipleRecords, domain, QString());
            done(SpfResult::PermError);
            return;
        }
        auto frame = std::make_shared<Frame>();
        frame->domain = domain;
        frame->depth = depth;
        frame->chain = chain;
        frame->record = SpfRecord::parse(records.first());
        frame->done = done;
        if (!frame->record.isValid()) {
            addProblem(SpfProblemKind::Syntax, domain, frame->record.badTerm);
            done(SpfResult::PermError);
            return;
        }
        runTerms(frame, 0);
    });
}

void SpfEvaluator::runTerms(std::shared_ptr<Frame> frame, int index)
{
    State& s = *m_state;
    for (int i = index; i < frame->record.terms.size(); ++i) {
        const SpfTerm& term = frame->record.terms[i];
        if (term.costsLookup()) {
            lookupTerm(frame, i);
            return;
        }
        bool matched = false;
        if (term.mechanism == SpfMechanism::All) {
            matched = true;
            if (term.qualifier == SpfQualifier::Pass)
                addProblem(SpfProblemKind::PassAll, frame->domain, term.text);
        } else if (!s.survey) {
            matched = inNetwork(s.ip, term.network, term);
        }
        if (matched) {
            s.eval.matchedDomain = frame->domain;
            s.eval.matchedTerm = term.text;
            frame->done(resultOf(term.qualifier));
            return;
        }
    }
    afterTerms(frame);
}

void SpfEvaluator::afterTerms(std::shared_ptr<Frame> frame)
{
    // RFC 7208 5.1 and 6.1: redirect= counts only when nothing matched and there is no "all".
    if (frame->record.redirect.isEmpty() || frame->record.hasAll()) {
        frame->done(SpfResult::Neutral);
        return;
    }
    const QString term = QStringLiteral("redirect=") + frame->record.redirect;
    if (!countLookup(frame->domain, term)) {
        frame->done(SpfResult::PermError);
        return;
    }
    SpfMacroContext context { m_state->sender, frame->domain, m_state->ip, m_state->helo };
    const std::optional<QString> target = SpfMacro::expandDomain(frame->record.redirect, context);
    if (!target) {
        m_state->eval.dependsOnClient = true;
        frame->done(SpfResult::Neutral);
        return;
    }
    follow(frame, DomainName::cleaned(*target), true, frame->done);
}

void SpfEvaluator::follow(std::shared_ptr<Frame> frame, const QString& target, bool redirect, Done done)
{
    if (frame->chain.contains(target)) {
        addProblem(SpfProblemKind::Loop, target,
            (frame->chain + QStringList { target }).join(QStringLiteral(" \u2192 ")));
        done(SpfResult::PermError);
        return;
    }
    evaluateDomain(target, frame->depth + 1, frame->chain + QStringList { target },
        [this, target, redirect, done](SpfResult r) {
            // RFC 7208 5.2 and 6.1: a target without SPF record is an error, not "none".
            if (r == SpfResult::None) {
                addProblem(SpfProblemKind::NoRecord, target,
                    redirect ? QStringLiteral("redirect=") + target : QStringLiteral("include:") + target);
                r = SpfResult::PermError;
            }
            done(r);
        });
}

void SpfEvaluator::lookupTerm(std::shared_ptr<Frame> frame, int index)
{
    State& s = *m_state;
    const SpfTerm term = frame->record.terms[index];
    if (!countLookup(frame->domain, term.text)) {
        frame->done(SpfResult::PermError);
        return;
    }
    if (SpfMacro::dependsOnClient(term.domainSpec))
        s.eval.dependsOnClient = true;
    const auto continueWith = [this, frame, index, term](int outcome) {
        State& st = *m_state;
        if (outcome == Match) {
            st.eval.matchedDomain = frame->domain;
            st.eval.matchedTerm = term.text;
            frame->done(resultOf(term.qualifier));
        } else if (outcome == Perm) {
            frame->done(SpfResult::PermError);
        } else if (outcome == Temp && !st.survey) {
            frame->done(SpfResult::TempError);
        } else {
            runTerms(frame, index + 1);
        }
    };
    if (term.mechanism == SpfMechanism::Ptr) {
        addProblem(SpfProblemKind::PtrUsed, frame->domain, term.text);
        if (s.survey) {
            continueWith(NoMatch);
            return;
        }
    }
    SpfMacroContext context { s.sender, frame->domain, s.ip, s.helo };
    const std::optional<QString> expanded = term.domainSpec.isEmpty()
        ? std::optional<QString>(frame->domain)
        : SpfMacro::expandDomain(term.domainSpec, context);
    if (!expanded) { // needs the client address, and a survey has none
        continueWith(NoMatch);
        return;
    }
    const QString target = DomainName::cleaned(*expanded);
    // A target that is no usable DNS name (a label over 63 characters after macro expansion) is
    // treated as a name that does not exist: no match (RFC 7208 4.3 by analogy; 4.8 leaves it open).
    if (!DomainName::isQueryable(target) && term.mechanism != SpfMechanism::Include) {
        continueWith(NoMatch);
        return;
    }
    switch (term.mechanism) {
    case SpfMechanism::Include:
        follow(frame, target, false, [continueWith](SpfResult r) {
            if (r == SpfResult::Pass)
                continueWith(Match);
            else if (r == SpfResult::TempError)
                continueWith(Temp);
            else if (r == SpfResult::PermError)
                continueWith(Perm);
            else
                continueWith(NoMatch);
        });
        return;
    case SpfMechanism::A:
    case SpfMechanism::Exists:
        matchAddresses(target, term, continueWith);
        return;
    case SpfMechanism::Mx:
        matchMx(target, term, continueWith);
        return;
    case SpfMechanism::Ptr:
        matchPtr(target, continueWith);
        return;
    default:
        continueWith(NoMatch);
        return;
    }
}

int SpfEvaluator::settle(const DnsAnswer& answer, const SpfTerm& term)
{
    if (!answer.isAnswer()) {
        addProblem(SpfProblemKind::DnsFailure, answer.name, term.text);
        return Temp;
    }
    return countVoid(answer) ? NoMatch : Perm;
}

void SpfEvaluator::matchAddresses(const QString& target, const SpfTerm& term, std::function<void(int)> done)
{
    State& s = *m_state;
    // "exists" always asks for A, even for an IPv6 client (RFC 7208 5.7).
    const bool v6
        = term.mechanism == SpfMechanism::A && !s.survey && s.ip.protocol() == QAbstractSocket::IPv6Protocol;
    m_dns.ask(target, v6 ? DnsType::AAAA : DnsType::A, this, [this, term, done](const DnsAnswer& answer) {
        State& st = *m_state;
        if (const int stop = settle(answer, term); stop != NoMatch) {
            done(stop);
            return;
        }
        if (st.survey) {
            done(NoMatch);
            return;
        }
        if (term.mechanism == SpfMechanism::Exists) {
            done(answer.addresses.isEmpty() ? NoMatch : Match);
            return;
        }
        const bool hit = std::any_of(answer.addresses.cbegin(), answer.addresses.cend(),
            [&](const QHostAddress& a) { return inNetwork(st.ip, a, term); });
        done(hit ? Match : NoMatch);
    });
}

void SpfEvaluator::matchMx(const QString& target, const SpfTerm& term, std::function<void(int)> done)
{
    m_dns.ask(target, DnsType::MX, this, [this, term, done](const DnsAnswer& answer) {
        State& st = *m_state;
        if (const int stop = settle(answer, term); stop != NoMatch) {
            done(stop);
            return;
        }
        // RFC 7208 4.6.4 counts the MX records, not the distinct hosts they name.
        if (answer.exchanges.size() > MaxMxHosts) {
            addProblem(SpfProblemKind::TooManyMx, answer.name, term.text);
            done(Perm);
            return;
        }
        QStringList hosts;
        for (const DnsMailExchange& mx : answer.exchanges) {
            if (!mx.host.isEmpty() && !hosts.contains(mx.host))
                hosts << mx.host;
        }
        if (hosts.isEmpty()) {
            done(NoMatch);
            return;
        }
        const bool v6 = !st.survey && st.ip.protocol() == QAbstractSocket::IPv6Protocol;
        auto pending = std::make_shared<int>(int(hosts.size()));
        auto hit = std::make_shared<bool>(false);
        for (const QString& host : std::as_const(hosts)) {
            m_dns.ask(host, v6 ? DnsType::AAAA : DnsType::A, this,
                [this, term, pending, hit, done](const DnsAnswer& a) {
                    const State& s = *m_state;
                    if (!s.survey) {
                        for (const QHostAddress& address : a.addresses)
                            *hit = *hit || inNetwork(s.ip, address, term);
                    }
                    if (--*pending == 0)
                        done(*hit ? Match : NoMatch);
                });
        }
    });
}

void SpfEvaluator::matchPtr(const QString& target, std::function<void(int)> done)
{
    const QHostAddress ip = m_state->ip;
    m_dns.ask(
        DomainName::reverseName(ip), DnsType::PTR, this, [this, target, ip, done](const DnsAnswer& answer) {
            // DNS errors here make the mechanism not match (RFC 7208 5.5).
            if (!answer.isAnswer() || !countVoid(answer)) {
                done(answer.isAnswer() ? Perm : NoMatch);
                return;
            }
            const QStringList names = answer.names.mid(0, MaxPtrNames);
            if (names.isEmpty()) {
                done(NoMatch);
                return;
            }
            auto pending = std::make_shared<int>(int(names.size()));
            auto hit = std::make_shared<bool>(false);
            const DnsType type = ip.protocol() == QAbstractSocket::IPv6Protocol ? DnsType::AAAA : DnsType::A;
            for (const QString& name : names) {
                m_dns.ask(name, type, this, [name, target, ip, pending, hit, done](const DnsAnswer& a) {
                    const bool validated = a.addresses.contains(ip);
                    *hit = *hit || (validated && DomainName::isSameOrSubdomain(name, target));
                    if (--*pending == 0)
                        done(*hit ? Match : NoMatch);
                });
            }
        });
}

} // namespace SmtpDoctor
