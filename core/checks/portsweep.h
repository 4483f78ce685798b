#pragma once

#include "core/checks/connectiontarget.h"
#include "core/checks/portprobe.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace SmtpDoctor {

class SmtpSession;
class Transcript;

// Probes endpoints of one server side by side (connect, greeting, EHLO) and records how each answered.
// Endpoints can be added while others run. Timing rules, so that the sweep never waits for nothing:
//  - once any port of the host has answered (connected or refused), a port whose connection attempt is
//    still unanswered after filteredBoundMs() is recorded as filtered (Timeout), not after the full timeout;
//  - a plain-text port that stays silent gets one probe line (see SessionConfig::silenceProbeMs); a
//    server that turns out to be SMTP, only slow, is tried once more without it.
// The sessions of successful probes stay open until take() adopts one; after closeRest() the others (and
// any that succeed later) say QUIT.
class PortSweep : public QObject
{
    Q_OBJECT
public:
    // `hostSilentMs`: how long the host was already waited for in vain (the network step's probe).
    PortSweep(const ConnectionTarget& target, qint64 hostSilentMs, Transcript* transcript, QObject* parent = nullptr);
    ~PortSweep() override;

    // Starts probing `endpoint` unless it is already in the sweep; returns its index in results().
    int add(const Endpoint& endpoint, bool background = false);
    int indexOf(const Endpoint& endpoint) const;
    bool isDone(int index) const { return m_done.value(index, true); }
    bool isFinished() const;
    // True once the connection attempt of `index` has been answered (or the probe is done).
    bool isConnectSettled(int index) const;
    const QList<PortProbeResult>& results() const { return m_results; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // The slowest answer of the host so far in ms since the sweep started; -1 before any.
    qint64 slowestAnswerMs() const { return m_slowestAnswerMs; }

    void cancel();
    // Ends every probe still running and records how far it got (filtered, silent, unfinished).
    void cutOff();
    // Starts STARTTLS on the open session of a successful STARTTLS probe, to learn whether its
    // certificate verifies (PortProbeResult::tlsCheck, tls); probeFinished(index) again when known.
    // `afterUntrusted`: a more preferred port was already found with a certificate that cannot be
    // trusted (said in the transcript).
    void checkTls(int index, bool afterUntrusted);
    // The open session of a successful probe; the caller owns it from now on.
    SmtpSession* take(const Endpoint& endpoint);
    // Says QUIT on every session not taken, now and whenever another probe succeeds later.
    void closeRest();

    // The preferred successful probe (PortPolicy::preferenceRank), if any.
    static const PortProbeResult* best(const QList<PortProbeResult>& results);

signals:
    void probeFinished(int index);
    void finished(); // nothing is pending any more

private:
    void startSession(int index, bool silenceProbe);
    void onStateChanged(int index, SessionState state);
    void onSessionFinished(int index, bool ok);
    void noteAnswer(int index);
    void checkConnectDeadlines();
    void complete(int index);
    void onTlsChecked(int index, bool ok);

    ConnectionTarget m_target;
    QPointer<Transcript> m_transcript;
    int m_timeoutMs;
    qint64 m_hostSilentMs;
    QList<QPointer<SmtpSession>> m_sessions;
    QList<PortProbeResult> m_results;
    QList<bool> m_done;
    QList<bool> m_connectSettled;
    QList<bool> m_retried;
    QList<qint64> m_startedMs;
    QElapsedTimer m_clock;
    QTimer m_connectTimer;
    qint64 m_slowestAnswerMs = -1;
    bool m_closing = false;
};

} // namespace SmtpDoctor
