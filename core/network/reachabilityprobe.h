#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace SmtpDoctor {

// Opens plain TCP connections to the first address of each address family (IPv4, IPv6) on a few ports at
// once, to learn which families reach the host: a connection or a refusal is an answer, an "unreachable"
// error is not, and silence beyond filteredBoundMs() after the other family answered counts as no answer.
// Nothing is sent; every connection is closed as soon as it has told its story.
class ReachabilityProbe : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Pending, Answered, Unreachable, NoAnswer };
    struct Family
    {
        QHostAddress address; // null when the host has no address of this family
        Outcome outcome = Outcome::Pending;
        qint64 answerMs = -1;
        bool connected = false; // the answer was an accepted connection, not a refusal
        QString error; // the last socket error, when it did not answer
    };

    // Gives up (NoAnswer for the pending) after `capMs`, even when nothing answered.
    ReachabilityProbe(const QList<QHostAddress>& addresses, const QList<quint16>& ports, int timeoutMs,
        int capMs, QObject* parent = nullptr);
    ~ReachabilityProbe() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Family& ipv4() const { return m_families[0]; }
    const Family& ipv6() const { return m_families[1]; }
    bool anyAnswered() const;
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }

signals:
    void finished();

private:
    struct Attempt
    {
        QTcpSocket* socket = nullptr;
        int family = 0;
        bool done = false;
    };
    void onConnected(int index);
    void onError(int index);
    void onFailed(int index, bool refused, const QString& error);
    void settle(int family, Outcome outcome, const QString& error = {});
    void evaluate();
    void finish();

    Family m_families[2];
    QList<quint16> m_ports;
    QList<Attempt> m_attempts;
    int m_timeoutMs;
    int m_capMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    bool m_finished = false;
};

} // namespace SmtpDoctor
