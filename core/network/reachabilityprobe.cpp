#include "core/network/reachabilityprobe.h"

#include "core/network/sweeptiming.h"

#include <QNetworkProxy>
#include <QTcpSocket>

namespace SmtpDoctor {

ReachabilityProbe::ReachabilityProbe(const QList<QHostAddress>& addresses, const QList<quint16>& ports,
    int timeoutMs, int capMs, QObject* parent)
    : QObject(parent)
    , m_ports(ports)
    , m_timeoutMs(timeoutMs)
    , m_capMs(std::min(capMs, timeoutMs))
{
    for (const QHostAddress& a : addresses) {
        const int family = a.protocol() == QAbstractSocket::IPv6Protocol ? 1 : 0;
        if (m_families[family].address.isNull())
            m_families[family].address = a;
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReachabilityProbe::evaluate);
}

ReachabilityProbe::~ReachabilityProbe()
{
    cancel();
}

bool ReachabilityProbe::anyAnswered() const
{
    return m_families[0].outcome == Outcome::Answered || m_families[1].outcome == Outcome::Answered;
}

void ReachabilityProbe::start()
{
    m_clock.start();
    for (int family = 0; family < 2; ++family) {
        if (m_families[family].address.isNull()) {
            m_families[family].outcome = Outcome::NoAnswer;
            continue;
        }
        for (const quint16 port : std::as_const(m_ports)) {
            auto* socket = new QTcpSocket(this);
            socket->setProxy(QNetworkProxy::NoProxy);
            const int index = int(m_attempts.size());
            m_attempts.append({ socket, family, false });
            connect(socket, &QTcpSocket::connected, this, [this, index] { onConnected(index); });
            connect(socket, &QTcpSocket::errorOccurred, this, [this, index] { onError(index); });
            socket->connectToHost(m_families[family].address, port);
        }
    }
    m_timer.start(m_capMs);
    QMetaObject::invokeMethod(this, &ReachabilityProbe::evaluate, Qt::QueuedConnection);
}

void ReachabilityProbe::cancel()
{
    m_timer.stop();
    for (Attempt& a : m_attempts) {
        if (a.socket) {
            a.socket->disconnect(this);
            a.socket->abort();
        }
        a.done = true;
    }
}

void ReachabilityProbe::onConnected(int index)
{
    Attempt& a = m_attempts[index];
    if (a.done)
        return;
    a.done = true;
    a.socket->abort(); // the answer is all we wanted
    m_families[a.family].connected = true;
    settle(a.family, Outcome::Answered);
}

void ReachabilityProbe::onError(int index)
{
    const QAbstractSocket::SocketError error = m_attempts[index].socket->error();
    onFailed(
        index, error == QAbstractSocket::ConnectionRefusedError, m_attempts[index].socket->errorString());
}

void ReachabilityProbe::onFailed(int index, bool refused, const QString& text)
{
    Attempt& a = m_attempts[index];
    if (a.done)
        return;
    a.done = true;
    a.socket->abort();
    if (refused) {
        settle(a.family, Outcome::Answered); // the host itself (or a firewall on its behalf) said no
        return;
    }
    m_families[a.family].error = text;
    bool allFailed = true;
    for (const Attempt& other : std::as_const(m_attempts))
        if (other.family == a.family && !other.done)
            allFailed = false;
    if (allFailed)
        settle(a.family, Outcome::Unreachable, text);
    else
        evaluate();
}

void ReachabilityProbe::settle(int family, Outcome outcome, const QString& error)
{
    Family& f = m_families[family];
    if (f.outcome != Outcome::Pending)
        return evaluate();
    f.outcome = outcome;
    if (outcome == Outcome::Answered)
        f.answerMs = m_clock.elapsed();
    if (!error.isEmpty())
        f.error = error;
    if (outcome == Outcome::Answered) // the other family's attempts are no longer needed for this one
        for (Attempt& a : m_attempts)
            if (a.family == family && !a.done) {
                a.done = true;
                a.socket->abort();
            }
    evaluate();
}

void ReachabilityProbe::evaluate()
{
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 slowest = -1;
    bool pending = false;
    for (const Family& f : m_families) {
        if (f.outcome == Outcome::Answered)
            slowest = std::max(slowest, f.answerMs);
        pending = pending || f.outcome == Outcome::Pending;
    }
    if (!pending)
        return finish();
    qint64 deadline = m_capMs;
    if (slowest >= 0)
        deadline = std::min<qint64>(deadline, filteredBoundMs(slowest, m_timeoutMs));
    if (now >= deadline) {
        for (Family& f : m_families)
            if (f.outcome == Outcome::Pending)
                f.outcome = Outcome::NoAnswer;
        return finish();
    }
    m_timer.start(int(deadline - now));
}

void ReachabilityProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    cancel();
    emit finished();
}

} // namespace SmtpDoctor
