#include "core/checks/interferencestep.h"

#include "core/checks/interferencedetectors.h"
#include "core/checks/portsweep.h"
#include "core/network/reachabilityprobe.h"
#include "core/network/sweeptiming.h"
#include "core/settings/portpolicy.h"
#include "core/smtp/smtpsession.h"

namespace SmtpDoctor {

namespace {
const char* const Ctx = "InterferenceStep";
}

void InterferenceStep::run()
{
    emit activity({ Ctx,
        QT_TRANSLATE_NOOP(
            "InterferenceStep", "Looking for firewalls, proxies and security programs in between…") });
    PortSweep* sweep = m_ctx.sweep;
    m_cap.setSingleShot(true);
    connect(&m_cap, &QTimer::timeout, this, &InterferenceStep::judge);
    const int timeoutMs = m_ctx.settings().timeoutMs();
    int capMs = timeoutMs;
    if (sweep && sweep->slowestAnswerMs() >= 0) {
        // Counted from the sweep's start: twice the filtered bound is enough for any port that answers.
        const qint64 bound = filteredBoundMs(sweep->slowestAnswerMs(), timeoutMs);
        capMs = int(std::clamp<qint64>(2 * bound - sweep->elapsedMs(), 0, timeoutMs));
    }
    if (sweep) {
        connect(sweep, &PortSweep::probeFinished, this, &InterferenceStep::waitOrJudge);
        const NetworkOutcome& network = m_ctx.earlier.network;
        if (sweep->isFinished() && everyPortAccepted() && !network.addresses.isEmpty()) {
            // Every mail port accepted: check one that nothing should accept.
            const QHostAddress address = network.connectAddress.value_or(network.addresses.first());
            m_canary = new ReachabilityProbe({ address }, { CanaryPort }, timeoutMs,
                filteredBoundMs(sweep->slowestAnswerMs(), timeoutMs), this);
            connect(m_canary, &ReachabilityProbe::finished, this, &InterferenceStep::waitOrJudge);
            m_canary->start();
        }
    }
    m_cap.start(capMs);
    waitOrJudge();
}

void InterferenceStep::cancel()
{
    m_judged = true;
    m_cap.stop();
    if (m_canary)
        m_canary->cancel();
}

bool InterferenceStep::everyPortAccepted() const
{
    const PortSweep* sweep = m_ctx.sweep;
    if (!sweep || sweep->results().size() < 4)
        return false;
    for (const PortProbeResult& r : sweep->results())
        if (!r.connected)
            return false;
    return true;
}

bool InterferenceStep::stillNeeded() const
{
    if (m_canary && !m_canary->isFinished())
        return true;
    const PortSweep* sweep = m_ctx.sweep;
    if (!sweep || sweep->isFinished())
        return false;
    const QList<PortProbeResult>& results = sweep->results();
    bool haveClear = false, haveEncrypted = m_ctx.session && m_ctx.session->tls().encrypted;
    for (int i = 0; i < results.size(); ++i) {
        if (!sweep->isDone(i) || !results[i].greeting.isValid())
            continue;
        if (results[i].endpoint.security == Security::Tls)
            haveEncrypted = haveEncrypted || results[i].ok;
        else
            haveClear = true;
    }
    for (int i = 0; i < results.size(); ++i) {
        if (sweep->isDone(i))
            continue;
        const bool implicitTls = results[i].endpoint.security == Security::Tls;
        if (results[i].endpoint.port == PortPolicy::RelayPort && !sweep->isConnectSettled(i))
            return true; // the port 25 block shows only in its connection attempt
        if (implicitTls ? !haveEncrypted : !haveClear)
            return true; // the inspection comparison needs one view of each kind
    }
    return false;
}

void InterferenceStep::waitOrJudge()
{
    if (m_judged || stillNeeded())
        return;
    judge();
}

void InterferenceStep::judge()
{
    if (m_judged)
        return;
    m_judged = true;
    m_cap.stop();
    const bool canaryAccepted
        = m_canary && m_canary->isFinished() && (m_canary->ipv4().connected || m_canary->ipv6().connected);
    if (m_canary)
        m_canary->cancel();
    InterferenceInputs in;
    in.settings = m_ctx.settings();
    if (PortSweep* sweep = m_ctx.sweep) {
        sweep->disconnect(this);
        sweep->cutOff();
        in.probes = sweep->results();
    }
    const SmtpSession* session = m_ctx.session;
    if (session && m_ctx.earlier.server.endpoint)
        in.main = InterferenceInputs::MainConnection { *m_ctx.earlier.server.endpoint, session->greeting(),
            session->ehloReply(), session->capabilities(), session->tls() };
    // A refusal answers, but shows nothing of the path to judge: only a made connection does.
    bool anyConnected = in.main.has_value();
    for (const PortProbeResult& r : std::as_const(in.probes))
        anyConnected = anyConnected || r.connected;

    using namespace InterferenceDetectors;
    QList<Finding> findings;
    for (const std::optional<Finding>& f :
        { port25Block(in), esmtpInspection(in), tlsInterception(in), clockSkew(in, QDateTime::currentDateTime()) })
        if (f)
            findings << *f;
    findings += proxies(in);
    if (canaryAccepted)
        findings << transparentProxy(in, CanaryPort);

    if (findings.isEmpty() && !anyConnected) {
        skipBecause(StepId::Server);
        return;
    }
    if (findings.isEmpty()) {
        finish(StepStatus::Pass,
            { Ctx,
                QT_TRANSLATE_NOOP("InterferenceStep",
                    "Nothing between this computer and %1 seems to block or change the mail connection."),
                { m_ctx.settings().shownHost() } });
        return;
    }
    const StepStatus status = statusFor(findings);
    const LocalizedText summary = status == StepStatus::Pass
        ? LocalizedText { Ctx,
              QT_TRANSLATE_NOOP("InterferenceStep",
                  "Something in between was noticed, but it does not stop the settings that work.") }
        : LocalizedText { Ctx,
              QT_TRANSLATE_NOOP("InterferenceStep",
                  "Something between this computer and %1 blocks or changes the mail connection."),
              { m_ctx.settings().shownHost() } };
    finish(status, summary, findings);
}

} // namespace SmtpDoctor
