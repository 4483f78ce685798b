#include "core/autodetect/dnsdiscovery.h"

#include "core/settings/inputvalidation.h"

#include <QDnsLookup>
#include <QTimer>

namespace SmtpDoctor {

namespace {

QString withoutTrailingDot(QString name)
{
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

bool isUsableHost(const QString& host)
{
    HostInput parsed;
    return !host.isEmpty() && parseHostInput(host, &parsed).isEmpty() && !parsed.port;
}

} // namespace

DnsDiscovery::DnsDiscovery(QObject* parent)
    : QObject(parent)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        for (QDnsLookup* lookup : std::as_const(m_lookups))
            m_log << QStringLiteral("dns: %1: no answer within %2 ms").arg(lookup->name()).arg(m_timeoutMs);
        finish();
    });
}

void DnsDiscovery::start(const QString& domain)
{
    m_domain = withoutTrailingDot(domain);
    m_submissions.clear();
    m_submission.clear();
    m_mxHosts.clear();
    m_log.clear();
    m_running = true;
    const QList<std::pair<QDnsLookup::Type, QString>> queries {
        { QDnsLookup::SRV, QStringLiteral("_submissions._tcp.") + m_domain },
        { QDnsLookup::SRV, QStringLiteral("_submission._tcp.") + m_domain },
        { QDnsLookup::MX, m_domain },
    };
    for (const auto& [type, name] : queries) {
        auto* lookup = new QDnsLookup(type, name, this);
        connect(lookup, &QDnsLookup::finished, this, [this, lookup] { onLookupFinished(lookup); });
        m_lookups.append(lookup);
        lookup->lookup();
    }
    m_deadline->start(m_timeoutMs);
}

void DnsDiscovery::cancel()
{
    m_running = false;
    m_deadline->stop();
    for (QDnsLookup* lookup : std::as_const(m_lookups)) {
        lookup->disconnect(this);
        lookup->abort();
        lookup->deleteLater();
    }
    m_lookups.clear();
}

void DnsDiscovery::onLookupFinished(QDnsLookup* lookup)
{
    if (!m_running)
        return;
    m_lookups.removeAll(lookup);
    lookup->deleteLater();
    const QString name = lookup->name();
    if (lookup->error() != QDnsLookup::NoError) {
        m_log << QStringLiteral("dns: %1: %2").arg(name, lookup->errorString());
    } else if (lookup->type() == QDnsLookup::MX) {
        for (const QDnsMailExchangeRecord& mx : lookup->mailExchangeRecords()) {
            const QString host = withoutTrailingDot(mx.exchange());
            if (isUsableHost(host) && !m_mxHosts.contains(host))
                m_mxHosts << host;
        }
        m_log << QStringLiteral("dns: %1 MX: %2").arg(name, m_mxHosts.isEmpty() ? QStringLiteral("none") : m_mxHosts.join(QLatin1Char(' ')));
    } else {
        const bool implicitTls = name.startsWith(QLatin1String("_submissions."));
        QList<DetectedServer>& target = implicitTls ? m_submissions : m_submission;
        QStringList shown;
        for (const QDnsServiceRecord& srv : lookup->serviceRecords()) {
            const QString host = withoutTrailingDot(srv.target());
            shown << QStringLiteral("%1 %2 %3 %4").arg(srv.priority()).arg(srv.weight()).arg(srv.port()).arg(srv.target());
            if (host.isEmpty() || srv.port() == 0 || !isUsableHost(host))
                continue; // "." : the domain offers no such service
            DetectedServer s;
            s.source = DetectionSource::Srv;
            s.origin = QStringLiteral("%1 SRV %2 %3 %4 %5").arg(name).arg(srv.priority()).arg(srv.weight()).arg(srv.port()).arg(host);
            s.host = host;
            s.port = srv.port();
            s.security = implicitTls ? Security::Tls : Security::StartTls;
            if (std::none_of(target.cbegin(), target.cend(), [&](const DetectedServer& t) { return t.sameServer(s); }))
                target.append(s);
        }
        m_log << QStringLiteral("dns: %1 SRV: %2").arg(name, shown.isEmpty() ? QStringLiteral("none") : shown.join(QStringLiteral(", ")));
    }
    if (m_lookups.isEmpty())
        finish();
}

void DnsDiscovery::finish()
{
    if (!m_running)
        return;
    cancel();
    emit finished(m_submissions + m_submission, m_mxHosts, m_log);
}

} // namespace SmtpDoctor
