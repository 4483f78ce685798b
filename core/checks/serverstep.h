#pragma once

#include "core/checks/checkstep.h"

namespace SmtpDoctor {

class PortSweep;

// Step 2: connect, greeting, EHLO. With an automatic port, 465/587/25/2525 are probed side by side and
// the best one is kept open for the next steps. When the user's port fails, the other security mode on
// the same port (the common 465/587 mix-up) and then the other standard ports are tried, so that the
// report can say what works instead.
class ServerStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Server; }
    void cancel() override;

protected:
    void run() override;

private:
    enum class Phase { Main, OtherSecurity, OtherPorts };

    void sweep(Phase phase, const QList<Endpoint>& endpoints);
    void onSweepFinished();
    void onMainFinished();
    void onOtherSecurityFinished();
    void onOtherPortsFinished();
    void adopt(const PortProbeResult& result);
    void passWith(const PortProbeResult& result, QList<Finding> findings = {});
    Finding failureFinding(const PortProbeResult& result) const;
    Endpoint userEndpoint() const;

    Phase m_phase = Phase::Main;
    PortSweep* m_sweep = nullptr;
    QList<PortSweep*> m_finishedSweeps;
    PortProbeResult m_userResult;
    QList<Finding> m_findings;
};

} // namespace SmtpDoctor
