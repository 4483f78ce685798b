#pragma once

#include "core/checks/checkcontext.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace SmtpDoctor {

class SmtpSession;

// Opens several endpoints of one server side by side (connect, greeting, EHLO) and reports how each
// answered. The sessions stay open until take() adopts one; the rest say QUIT when the sweep ends.
class PortSweep : public QObject
{
    Q_OBJECT
public:
    PortSweep(const CheckContext& context, const QList<Endpoint>& endpoints, QObject* parent = nullptr);
    ~PortSweep() override;

    void start();
    void cancel();
    const QList<PortProbeResult>& results() const { return m_results; }
    // The open session of a successful probe; the caller owns it from now on.
    SmtpSession* take(const Endpoint& endpoint);
    // Says QUIT on every session not taken.
    void closeRest();

    // Candidates in order of preference (RFC 8314: implicit TLS first, then STARTTLS submission).
    static QList<Endpoint> standardEndpoints(Security security);
    // The preferred successful probe, if any.
    static const PortProbeResult* best(const QList<PortProbeResult>& results);

signals:
    void finished();

private:
    void onSessionFinished(int index, bool ok);

    const CheckContext& m_ctx;
    QList<SmtpSession*> m_sessions;
    QList<PortProbeResult> m_results;
    QList<bool> m_done;
    QElapsedTimer m_clock;
    int m_pending = 0;
};

} // namespace SmtpDoctor
