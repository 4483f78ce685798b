#include "core/autodetect/autodetector.h"

#include "core/autodetect/autoconfigclient.h"
#include "core/autodetect/dnsdiscovery.h"
#include "core/autodetect/providertable.h"

#include <QTimer>

#include <algorithm>

namespace SmtpDoctor {

namespace {

// Lower is better. A confirmed table entry beats what a domain publishes about itself only because
// the big providers publish nothing; unconfirmed entries and plain connections come late.
int rankOf(const DetectedServer& s)
{
    int rank = 0;
    switch (s.source) {
    case DetectionSource::ProviderTable: rank = s.unverified ? 40 : 0; break;
    case DetectionSource::Autoconfig: rank = 10; break;
    case DetectionSource::Srv: rank = 20; break;
    case DetectionSource::ProviderByMx: rank = s.unverified ? 45 : 30; break;
    case DetectionSource::Mx: rank = 60; break;
    }
    if (s.security == Security::None)
        rank += 50;
    return rank;
}

} // namespace

bool isSpecialUseDomain(const QString& domain)
{
    for (const char* exact : { "example.com", "example.net", "example.org" })
        if (domain == QLatin1String(exact) || domain.endsWith(QLatin1Char('.') + QLatin1String(exact)))
            return true;
    // Not "test": RFC 6761 (6.2) asks applications to treat test names like any other name, and test
    // networks (and SMTP Doctor's own tests) serve them from their own DNS.
    for (const char* tld : { "example", "invalid", "localhost", "local" })
        if (domain == QLatin1String(tld) || domain.endsWith(QLatin1Char('.') + QLatin1String(tld)))
            return true;
    return false;
}

namespace {

DetectedServer mxHint(const QString& mxHost, const QString& domain)
{
    DetectedServer s;
    s.source = DetectionSource::Mx;
    s.origin = QStringLiteral("%1 MX %2").arg(domain, mxHost);
    s.host = mxHost;
    s.notes.append(LocalizedText { "Autodetect", QT_TRANSLATE_NOOP("Autodetect", "%1 is the server that receives mail for %2. Such servers often do not take mail from your mail program, so this is only a guess: your provider's guide names the server for sending."), { mxHost, domain } });
    return s;
}

} // namespace

Autodetector::Autodetector(QObject* parent)
    : QObject(parent)
{
}

Autodetector::~Autodetector() = default;

std::optional<DetectedServer> Autodetector::best() const
{
    if (m_results.isEmpty())
        return std::nullopt;
    return m_results.first();
}

QList<LocalizedText> Autodetector::providerNotes() const
{
    return m_provider ? ProviderTable::notesFor(*m_provider) : QList<LocalizedText> {};
}

void Autodetector::start(const QString& email)
{
    cancel();
    m_email = email.trimmed();
    m_domain = domainOf(m_email);
    m_results.clear();
    m_log.clear();
    m_provider = ProviderTable::forDomain(m_domain);
    m_running = true;
    m_pending = 0;
    if (m_domain.isEmpty()) {
        m_log << QStringLiteral("autodetect: \"%1\" has no domain").arg(m_email);
        QTimer::singleShot(0, this, [this] { m_pending = 1; sourceDone(); });
        return;
    }
    if (m_provider) {
        addTableResults(*m_provider, DetectionSource::ProviderTable);
        m_log << QStringLiteral("autodetect: %1 is %2 in the provider table (checked %3)")
                     .arg(m_domain, QLatin1String(m_provider->id), QLatin1String(m_provider->checked));
        // A confirmed entry is the answer; asking the network would only add noise and time.
        if (!m_results.isEmpty() && !m_results.first().unverified) {
            QTimer::singleShot(0, this, [this] { m_pending = 1; sourceDone(); });
            return;
        }
    }
    if (isSpecialUseDomain(m_domain)) {
        m_log << QStringLiteral("autodetect: %1 is a reserved example or local name; nothing is looked up").arg(m_domain);
        QTimer::singleShot(0, this, [this] { m_pending = 1; sourceDone(); });
        return;
    }
    m_pending = 2;
    m_autoconfig = new AutoconfigClient(this);
    m_autoconfig->setExtraCaCertificates(m_extraCas);
    m_autoconfig->setTimeoutMs(m_timeoutMs);
    connect(m_autoconfig, &AutoconfigClient::finished, this, [this](const QList<DetectedServer>& servers, const QStringList& log) {
        m_log << log;
        add(servers);
        sourceDone();
    });
    m_dns = new DnsDiscovery(this);
    m_dns->setTimeoutMs(m_timeoutMs);
    connect(m_dns, &DnsDiscovery::finished, this, &Autodetector::onDnsFinished);
    m_autoconfig->start(m_email);
    m_dns->start(m_domain);
}

void Autodetector::cancel()
{
    for (QObject* source : { static_cast<QObject*>(m_autoconfig), static_cast<QObject*>(m_dns) }) {
        if (!source)
            continue;
        source->disconnect(this);
        source->deleteLater();
    }
    if (m_autoconfig)
        m_autoconfig->cancel();
    if (m_dns)
        m_dns->cancel();
    m_autoconfig = nullptr;
    m_dns = nullptr;
    if (m_running) {
        m_running = false;
        emit finished();
    }
}

void Autodetector::addTableResults(const ProviderInfo& p, DetectionSource source, const QString& mxHost)
{
    const QString host = ProviderTable::hostFor(p, m_domain, mxHost);
    if (host.isEmpty())
        return;
    QList<DetectedServer> servers;
    for (const auto& [port, security] : { std::pair { p.port, p.security }, std::pair { p.altPort, p.altSecurity } }) {
        if (port == 0)
            continue;
        DetectedServer s;
        s.source = source;
        s.origin = source == DetectionSource::ProviderByMx
            ? QStringLiteral("provider table: %1 (MX %2), checked %3").arg(QLatin1String(p.id), mxHost, QLatin1String(p.checked))
            : QStringLiteral("provider table: %1, checked %2").arg(QLatin1String(p.id), QLatin1String(p.checked));
        s.providerName = QString::fromUtf8(p.name);
        s.host = host;
        s.port = port;
        s.security = security;
        s.userForm = p.userForm;
        s.unverified = p.notes & NoteUnverified;
        s.notes = ProviderTable::notesFor(p);
        servers.append(s);
    }
    add(servers);
}

void Autodetector::add(const QList<DetectedServer>& servers)
{
    for (const DetectedServer& s : servers)
        if (std::none_of(m_results.cbegin(), m_results.cend(), [&](const DetectedServer& r) { return r.sameServer(s); }))
            m_results.append(s);
    std::stable_sort(m_results.begin(), m_results.end(),
        [](const DetectedServer& a, const DetectedServer& b) { return rankOf(a) < rankOf(b); });
    if (!servers.isEmpty())
        emit resultsChanged();
}

void Autodetector::onDnsFinished(const QList<DetectedServer>& srv, const QStringList& mxHosts, const QStringList& log)
{
    m_log << log;
    add(srv);
    for (const QString& mx : mxHosts) {
        if (const ProviderInfo* p = ProviderTable::forMxHost(mx)) {
            m_log << QStringLiteral("autodetect: MX %1 belongs to %2 in the provider table").arg(mx, QLatin1String(p->id));
            addTableResults(*p, DetectionSource::ProviderByMx, mx);
            break;
        }
    }
    if (!mxHosts.isEmpty())
        add({ mxHint(mxHosts.first(), m_domain) });
    sourceDone();
}

void Autodetector::sourceDone()
{
    if (!m_running || --m_pending > 0)
        return;
    m_running = false;
    if (m_autoconfig)
        m_autoconfig->deleteLater();
    if (m_dns)
        m_dns->deleteLater();
    m_autoconfig = nullptr;
    m_dns = nullptr;
    emit finished();
}

} // namespace SmtpDoctor
