#pragma once

#include "core/checks/checkstep.h"
#include "core/network/connectivity.h"

#include <QHostInfo>
#include <QTimer>

namespace SmtpDoctor {

class ReachabilityProbe;

// Step 1: is there a network at all, does the server name resolve (a mistyped name is told apart from
// a DNS that does not answer, with the well-known provider name it probably meant), and do the server's
// addresses answer: when a name has IPv4 and IPv6 addresses, both are tried side by side, and a broken
// IPv6 is reported and avoided by the later steps. General connectivity is only a hint: the step passes
// whenever the mail server itself can be reached.
class NetworkStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Network; }
    void cancel() override;
    void recordOutcome(RunOutcomes& outcomes) const override { outcomes.network = m_outcome; }

protected:
    void run() override;

private:
    void onLookedUp(const QHostInfo& info);
    void onTimeout();
    void resolved(const QList<QHostAddress>& addresses);
    void onProbed();
    void pass(QList<Finding> findings = {});
    void failLookup(bool noSuchName, const QString& error);
    QString addressList() const;

    NetworkOutcome m_outcome;
    Connectivity m_connectivity = Connectivity::Unknown;
    bool m_literal = false;
    int m_lookupId = -1;
    QTimer m_timeout;
    ReachabilityProbe* m_probe = nullptr;
};

} // namespace SmtpDoctor
