#pragma once

#include "core/checks/checkstep.h"

#include <QTimer>

namespace SmtpDoctor {

class ReachabilityProbe;

// Step 5: things between the user and the server that change or block mail: the provider's port 25
// block, a firewall's SMTP inspection, antivirus or proxy TLS interception, proxies, a wrong clock. It
// reads what the earlier steps saw; it waits only for the background probes it still needs (port 25's
// connection attempt, a plain-text or an encrypted view of the server), never longer than the sweep's
// filtered bound allows, then ends the rest of the sweep.
class InterferenceStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Interference; }
    void cancel() override;

    // A port no mail (or any common) server listens on: a connection there means a transparent proxy.
    static constexpr quint16 CanaryPort = 1;

protected:
    void run() override;

private:
    void waitOrJudge();
    bool stillNeeded() const;
    bool everyPortAccepted() const;
    void judge();

    QTimer m_cap;
    ReachabilityProbe* m_canary = nullptr;
    bool m_judged = false;
};

} // namespace SmtpDoctor
