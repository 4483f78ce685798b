#include "core/checks/serverstep.h"

#include "core/checks/portsweep.h"
#include "core/smtp/smtpsession.h"

namespace SmtpDoctor {

namespace {

const char* const Ctx = "ServerStep";

bool isTlsHandshakeFailure(const SessionFailure& f)
{
    return f.kind == SessionFailure::Kind::TlsHandshakeFailed && f.state == SessionState::TlsHandshake;
}

} // namespace

Endpoint ServerStep::userEndpoint() const
{
    const AccountSettings& s = m_ctx.settings;
    Security security = s.security;
    if (security == Security::Auto)
        security = s.port == 465 ? Security::Tls : Security::StartTls;
    return { s.port, security };
}

void ServerStep::run()
{
    const bool automatic = m_ctx.settings.port == 0;
    const QList<Endpoint> endpoints = automatic ? PortSweep::standardEndpoints(m_ctx.settings.security)
                                                : QList<Endpoint> { userEndpoint() };
    if (automatic)
        emit activity({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "Trying the usual mail ports of %1 (465, 587, 25, 2525)…"), { m_ctx.settings.shownHost() } });
    else
        emit activity({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "Connecting to %1 port %2…"), { m_ctx.settings.shownHost(), QString::number(m_ctx.settings.port) } });
    sweep(Phase::Main, endpoints);
}

void ServerStep::cancel()
{
    if (m_sweep)
        m_sweep->cancel();
}

void ServerStep::sweep(Phase phase, const QList<Endpoint>& endpoints)
{
    m_phase = phase;
    m_sweep = new PortSweep(m_ctx, endpoints, this);
    connect(m_sweep, &PortSweep::finished, this, &ServerStep::onSweepFinished);
    m_sweep->start();
}

void ServerStep::onSweepFinished()
{
    m_ctx.probes += m_sweep->results();
    m_finishedSweeps.append(m_sweep);
    switch (m_phase) {
    case Phase::Main: onMainFinished(); break;
    case Phase::OtherSecurity: onOtherSecurityFinished(); break;
    case Phase::OtherPorts: onOtherPortsFinished(); break;
    }
}

void ServerStep::adopt(const PortProbeResult& result)
{
    m_ctx.session = m_sweep->take(result.endpoint);
    m_ctx.session->setParent(parent()); // the runner keeps it beyond this step
    m_ctx.endpoint = result.endpoint;
    for (PortSweep* s : qAsConst(m_finishedSweeps))
        s->closeRest();
}

void ServerStep::passWith(const PortProbeResult& result, QList<Finding> findings)
{
    adopt(result);
    QString greeting = result.greeting.firstLine();
    if (greeting.size() > 120)
        greeting = greeting.left(120) + QStringLiteral("…");
    findings = m_findings + findings;
    const LocalizedText summary { Ctx, QT_TRANSLATE_NOOP("ServerStep", "%1 answers on port %2 (%3): \"%4\""),
        { m_ctx.settings.shownHost(), QString::number(result.endpoint.port), securityLabel(result.endpoint.security).toString(), greeting } };
    finish(statusFor(findings), summary, findings);
}

void ServerStep::onMainFinished()
{
    const QList<PortProbeResult>& results = m_sweep->results();
    if (m_ctx.settings.port == 0) {
        if (const PortProbeResult* best = PortSweep::best(results)) {
            const PortProbeResult chosen = *best;
            passWith(chosen);
            return;
        }
        // No port works: report the most telling failure (the most preferred port's).
        QList<Finding> findings;
        for (const PortProbeResult& r : results)
            findings.append(failureFinding(r));
        finish(StepStatus::Fail, { Ctx, QT_TRANSLATE_NOOP("ServerStep", "No mail port of %1 could be used."), { m_ctx.settings.shownHost() } }, findings);
        return;
    }
    m_userResult = results.first();
    if (m_userResult.ok) {
        passWith(m_userResult);
        return;
    }
    const Endpoint mine = m_userResult.endpoint;
    // The 465/587 mix-up: TLS-from-the-start against a plain port fails the handshake; plain text
    // against a TLS port meets silence. Try the other way on the same port.
    if (isTlsHandshakeFailure(m_userResult.failure)) {
        sweep(Phase::OtherSecurity, { { mine.port, Security::StartTls } });
        return;
    }
    if (m_userResult.failure.kind == SessionFailure::Kind::Silent && mine.security != Security::Tls) {
        sweep(Phase::OtherSecurity, { { mine.port, Security::Tls } });
        return;
    }
    m_findings.append(failureFinding(m_userResult));
    QList<Endpoint> others;
    for (const Endpoint& e : PortSweep::standardEndpoints(Security::Auto))
        if (e.port != mine.port)
            others.append(e);
    emit activity({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "Port %1 does not work; trying the other mail ports…"), { QString::number(mine.port) } });
    sweep(Phase::OtherPorts, others);
}

void ServerStep::onOtherSecurityFinished()
{
    const PortProbeResult other = m_sweep->results().first();
    if (other.ok) {
        m_ctx.mismatchedEndpoint = m_userResult.endpoint;
        passWith(other);
        return;
    }
    if (isTlsHandshakeFailure(m_userResult.failure)) {
        // TCP works; the TLS step explains the handshake failure.
        m_ctx.implicitTlsFailure = m_userResult.failure;
        finish(StepStatus::Pass, { Ctx, QT_TRANSLATE_NOOP("ServerStep", "%1 accepts connections on port %2."),
            { m_ctx.settings.shownHost(), QString::number(m_userResult.endpoint.port) } });
        return;
    }
    m_findings.append(failureFinding(m_userResult));
    QList<Endpoint> others;
    for (const Endpoint& e : PortSweep::standardEndpoints(Security::Auto))
        if (e.port != m_userResult.endpoint.port)
            others.append(e);
    sweep(Phase::OtherPorts, others);
}

void ServerStep::onOtherPortsFinished()
{
    const PortProbeResult* best = PortSweep::best(m_sweep->results());
    const LocalizedText summary { Ctx, QT_TRANSLATE_NOOP("ServerStep", "%1 could not be used on port %2."),
        { m_ctx.settings.shownHost(), QString::number(m_userResult.endpoint.port) } };
    if (!best) {
        finish(StepStatus::Fail, summary, m_findings);
        return;
    }
    const PortProbeResult chosen = *best;
    adopt(chosen);
    m_findings.append(Finding::make(QStringLiteral("server.port-suggestion"),
        { m_ctx.settings.shownHost(), QString::number(m_userResult.endpoint.port), QString::number(chosen.endpoint.port),
            securityLabel(chosen.endpoint.security).toString() }));
    finish(StepStatus::Fail, summary, m_findings);
}

Finding ServerStep::failureFinding(const PortProbeResult& r) const
{
    using K = SessionFailure::Kind;
    const QString host = m_ctx.settings.shownHost();
    const QString port = QString::number(r.endpoint.port);
    const QString seconds = QString::number(m_ctx.settings.timeoutSeconds);
    Finding f;
    switch (r.failure.kind) {
    case K::Refused: f = Finding::make(QStringLiteral("server.refused"), { host, port }); break;
    case K::Timeout:
    case K::NetworkError:
    case K::HostNotFound: f = Finding::make(QStringLiteral("server.timeout"), { host, port, seconds }); break;
    case K::Reset:
    case K::ClosedByServer: f = Finding::make(QStringLiteral("server.reset"), { host, port }); break;
    case K::Silent: f = Finding::make(QStringLiteral("server.silent"), { host, port, seconds }); break;
    case K::NotSmtp: f = Finding::make(QStringLiteral("server.not-smtp"), { host, port, r.failure.otherProtocol }); break;
    case K::GreetingRejected: f = Finding::make(QStringLiteral("server.greeting-rejected"), { host }); break;
    case K::HeloRejected: f = Finding::make(QStringLiteral("server.helo-rejected"), { host }); break;
    case K::TlsHandshakeFailed:
        f = Finding::make(QStringLiteral("tls.handshake-failed"), { host, r.failure.detail });
        break;
    default: f = Finding::make(QStringLiteral("server.protocol-error"), { host }); break;
    }
    f.withReply(r.failure.reply);
    if (!r.failure.detail.isEmpty() && r.failure.kind != K::NotSmtp)
        f.withDetail({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "Port %1, technical detail: %2"), { port, r.failure.detail } });
    return f;
}

} // namespace SmtpDoctor
