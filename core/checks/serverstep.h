#pragma once

#include "core/checks/checkstep.h"
#include "core/checks/portprobe.h"

namespace SmtpDoctor {

class PortSweep;

// Step 2: connect, greeting, EHLO. The usual mail ports (465, 587, 25, 2525) are probed side by side in
// every run: with an automatic port they are the candidates; with the user's port they run in the
// background, for a better port to suggest and for the interference step (port 25 block, inspection).
// The step ends as soon as the port to use is known; the runner's sweep may go on in the background. When the
// user's port fails, the other security mode on the same port (the common 465/587 mix-up) and then the
// other ports are looked at, so that the report can say what works instead.
class ServerStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Server; }
    void cancel() override;
    void recordOutcome(RunOutcomes& outcomes) const override { outcomes.server = m_outcome; }

protected:
    void run() override;

private:
    void evaluate();
    bool decideAutomatic();
    bool decideUserPort();
    bool failWithSuggestion(
        const LocalizedText& summary, QList<Finding> findings, const QList<int>& excluded);
    void passWith(const PortProbeResult& result, const QList<Finding>& findings = {});
    // Automatic port: `result` works end to end, the more preferred `untrusted` showed a certificate
    // this computer cannot trust; the suggestion says so.
    void passInsteadOf(const PortProbeResult& result, const PortProbeResult& untrusted);
    Finding failureFinding(const PortProbeResult& result) const;
    QList<Finding> failureFindings(const QList<PortProbeResult>& results) const;
    Endpoint userEndpoint() const;
    std::optional<Endpoint> otherSecurityFor(const PortProbeResult& result) const;

    ServerOutcome m_outcome;
    PortSweep* m_sweep = nullptr;
    QList<int> m_candidates; // automatic port: the sweep's candidates, most preferred first
    int m_main = -1; // the user's endpoint
    int m_other = -1; // the other security mode on the user's port, when tried
    bool m_starting = true;
    bool m_evaluating = false;
    bool m_again = false;
    bool m_decided = false;
};

// True for a failed TLS-from-the-start handshake (the TCP connection itself worked).
bool isImplicitTlsHandshakeFailure(const SessionFailure& failure);

} // namespace SmtpDoctor
