#pragma once

#include "core/autodetect/detectedserver.h"

#include <QObject>
#include <QSslCertificate>
#include <QStringList>

#include <optional>

namespace SmtpDoctor {

class AutoconfigClient;

// Names that never have real mail settings, so asking the network would only leak the query:
// example.com/.net/.org and *.example (RFC 2606), *.invalid, *.localhost (RFC 6761), *.local (RFC 6762).
// Not *.test: RFC 6761 asks applications to look those up like any other name.
bool isSpecialUseDomain(const QString& domain);
class DnsDiscovery;
struct ProviderInfo;

// Finds the outgoing server for an email address from every source at once, each within the timeout:
// the built-in provider table, the domain's autoconfig file, DNS SRV records, and the MX records
// (matched against the table's hosting companies, else offered as a last hint). A provider the table
// knows for sure needs no network at all, and neither do reserved example and local names
// (isSpecialUseDomain()). Results are ordered best first, each tagged with its source.
class Autodetector : public QObject
{
    Q_OBJECT
public:
    explicit Autodetector(QObject* parent = nullptr);
    ~Autodetector() override;

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const QString& email);
    void cancel();

    bool isRunning() const { return m_running; }
    QString email() const { return m_email; }
    const QList<DetectedServer>& results() const { return m_results; }
    std::optional<DetectedServer> best() const;
    // The table's entry for the address's domain, also when it has no server (its notes still help).
    const ProviderInfo* provider() const { return m_provider; }
    QList<LocalizedText> providerNotes() const;
    // One technical line per source asked, for the transcript.
    QStringList log() const { return m_log; }

signals:
    void resultsChanged(); // after each source that answered
    void finished();       // exactly once per start(), also after cancel()

private:
    void addTableResults(const ProviderInfo& p, DetectionSource source, const QString& mxHost = {});
    void add(const QList<DetectedServer>& servers);
    void onDnsFinished(const QList<DetectedServer>& srv, const QStringList& mxHosts, const QStringList& log);
    void sourceDone();

    QList<QSslCertificate> m_extraCas;
    int m_timeoutMs = 10000;
    QString m_email;
    QString m_domain;
    const ProviderInfo* m_provider = nullptr;
    AutoconfigClient* m_autoconfig = nullptr;
    DnsDiscovery* m_dns = nullptr;
    QList<DetectedServer> m_results;
    QStringList m_log;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace SmtpDoctor
