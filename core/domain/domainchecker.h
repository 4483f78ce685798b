#pragma once

#include "core/domain/domainreport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace SmtpDoctor {

class DnsClient;
struct ProviderRecords;

// Checks a sender domain the way receiving mail servers see it: SPF (RFC 7208) including whether
// it allows the server the user sends through, DKIM keys, DMARC (RFC 7489), MX, and the reverse
// DNS of a sending server that a reply named. Everything runs at once over one DnsClient, each
// DNS wait bounded by the request's timeout and the whole check by three times that; finished()
// comes exactly once, with typed findings and every record that was seen.
class DomainChecker : public QObject
{
    Q_OBJECT
public:
    explicit DomainChecker(QObject* parent = nullptr);
    ~DomainChecker() override;

    // False (and nothing starts) when the request's domain is not a usable domain name.
    bool start(const DomainCheckRequest& request);
    void cancel();
    // Ends a check still under way at once, with what has arrived (the lookups still open count as
    // unanswered), and emits finished(); nothing when no check is running.
    void finishNow() { finish(false); }
    bool isRunning() const { return m_running; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    const DomainReport& report() const { return m_report; }

    // The addresses a pasted reply names as the sending server (the lines of a 5.7.25 or other
    // reverse-DNS complaint), at most four.
    static QList<QHostAddress> sendingAddressesIn(const QString& text);

signals:
    void finished(const SmtpDoctor::DomainReport& report);

private:
    void begin() { ++m_pending; }
    void done();
    void lookupDomain();
    void lookupMx();
    void lookupAddresses(const QString& host, std::function<void(const DnsAnswer&)> use);
    void lookupDmarc(const QString& domain, int step);
    void lookupServer();
    void lookupDkim(const QString& selector, const QString& domain, SelectorOrigin origin);
    void lookupPtr(const QHostAddress& address);
    void providerDecided(const ProviderRecords* provider, bool fromMx);
    void openSpfGate();
    void checkSpf();
    void noteUnanswered(const DnsAnswer& answer);
    void finish(bool complete);

    DomainCheckRequest m_request;
    DomainReport m_report;
    DnsClient* m_dns = nullptr;
    QTimer m_safety;
    QElapsedTimer m_clock;
    int m_pending = 0;
    int m_spfGate = 0;
    bool m_running = false;
};

} // namespace SmtpDoctor
