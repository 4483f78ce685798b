#pragma once

#include "core/checks/checkstep.h"

#include <QHostInfo>
#include <QTimer>

namespace SmtpDoctor {

// Step 1: is there a network at all, and does the server name resolve.
class NetworkStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Network; }
    void cancel() override;

protected:
    void run() override;

private:
    void onLookedUp(const QHostInfo& info);
    void onTimeout();
    static bool hasUsableInterface();

    int m_lookupId = -1;
    QTimer m_timeout;
};

} // namespace SmtpDoctor
