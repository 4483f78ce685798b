#include "core/checks/portsweep.h"

#include "core/network/sweeptiming.h"
#include "core/settings/portpolicy.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

namespace SmtpDoctor {

PortSweep::PortSweep(const ConnectionTarget& target, qint64 hostSilentMs, Transcript* transcript, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_transcript(transcript)
    , m_timeoutMs(target.settings.timeoutMs())
    , m_hostSilentMs(hostSilentMs)
{
    m_clock.start();
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &PortSweep::checkConnectDeadlines);
}

PortSweep::~PortSweep()
{
    for (const QPointer<SmtpSession>& s : std::as_const(m_sessions)) {
        if (s && s->parent() == this) {
            s->disconnect(this);
            s->abort();
        }
    }
}

int PortSweep::indexOf(const Endpoint& endpoint) const
{
    for (int i = 0; i < m_results.size(); ++i)
        if (m_results[i].endpoint == endpoint)
            return i;
    return -1;
}

bool PortSweep::isFinished() const
{
    return !m_done.contains(false);
}

bool PortSweep::isConnectSettled(int index) const
{
    return m_connectSettled.value(index, true) || isDone(index);
}

int PortSweep::add(const Endpoint& endpoint, bool background)
{
    const int existing = indexOf(endpoint);
    if (existing >= 0) {
        m_results[existing].background = m_results[existing].background && background;
        return existing;
    }
    PortProbeResult r;
    r.endpoint = endpoint;
    r.background = background;
    const int index = int(m_results.size());
    m_results.append(r);
    m_sessions.append(nullptr);
    m_done.append(false);
    m_connectSettled.append(false);
    m_retried.append(false);
    m_startedMs.append(m_clock.elapsed());
    startSession(index, true);
    return index;
}

void PortSweep::startSession(int index, bool silenceProbe)
{
    SessionConfig config = sessionConfigFor(m_target, m_results[index].endpoint);
    config.silenceProbeMs = silenceProbe && !config.implicitTls ? silenceProbeMs(m_timeoutMs) : 0;
    if (SmtpSession* old = m_sessions[index]) {
        old->disconnect(this);
        old->deleteLater();
    }
    auto* session = new SmtpSession(config, m_transcript, this);
    m_sessions[index] = session;
    connect(session, &SmtpSession::stateChanged, this,
        [this, index](SessionState s) { onStateChanged(index, s); });
    connect(session, &SmtpSession::finished, this, [this, index](bool ok) { onSessionFinished(index, ok); });
    session->open();
    checkConnectDeadlines();
}

void PortSweep::onStateChanged(int index, SessionState state)
{
    if (state == SessionState::Idle || state == SessionState::Connecting || state == SessionState::Closed)
        return;
    m_results[index].connected = true;
    if (!m_connectSettled[index])
        noteAnswer(index);
}

void PortSweep::noteAnswer(int index)
{
    m_connectSettled[index] = true;
    const qint64 ms = m_clock.elapsed() - m_startedMs[index];
    if (m_results[index].connectMs < 0)
        m_results[index].connectMs = ms;
    m_slowestAnswerMs = std::max(m_slowestAnswerMs, ms);
    checkConnectDeadlines();
}

void PortSweep::checkConnectDeadlines()
{
    // The silent ports' wait ends early once the host is known to answer (or was waited for already).
    qint64 limit = -1;
    if (m_slowestAnswerMs >= 0)
        limit = filteredBoundMs(m_slowestAnswerMs, m_timeoutMs);
    if (m_hostSilentMs > 0) {
        const qint64 rest = std::max<qint64>(0, m_timeoutMs - m_hostSilentMs);
        limit = limit < 0 ? rest : std::min(limit, rest);
    }
    if (limit < 0)
        return;
    const qint64 now = m_clock.elapsed();
    QList<int> due;
    qint64 next = -1;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_done[i] || m_connectSettled[i])
            continue;
        const qint64 deadline = m_startedMs[i] + limit;
        if (now >= deadline)
            due.append(i);
        else if (next < 0 || deadline < next)
            next = deadline;
    }
    if (next >= 0)
        m_connectTimer.start(int(next - now));
    for (const int i : std::as_const(due)) {
        if (m_done[i] || m_connectSettled[i])
            continue;
        SmtpSession* s = m_sessions[i];
        s->disconnect(this);
        s->abort();
        PortProbeResult& r = m_results[i];
        r.failure.kind = SessionFailure::Kind::Timeout;
        r.failure.state = SessionState::Connecting;
        r.failure.detail = m_slowestAnswerMs >= 0
            ? QStringLiteral(
                "no answer to the connection attempt within %1 ms, while other ports of the server answered")
                  .arg(limit)
            : QStringLiteral(
                "no answer to the connection attempt; the server had not answered for %1 ms already")
                  .arg(m_hostSilentMs + limit);
        r.durationMs = now - m_startedMs[i];
        if (m_transcript)
            m_transcript->addInfo(
                QStringLiteral("Stopped: timeout (%1): taken as filtered").arg(r.failure.detail),
                s->connectionLabel());
        complete(i);
    }
}

void PortSweep::onSessionFinished(int index, bool ok)
{
    if (m_done[index])
        return; // a QUIT finishing later
    SmtpSession* session = m_sessions[index];
    const SessionFailure& failure = session->failure();
    if (!m_connectSettled[index]) {
        if (failure.kind == SessionFailure::Kind::Refused)
            noteAnswer(index); // a refusal is an answer from the host
        else
            m_connectSettled[index] = true;
    }
    PortProbeResult& r = m_results[index];
    r.silenceProbed = r.silenceProbed || session->silenceProbeSent();
    if (!ok && failure.kind == SessionFailure::Kind::Silent && failure.reply.isValid() && !m_retried[index]) {
        // An SMTP server that is only slow to greet: ask again, this time waiting in silence.
        m_retried[index] = true;
        if (m_transcript)
            m_transcript->addInfo(
                QStringLiteral("The server greets slowly; connecting again without a probe line"),
                session->connectionLabel());
        startSession(index, false);
        return;
    }
    session->disconnect(this);
    r.ok = ok;
    r.failure = failure;
    r.greeting = session->greeting();
    r.ehloReply = session->ehloReply();
    r.usedHelo = session->usedHelo();
    r.capabilities = session->capabilities();
    r.tls = session->tls();
    r.durationMs = m_clock.elapsed() - m_startedMs[index];
    if (ok && m_closing && session->parent() == this)
        session->quit();
    complete(index);
}

void PortSweep::complete(int index)
{
    m_done[index] = true;
    emit probeFinished(index);
    if (isFinished()) {
        m_connectTimer.stop();
        emit finished();
    }
}

void PortSweep::cancel()
{
    m_connectTimer.stop();
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (SmtpSession* s = m_sessions[i]; s && s->parent() == this) {
            s->disconnect(this);
            s->abort();
        }
        m_done[i] = true;
    }
}

void PortSweep::cutOff()
{
    const qint64 now = m_clock.elapsed();
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_done[i])
            continue;
        SmtpSession* s = m_sessions[i];
        s->disconnect(this);
        PortProbeResult& r = m_results[i];
        r.failure.state = s->state();
        r.cutOff = true;
        if (s->greeting().isValid())
            r.greeting = s->greeting(); // it greeted; only its answer to EHLO was still on its way
        r.silenceProbed = r.silenceProbed || s->silenceProbeSent();
        r.failure.kind = s->state() == SessionState::Greeting && !s->greeting().isValid()
            ? SessionFailure::Kind::Silent
            : SessionFailure::Kind::Timeout;
        r.failure.detail = QStringLiteral("still unfinished after %1 ms (%2) when the check ended")
                               .arg(now - m_startedMs[i])
                               .arg(sessionStateName(s->state()));
        r.durationMs = now - m_startedMs[i];
        if (m_transcript)
            m_transcript->addInfo(QStringLiteral("Stopped: %1").arg(r.failure.detail), s->connectionLabel());
        s->abort();
        complete(i);
    }
}

void PortSweep::checkTls(int index, bool afterUntrusted)
{
    PortProbeResult& r = m_results[index];
    SmtpSession* s = m_sessions.value(index);
    if (r.tlsCheck != PortProbeResult::TlsCheck::NotRun)
        return;
    if (!r.ok || !s || s->parent() != this || !s->isReady() || r.endpoint.security != Security::StartTls
        || !r.capabilities.startTls()) {
        r.tlsCheck = PortProbeResult::TlsCheck::Failed;
        QTimer::singleShot(0, this, [this, index] { emit probeFinished(index); });
        return;
    }
    r.tlsCheck = PortProbeResult::TlsCheck::Running;
    if (m_transcript)
        m_transcript->addInfo(afterUntrusted
                ? QStringLiteral("A more preferred port's certificate cannot be trusted; trying STARTTLS here")
                : QStringLiteral("Trying STARTTLS here before choosing this port"),
            s->connectionLabel());
    connect(
        s, &SmtpSession::finished, this, [this, index](bool ok) { onTlsChecked(index, ok); },
        Qt::SingleShotConnection);
    s->startTls();
}

void PortSweep::onTlsChecked(int index, bool ok)
{
    PortProbeResult& r = m_results[index];
    r.tls = m_sessions[index]->tls();
    r.tlsCheck = ok && r.tls.encrypted && r.tls.verified ? PortProbeResult::TlsCheck::Verified
                                                         : PortProbeResult::TlsCheck::Failed;
    if (!ok)
        r.tlsCheckFailure = m_sessions[index]->failure();
    emit probeFinished(index);
}

SmtpSession* PortSweep::take(const Endpoint& endpoint)
{
    const int i = indexOf(endpoint);
    if (i < 0 || !m_results[i].ok || !m_sessions[i] || m_sessions[i]->parent() != this)
        return nullptr;
    SmtpSession* s = m_sessions[i];
    s->setParent(nullptr);
    return s;
}

void PortSweep::closeRest()
{
    m_closing = true;
    for (const QPointer<SmtpSession>& s : std::as_const(m_sessions))
        if (s && s->parent() == this && s->isReady())
            s->quit();
}

const PortProbeResult* PortSweep::best(const QList<PortProbeResult>& results)
{
    const auto rank = [](const PortProbeResult& r) {
        return PortPolicy::preferenceRank(r.endpoint, r.capabilities.startTls());
    };
    const PortProbeResult* chosen = nullptr;
    for (const PortProbeResult& r : results)
        if (r.ok && (!chosen || rank(r) < rank(*chosen)))
            chosen = &r;
    return chosen;
}

} // namespace SmtpDoctor
