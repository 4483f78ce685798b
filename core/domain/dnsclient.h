#pragma once

#include "core/domain/dnsanswer.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class QDnsLookup;

namespace SmtpDoctor {

// Asks the system's DNS servers through QDnsLookup, without ever blocking: every query has its own
// deadline (a QTimer) and none starts after the overall deadline. At most MaxInFlight queries run at
// once (QDnsLookup has a pool of five threads for the whole program). Answers are kept for the
// run, so a name asked twice is looked up once; CNAMEs are followed (at most 8).
//
// Qt 6.4 on glibc reports "the name exists but has no such record" (NODATA) with the same
// InvalidReplyError as "no DNS server answered". Reading the first as the second would turn every
// missing record into "DNS is broken", and the second as the first would report records as missing
// that nobody could read. So an unclear reply is resolved by a witness: an ANY query for the same
// name (any DNS answer proves the server works and the name exists), and, when that is unclear too,
// whether the resolver has given any real answer in this run (or answers an NS query for the
// domain under test). Unclear replies that took a second or more are the resolver's own timeout.
class DnsClient : public QObject, public DnsResolver
{
    Q_OBJECT
public:
    static constexpr int MaxInFlight = 4;
    static constexpr int MaxCnameDepth = 8;

    explicit DnsClient(QObject* parent = nullptr);
    ~DnsClient() override;

    void setQueryTimeoutMs(int ms) { m_queryTimeoutMs = ms; }
    void setOverallDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }
    // The domain under test: its NS records tell whether the resolver works at all.
    void setAnchor(const QString& domain) { m_anchor = domain; }

    void ask(const QString& name, DnsType type, QObject* context, Callback done) override;
    // Drops everything pending; no callback is called afterwards.
    void cancel();
    // The questions still waiting for an answer ("TXT _dmarc.example.com"), first asked first.
    QStringList pending() const;

    int queryCount() const { return m_queries; }
    QStringList log() const { return m_log; }

    // True once a lookup was given up on: its thread may still wait for the C library's resolver,
    // which nothing can interrupt, and QCoreApplication's destruction would wait for it.
    static bool lookupsStillRunning();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    struct Entry
    {
        bool finished = false;
        int order = 0; // when it was first asked
        DnsAnswer answer;
        QList<Waiter> waiters;
    };
    struct Job
    {
        QString name;
        DnsType type;
        std::function<void(DnsAnswer, bool unclear)> done;
    };

    void resolve(const QString& name, DnsType type, int depth, std::function<void(DnsAnswer)> done);
    void resolveUnclear(const DnsAnswer& first, std::function<void(DnsAnswer)> done);
    void whenResolverKnown(std::function<void(bool works)> done);
    void lookup(const QString& name, DnsType type, std::function<void(DnsAnswer, bool unclear)> done);
    void startNext();
    void start(const Job& job);
    void finishEntry(const QString& key, const DnsAnswer& answer);
    int remainingMs() const;

    int m_queryTimeoutMs = 10000;
    QDeadlineTimer m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    QString m_anchor;
    QHash<QString, Entry> m_entries;
    QList<Job> m_queue;
    QList<QDnsLookup*> m_running;
    int m_queries = 0;
    bool m_resolverAnswered = false;
    std::optional<bool> m_resolverWorks;
    QList<std::function<void(bool)>> m_resolverWaiters;
    QStringList m_log;
    quint64 m_generation = 0; // bumped by cancel(): late results of an older generation are dropped
};

} // namespace SmtpDoctor
