#include "core/checks/portsweep.h"

#include "core/smtp/smtpsession.h"

namespace SmtpDoctor {

PortSweep::PortSweep(const CheckContext& context, const QList<Endpoint>& endpoints, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
{
    for (const Endpoint& e : endpoints) {
        PortProbeResult r;
        r.endpoint = e;
        m_results.append(r);
    }
}

PortSweep::~PortSweep()
{
    for (SmtpSession* s : qAsConst(m_sessions))
        if (s && s->parent() == this)
            s->abort();
}

void PortSweep::start()
{
    m_pending = int(m_results.size());
    m_done = QList<bool>(m_results.size(), false);
    m_clock.start();
    for (int i = 0; i < m_results.size(); ++i) {
        auto* session = new SmtpSession(m_ctx.sessionConfig(m_results[i].endpoint), m_ctx.transcript, this);
        m_sessions.append(session);
        connect(session, &SmtpSession::finished, this, [this, i](bool ok) { onSessionFinished(i, ok); });
        session->open();
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &PortSweep::finished, Qt::QueuedConnection);
}

void PortSweep::cancel()
{
    for (SmtpSession* s : qAsConst(m_sessions))
        if (s && s->parent() == this)
            s->abort();
    m_pending = 0;
}

void PortSweep::onSessionFinished(int index, bool ok)
{
    SmtpSession* session = m_sessions[index];
    PortProbeResult& r = m_results[index];
    if (m_done[index] || m_pending == 0)
        return; // a QUIT finishing later
    m_done[index] = true;
    disconnect(session, &SmtpSession::finished, this, nullptr);
    r.ok = ok;
    r.failure = session->failure();
    r.greeting = session->greeting();
    r.capabilities = session->capabilities();
    r.connectMs = session->connectMs();
    r.durationMs = m_clock.elapsed();
    if (--m_pending == 0)
        emit finished();
}

SmtpSession* PortSweep::take(const Endpoint& endpoint)
{
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results[i].endpoint == endpoint && m_results[i].ok && m_sessions[i]->parent() == this) {
            m_sessions[i]->setParent(nullptr);
            return m_sessions[i];
        }
    }
    return nullptr;
}

void PortSweep::closeRest()
{
    for (SmtpSession* s : qAsConst(m_sessions))
        if (s->parent() == this && s->isReady())
            s->quit();
}

QList<Endpoint> PortSweep::standardEndpoints(Security security)
{
    switch (security) {
    case Security::Tls: return { { 465, Security::Tls } };
    case Security::StartTls: return { { 587, Security::StartTls }, { 25, Security::StartTls }, { 2525, Security::StartTls } };
    case Security::None: return { { 587, Security::None }, { 25, Security::None }, { 2525, Security::None } };
    case Security::Auto: break;
    }
    return { { 465, Security::Tls }, { 587, Security::StartTls }, { 25, Security::StartTls }, { 2525, Security::StartTls } };
}

const PortProbeResult* PortSweep::best(const QList<PortProbeResult>& results)
{
    // Preference order is the candidates' order, but a port that offers STARTTLS beats one that does not.
    const PortProbeResult* fallback = nullptr;
    for (const PortProbeResult& r : results) {
        if (!r.ok)
            continue;
        if (r.endpoint.security != Security::StartTls || r.capabilities.startTls())
            return &r;
        if (!fallback)
            fallback = &r;
    }
    return fallback;
}

} // namespace SmtpDoctor
