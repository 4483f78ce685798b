#include "core/checks/serverstep.h"

#include "core/checks/failurefindings.h"
#include "core/checks/portsweep.h"
#include "core/i18n/textcut.h"
#include "core/settings/portpolicy.h"
#include "core/smtp/smtpsession.h"

namespace SmtpDoctor {

namespace {

const char* const Ctx = "ServerStep";

// "465, 587 and 25" is not needed: the list is read as numbers in any language.
QString portList(const QList<quint16>& ports)
{
    QStringList out;
    for (const quint16 p : ports)
        out << QString::number(p);
    return out.join(QStringLiteral(", "));
}

} // namespace

bool isImplicitTlsHandshakeFailure(const SessionFailure& f)
{
    return f.kind == SessionFailure::Kind::TlsHandshakeFailed && f.state == SessionState::TlsHandshake;
}

Endpoint ServerStep::userEndpoint() const
{
    return PortPolicy::endpointFor(m_ctx.settings().port, m_ctx.settings().security);
}

void ServerStep::run()
{
    const bool automatic = m_ctx.settings().port == 0;
    // The runner's: background probes outlive this step (the interference step reads them).
    m_sweep = m_ctx.sweep;
    connect(m_sweep, &PortSweep::probeFinished, this, &ServerStep::evaluate);
    if (automatic) {
        emit activity(
            { Ctx, QT_TRANSLATE_NOOP("ServerStep", "Trying the usual mail ports of %1 (465, 587, 25, 2525)…"),
                { m_ctx.settings().shownHost() } });
        for (const Endpoint& e : PortPolicy::candidates(m_ctx.settings().security))
            m_candidates << m_sweep->add(e);
    } else {
        emit activity({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "Connecting to %1 port %2…"),
            { m_ctx.settings().shownHost(), QString::number(m_ctx.settings().port) } });
        m_main = m_sweep->add(userEndpoint());
    }
    // Port 25 is always probed (the provider's block shows only there), the others for comparison.
    for (const Endpoint& e : PortPolicy::candidates(Security::Auto)) {
        bool same = false;
        for (const PortProbeResult& r : m_sweep->results())
            same = same
                || (r.endpoint.port == e.port
                    && (r.endpoint.security == Security::Tls) == (e.security == Security::Tls));
        if (!same)
            m_sweep->add(e, true);
    }
    m_starting = false;
    evaluate();
}

void ServerStep::cancel()
{
    if (m_sweep)
        m_sweep->cancel();
}

void ServerStep::evaluate()
{
    if (m_starting || m_decided)
        return;
    if (m_evaluating) {
        m_again = true; // a probe finished while deciding: look again afterwards
        return;
    }
    m_evaluating = true;
    do {
        m_again = false;
        m_decided = m_ctx.settings().port == 0 ? decideAutomatic() : decideUserPort();
    } while (m_again && !m_decided);
    m_evaluating = false;
}

bool ServerStep::decideAutomatic()
{
    const QList<PortProbeResult>& results = m_sweep->results();
    // The most preferred candidate that works end to end wins as soon as every better one has failed.
    // A STARTTLS candidate is asked to start TLS first (PortSweep::checkTls): greeting is not enough.
    // One that shows a certificate this computer cannot trust, or where encryption fails, is kept only
    // as the fallback: a later candidate that works with a verified certificate beats it.
    int untrusted = -1; // the fallback
    for (const int i : std::as_const(m_candidates)) {
        if (!m_sweep->isDone(i))
            return false;
        const PortProbeResult& r = results[i];
        if (!r.ok || (r.endpoint.security == Security::StartTls && !r.capabilities.startTls()))
            continue;
        if (r.endpoint.security == Security::None) {
            if (untrusted >= 0)
                continue;
            passWith(r);
            return true;
        }
        if (r.endpoint.security == Security::StartTls) {
            if (r.tlsCheck == PortProbeResult::TlsCheck::NotRun)
                m_sweep->checkTls(i, untrusted >= 0);
            if (r.tlsCheck == PortProbeResult::TlsCheck::NotRun
                || r.tlsCheck == PortProbeResult::TlsCheck::Running)
                return false;
        }
        const bool verified = r.tls.encrypted && r.tls.verified && !r.tlsCheckFailure;
        if (verified && untrusted < 0) {
            passWith(r);
            return true;
        }
        if (verified) {
            passInsteadOf(r, results[untrusted]);
            return true;
        }
        if (untrusted < 0)
            untrusted = i;
    }
    if (untrusted >= 0) {
        // Nothing better: the TLS step explains what is wrong there (STARTTLS already tried, if it failed).
        m_outcome.startTlsFailure = results[untrusted].tlsCheckFailure;
        passWith(results[untrusted]);
        return true;
    }
    QList<PortProbeResult> candidates;
    for (const int i : std::as_const(m_candidates))
        candidates << results[i];
    if (const PortProbeResult* fallback = PortSweep::best(candidates)) {
        passWith(*fallback);
        return true;
    }
    return failWithSuggestion({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "No mail port of %1 could be used."),
                                  { m_ctx.settings().shownHost() } },
        failureFindings(candidates), m_candidates);
}

bool ServerStep::decideUserPort()
{
    if (!m_sweep->isDone(m_main))
        return false;
    const PortProbeResult mine = m_sweep->results()[m_main];
    if (mine.ok) {
        passWith(mine);
        return true;
    }
    if (m_other < 0) {
        if (const std::optional<Endpoint> other = otherSecurityFor(mine)) {
            m_other = m_sweep->indexOf(*other);
            if (m_other < 0)
                m_other = m_sweep->add(*other);
        }
    }
    if (m_other >= 0) {
        if (!m_sweep->isDone(m_other))
            return false;
        const PortProbeResult other = m_sweep->results()[m_other];
        if (other.ok) {
            m_outcome.mismatchedEndpoint = mine.endpoint;
            passWith(other);
            return true;
        }
        if (isImplicitTlsHandshakeFailure(mine.failure)) {
            // TCP works; the TLS step explains the handshake failure.
            m_outcome.implicitTlsFailure = mine.failure;
            finish(StepStatus::Pass,
                { Ctx, QT_TRANSLATE_NOOP("ServerStep", "%1 accepts connections on port %2."),
                    { m_ctx.settings().shownHost(), QString::number(mine.endpoint.port) } });
            return true;
        }
    }
    if (!m_sweep->isFinished())
        emit activity(
            { Ctx, QT_TRANSLATE_NOOP("ServerStep", "Port %1 does not work; trying the other mail ports…"),
                { QString::number(mine.endpoint.port) } });
    for (int i = 0; i < m_sweep->results().size(); ++i)
        if (!m_sweep->isDone(i))
            return false;
    return failWithSuggestion({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "%1 could not be used on port %2."),
                                  { m_ctx.settings().shownHost(), QString::number(mine.endpoint.port) } },
        { failureFinding(mine) }, { m_main, m_other });
}

bool ServerStep::failWithSuggestion(
    const LocalizedText& summary, QList<Finding> findings, const QList<int>& excluded)
{
    // Wait for the ports that may still turn out to work: a suggestion needs them.
    QList<PortProbeResult> others;
    for (int i = 0; i < m_sweep->results().size(); ++i) {
        if (excluded.contains(i))
            continue;
        if (!m_sweep->isDone(i))
            return false;
        others << m_sweep->results()[i];
    }
    if (const PortProbeResult* best = PortSweep::best(others)) {
        const PortProbeResult chosen = *best;
        m_outcome.endpoint = chosen.endpoint;
        // The failing port named is the user's, or the most preferred automatic candidate.
        const quint16 failing = m_sweep->results()[excluded.first()].endpoint.port;
        findings.append(Finding::make(FindingId::ServerPortSuggestion,
            { m_ctx.settings().shownHost(), QString::number(failing), QString::number(chosen.endpoint.port),
                securityLabel(chosen.endpoint.security) }));
    }
    finish(StepStatus::Fail, summary, findings);
    return true;
}

void ServerStep::passInsteadOf(const PortProbeResult& result, const PortProbeResult& untrusted)
{
    QStringList problems;
    for (const QSslError& e : untrusted.tls.errors)
        if (!problems.contains(e.errorString()))
            problems << e.errorString();
    if (untrusted.tlsCheckFailure && !untrusted.tlsCheckFailure->detail.isEmpty())
        problems << untrusted.tlsCheckFailure->detail;
    Finding f = Finding::make(FindingId::ServerPortSuggestion,
        { m_ctx.settings().shownHost(), QString::number(untrusted.endpoint.port),
            QString::number(result.endpoint.port), securityLabel(result.endpoint.security) });
    if (untrusted.tlsCheckFailure)
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("ServerStep",
                "Port %1 answers, but the connection could not be encrypted there, so no password should "
                "go there. Port %2 encrypts the connection and shows a certificate that was verified."),
            { QString::number(untrusted.endpoint.port), QString::number(result.endpoint.port) } });
    else
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("ServerStep",
                "Port %1 answers, but shows a certificate this computer cannot trust, so no password should go "
                "there. Port %2 shows a certificate that was verified."),
            { QString::number(untrusted.endpoint.port), QString::number(result.endpoint.port) } });
    f.withDetail({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "Port %1, technical detail: %2"),
        { QString::number(untrusted.endpoint.port),
            makeControlCharactersVisible(problems.join(QStringLiteral("; "))) } });
    passWith(result, { f });
}

void ServerStep::passWith(const PortProbeResult& result, const QList<Finding>& findings)
{
    m_outcome.endpoint = result.endpoint;
    const QString greeting = shortenedText(result.greeting.firstLine(), 120, u"…");
    const LocalizedText summary { Ctx, QT_TRANSLATE_NOOP("ServerStep", "%1 answers on port %2 (%3): \"%4\""),
        { m_ctx.settings().shownHost(), QString::number(result.endpoint.port),
            securityLabel(result.endpoint.security), greeting } };
    finish(statusFor(findings), summary, findings);
}

std::optional<Endpoint> ServerStep::otherSecurityFor(const PortProbeResult& r) const
{
    using K = SessionFailure::Kind;
    const quint16 port = r.endpoint.port;
    // TLS from the start against a plain port fails the handshake; plain text against a TLS port meets
    // silence (or, after our probe line, a closed connection).
    if (isImplicitTlsHandshakeFailure(r.failure))
        return Endpoint { port, Security::StartTls };
    if (r.endpoint.security == Security::Tls)
        return std::nullopt;
    const bool silent = r.failure.kind == K::Silent && !r.failure.reply.isValid();
    const bool tlsAnswered = r.failure.kind == K::NotSmtp && r.failure.otherProtocol == QLatin1String("TLS");
    const bool closedAfterProbe = r.failure.kind == K::Reset && r.silenceProbed;
    if (silent || tlsAnswered || closedAfterProbe)
        return Endpoint { port, Security::Tls };
    return std::nullopt;
}

QList<Finding> ServerStep::failureFindings(const QList<PortProbeResult>& results) const
{
    // One finding for all ports that failed the same simple way ("refused on 465, 587, 25, 2525").
    using K = SessionFailure::Kind;
    QList<Finding> findings;
    QList<quint16> refused, filtered;
    qint64 longestWait = 0;
    for (const PortProbeResult& r : results) {
        if (r.failure.kind == K::Refused) {
            refused << r.endpoint.port;
        } else if (r.failure.kind == K::Timeout && r.failure.state == SessionState::Connecting) {
            filtered << r.endpoint.port;
            longestWait = std::max(longestWait, r.durationMs);
        } else {
            findings << failureFinding(r);
        }
    }
    const QString host = m_ctx.settings().shownHost();
    if (!refused.isEmpty())
        findings.prepend(Finding::make(FindingId::ServerRefused, { host, portList(refused) }));
    if (!filtered.isEmpty()) {
        const qint64 seconds = std::min<qint64>((longestWait + 500) / 1000, m_ctx.settings().timeoutSeconds);
        findings.prepend(Finding::make(FindingId::ServerTimeout,
            { host, portList(filtered), QString::number(std::max<qint64>(1, seconds)) }));
    }
    return findings;
}

Finding ServerStep::failureFinding(const PortProbeResult& r) const
{
    using K = SessionFailure::Kind;
    const QString host = m_ctx.settings().shownHost();
    const QString port = QString::number(r.endpoint.port);
    // The wait that actually happened: shorter than the timeout when other ports showed the host answers.
    const qint64 waited = std::min<qint64>((r.durationMs + 500) / 1000, m_ctx.settings().timeoutSeconds);
    const QString seconds
        = QString::number(r.failure.state == SessionState::Connecting ? std::max<qint64>(1, waited)
                                                                      : m_ctx.settings().timeoutSeconds);
    Finding f;
    if (r.tls.encrypted && r.failure.kind != K::TlsHandshakeFailed) {
        // TLS from the start worked; the server's answer over it is what failed.
        return afterHandshakeFinding(r.failure, host, r.endpoint.port, r.tls.protocol);
    }
    switch (r.failure.kind) {
    case K::Refused:
        f = Finding::make(FindingId::ServerRefused, { host, port });
        break;
    case K::Timeout:
    case K::NetworkError:
    case K::HostNotFound:
        f = Finding::make(FindingId::ServerTimeout, { host, port, seconds });
        break;
    case K::Silent:
        f = Finding::make(FindingId::ServerSilent, { host, port, seconds });
        break;
    case K::TlsHandshakeFailed:
        f = handshakeFailureFinding(r.failure, host, r.endpoint.port);
        break;
    default:
        f = serverAnswerFinding(r.failure, host, r.endpoint.port);
        break;
    }
    f.withReply(r.failure.reply);
    if (r.failure.kind == K::Silent && r.failure.reply.isValid())
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("ServerStep",
                "The server on port %1 greeted only after a long pause, even when asked a second time."),
            { port } });
    else if (r.silenceProbed && r.failure.kind != K::NotSmtp)
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("ServerStep",
                "Port %1 accepted the connection but never answered, not even when SMTP Doctor spoke first. A mail server greets you as soon as you connect."),
            { port } });
    if (!r.failure.detail.isEmpty() && r.failure.kind != K::NotSmtp)
        f.withDetail({ Ctx, QT_TRANSLATE_NOOP("ServerStep", "Port %1, technical detail: %2"),
            { port, r.failure.detail } });
    return f;
}

} // namespace SmtpDoctor
