#include "core/domain/dnsclient.h"

#include "core/domain/domainname.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <atomic>

Q_LOGGING_CATEGORY(lcDomain, "smtpdoctor.core.domain", QtWarningMsg)

namespace SmtpDoctor {

namespace {

std::atomic<bool> s_abandoned { false };

// Bounds on what one answer may hold: nobody's real records come near these.
constexpr int MaxRecords = 64;
constexpr int MaxTextLength = 8192;
// glibc's resolver waits at least a second before it gives up on a server.
constexpr qint64 ResolverTimeoutFloorMs = 1000;

QDnsLookup::Type qtType(DnsType type)
{
    switch (type) {
    case DnsType::A:
        return QDnsLookup::A;
    case DnsType::AAAA:
        return QDnsLookup::AAAA;
    case DnsType::TXT:
        return QDnsLookup::TXT;
    case DnsType::MX:
        return QDnsLookup::MX;
    case DnsType::PTR:
        return QDnsLookup::PTR;
    case DnsType::CNAME:
        return QDnsLookup::CNAME;
    case DnsType::NS:
        return QDnsLookup::NS;
    case DnsType::ANY:
        return QDnsLookup::ANY;
    }
    return QDnsLookup::ANY;
}

QString cacheKey(const QString& name, DnsType type)
{
    return dnsTypeName(type) + QLatin1Char(' ') + name;
}

// The records of the asked type out of a finished lookup.
void collect(const QDnsLookup& lookup, DnsAnswer* answer)
{
    switch (answer->type) {
    case DnsType::A:
    case DnsType::AAAA: {
        const auto wanted
            = answer->type == DnsType::A ? QAbstractSocket::IPv4Protocol : QAbstractSocket::IPv6Protocol;
        for (const QDnsHostAddressRecord& r : lookup.hostAddressRecords()) {
            if (r.value().protocol() == wanted && answer->addresses.size() < MaxRecords)
                answer->addresses.append(r.value());
        }
        break;
    }
    case DnsType::TXT:
        for (const QDnsTextRecord& r : lookup.textRecords()) {
            QByteArray joined;
            for (const QByteArray& part : r.values())
                joined += part;
            if (answer->texts.size() < MaxRecords)
                answer->texts.append(QString::fromUtf8(joined.left(MaxTextLength)));
        }
        break;
    case DnsType::MX:
        for (const QDnsMailExchangeRecord& r : lookup.mailExchangeRecords()) {
            if (answer->exchanges.size() < MaxRecords)
                answer->exchanges.append({ r.preference(), DomainName::cleaned(r.exchange()) });
        }
        std::stable_sort(answer->exchanges.begin(), answer->exchanges.end(),
            [](const DnsMailExchange& a, const DnsMailExchange& b) { return a.preference < b.preference; });
        break;
    case DnsType::PTR:
        for (const QDnsDomainNameRecord& r : lookup.pointerRecords())
            answer->names.append(DomainName::cleaned(r.value()));
        break;
    case DnsType::NS:
        for (const QDnsDomainNameRecord& r : lookup.nameServerRecords())
            answer->names.append(DomainName::cleaned(r.value()));
        break;
    case DnsType::CNAME:
    case DnsType::ANY:
        break;
    }
    for (const QDnsDomainNameRecord& r : lookup.canonicalNameRecords()) {
        if (answer->cnameChain.size() < DnsClient::MaxCnameDepth)
            answer->cnameChain.append(DomainName::cleaned(r.value()));
    }
    if (answer->type == DnsType::CNAME)
        answer->names = answer->cnameChain;
    answer->names = answer->names.mid(0, MaxRecords);
}

bool hasRecords(const DnsAnswer& a)
{
    return !a.texts.isEmpty() || !a.addresses.isEmpty() || !a.exchanges.isEmpty() || !a.names.isEmpty();
}

} // namespace

DnsClient::DnsClient(QObject* parent)
    : QObject(parent)
{
}

DnsClient::~DnsClient()
{
    cancel();
}

bool DnsClient::lookupsStillRunning()
{
    return s_abandoned.load();
}

void DnsClient::cancel()
{
    ++m_generation;
    m_queue.clear();
    for (QDnsLookup* lookup : std::as_const(m_running)) {
        lookup->disconnect(this);
        if (lookup->isFinished()) {
            lookup->deleteLater();
            continue;
        }
        s_abandoned = true;
        lookup->abort();
        lookup->deleteLater();
    }
    m_running.clear();
    m_entries.clear();
    m_resolverWaiters.clear();
}

QStringList DnsClient::pending() const
{
    QList<std::pair<int, QString>> open;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (!it->finished)
            open.append({ it->order, it.key() });
    }
    std::sort(open.begin(), open.end());
    QStringList out;
    for (const auto& [order, key] : std::as_const(open))
        out << key;
    return out;
}

void DnsClient::ask(const QString& rawName, DnsType type, QObject* context, Callback done)
{
    const QString name = DomainName::cleaned(rawName);
    const QString key = cacheKey(name, type);
    if (!m_entries.contains(key))
        m_entries[key].order = int(m_entries.size());
    Entry& entry = m_entries[key];
    if (entry.finished) {
        const DnsAnswer answer = entry.answer;
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done, answer] {
            if (guard)
                done(answer);
        });
        return;
    }
    entry.waiters.append({ QPointer<QObject>(context), std::move(done) });
    if (entry.waiters.size() > 1)
        return; // already being looked up
    resolve(name, type, 0, [this, key](DnsAnswer answer) { finishEntry(key, answer); });
}

void DnsClient::finishEntry(const QString& key, const DnsAnswer& answer)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    it->finished = true;
    it->answer = answer;
    m_log << answer.describe();
    qCDebug(lcDomain) << answer.describe();
    const QList<Waiter> waiters = std::exchange(it->waiters, {});
    for (const Waiter& w : waiters) {
        if (w.context)
            w.done(answer);
    }
}

void DnsClient::resolve(const QString& name, DnsType type, int depth, std::function<void(DnsAnswer)> done)
{
    lookup(name, type, [this, name, type, depth, done](DnsAnswer answer, bool unclear) {
        if (unclear) {
            resolveUnclear(answer, done);
            return;
        }
        const bool onlyCname = answer.status == DnsStatus::Ok && !hasRecords(answer)
            && !answer.cnameChain.isEmpty() && type != DnsType::CNAME && type != DnsType::ANY;
        if (!onlyCname) {
            if (answer.status == DnsStatus::Ok && !hasRecords(answer) && type != DnsType::ANY)
                answer.status = DnsStatus::NoData;
            done(answer);
            return;
        }
        // The server gave the alias but not what it points to (another zone): follow it ourselves.
        const QString target = answer.cnameChain.last();
        if (depth >= MaxCnameDepth || target == name) {
            answer.status = DnsStatus::BadName;
            done(answer);
            return;
        }
        const QStringList chain = answer.cnameChain;
        const qint64 ms = answer.ms;
        resolve(target, type, depth + 1, [name, chain, ms, done](DnsAnswer followed) {
            followed.name = name;
            followed.cnameChain = chain + followed.cnameChain;
            followed.ms += ms;
            done(followed);
        });
    });
}

void DnsClient::resolveUnclear(const DnsAnswer& first, std::function<void(DnsAnswer)> done)
{
    lookup(first.name, DnsType::ANY, [this, first, done](DnsAnswer witness, bool unclear) {
        DnsAnswer answer = first;
        answer.ms += witness.ms;
        if (!unclear && (witness.isAnswer() || witness.status == DnsStatus::Timeout)) {
            // Any DNS answer about the name settles it: it exists (NODATA) or it does not.
            answer.status = witness.status == DnsStatus::NxDomain || witness.status == DnsStatus::Timeout
                ? witness.status
                : DnsStatus::NoData;
            done(answer);
            return;
        }
        const bool quick = first.ms < ResolverTimeoutFloorMs && witness.ms < ResolverTimeoutFloorMs;
        if (!unclear && quick) {
            // The server answered the witness with an error code (some refuse ANY): it is there,
            // so the quick unclear reply was NODATA, not a server that cannot be reached.
            answer.status = DnsStatus::NoData;
            done(answer);
            return;
        }
        if (!quick) {
            answer.status = DnsStatus::Timeout;
            done(answer);
            return;
        }
        // An empty non-terminal (a name that exists only because names below it do), or a server
        // that answers nothing at all: which one, the resolver's health tells.
        whenResolverKnown([answer, done](bool works) mutable {
            answer.status = works ? DnsStatus::NoData : DnsStatus::NoAnswer;
            done(answer);
        });
    });
}

void DnsClient::whenResolverKnown(std::function<void(bool)> done)
{
    if (m_resolverAnswered)
        m_resolverWorks = true;
    if (m_resolverWorks) {
        done(*m_resolverWorks);
        return;
    }
    m_resolverWaiters.append(std::move(done));
    if (m_resolverWaiters.size() > 1)
        return;
    const QStringList labels = m_anchor.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    const QString probe
        = labels.size() >= 2 ? labels.mid(labels.size() - 2).join(QLatin1Char('.')) : QStringLiteral("arpa");
    lookup(probe, DnsType::NS, [this](DnsAnswer answer, bool unclear) {
        m_resolverWorks = !unclear && answer.isAnswer();
        const auto waiters = std::exchange(m_resolverWaiters, {});
        for (const auto& w : waiters)
            w(*m_resolverWorks);
    });
}

void DnsClient::lookup(const QString& name, DnsType type, std::function<void(DnsAnswer, bool)> done)
{
    m_queue.append({ name, type, std::move(done) });
    startNext();
}

int DnsClient::remainingMs() const
{
    if (m_deadline.isForever())
        return m_queryTimeoutMs;
    return int(std::min<qint64>(m_queryTimeoutMs, m_deadline.remainingTime()));
}

void DnsClient::startNext()
{
    while (!m_queue.isEmpty() && m_running.size() < MaxInFlight) {
        const Job job = m_queue.takeFirst();
        if (remainingMs() <= 0) {
            DnsAnswer answer;
            answer.name = job.name;
            answer.type = job.type;
            answer.status = DnsStatus::Timeout;
            const quint64 generation = m_generation;
            QTimer::singleShot(0, this, [this, generation, job, answer] {
                if (generation == m_generation)
                    job.done(answer, false);
            });
            continue;
        }
        start(job);
    }
}

void DnsClient::start(const Job& job)
{
    ++m_queries;
    auto* lookup = new QDnsLookup(qtType(job.type), job.name, this);
    auto* timer = new QTimer(lookup);
    timer->setSingleShot(true);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    m_running.append(lookup);
    const quint64 generation = m_generation;

    const auto finish = [this, lookup, timer, job, clock, generation](bool timedOut) {
        if (!m_running.contains(lookup))
            return; // cancelled, or the other of answer and deadline came first
        timer->stop();
        lookup->disconnect(this);
        m_running.removeAll(lookup);
        DnsAnswer answer;
        answer.name = job.name;
        answer.type = job.type;
        answer.ms = clock->elapsed();
        bool unclear = false;
        if (timedOut) {
            s_abandoned = true;
            lookup->abort();
            answer.status = DnsStatus::Timeout;
        } else {
            switch (lookup->error()) {
            case QDnsLookup::NoError:
                answer.status = DnsStatus::Ok;
                collect(*lookup, &answer);
                m_resolverAnswered = m_resolverAnswered || hasRecords(answer) || !answer.cnameChain.isEmpty();
                break;
            case QDnsLookup::NotFoundError:
                answer.status = DnsStatus::NxDomain;
                m_resolverAnswered = true;
                break;
            case QDnsLookup::ServerFailureError:
                answer.status = DnsStatus::ServerFailure;
                break;
            case QDnsLookup::ServerRefusedError:
                answer.status = DnsStatus::Refused;
                break;
            case QDnsLookup::InvalidRequestError:
                answer.status = DnsStatus::BadName;
                break;
            case QDnsLookup::InvalidReplyError:
                unclear = true;
                break;
            default:
                answer.status = DnsStatus::NoAnswer;
                break;
            }
        }
        lookup->deleteLater();
        if (generation == m_generation)
            job.done(answer, unclear);
        if (generation == m_generation)
            startNext();
    };
    connect(lookup, &QDnsLookup::finished, this, [finish] { finish(false); });
    connect(timer, &QTimer::timeout, this, [finish] { finish(true); });
    timer->start(std::max(1, remainingMs()));
    lookup->lookup();
}

} // namespace SmtpDoctor
