#pragma once

#include "core/autodetect/detectedserver.h"

#include <QObject>
#include <QStringList>

class QDnsLookup;
class QTimer;

namespace SmtpDoctor {

// Asks DNS about a mail domain, all at once and within one deadline:
//   _submissions._tcp.<domain> SRV  implicit TLS submission (RFC 8314)
//   _submission._tcp.<domain>  SRV  STARTTLS submission (RFC 6186)
//   <domain> MX                      the servers that receive the domain's mail (a hint only)
// A SRV target of "." means the domain says it has no such service (RFC 6186 section 3.4).
class DnsDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit DnsDiscovery(QObject* parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const QString& domain);
    void cancel();

signals:
    // Exactly once. `srv` in the order to try (submissions before submission); `mxHosts` by
    // preference; `log` one technical line per query, for the transcript.
    void finished(const QList<SmtpDoctor::DetectedServer>& srv, const QStringList& mxHosts, const QStringList& log);

private:
    void onLookupFinished(QDnsLookup* lookup);
    void finish();

    int m_timeoutMs = 10000;
    QString m_domain;
    QList<QDnsLookup*> m_lookups;
    QList<DetectedServer> m_submissions;
    QList<DetectedServer> m_submission;
    QStringList m_mxHosts;
    QStringList m_log;
    QTimer* m_deadline = nullptr;
    bool m_running = false;
};

} // namespace SmtpDoctor
