#pragma once

#include "core/checks/checkstep.h"

namespace SmtpDoctor {

// Step 3: encryption. TLS from the start was already set up by the server step; otherwise STARTTLS is
// started here. Then the certificate and the negotiated protocol are judged.
class TlsStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Tls; }
    void recordOutcome(RunOutcomes& outcomes) const override;

protected:
    void run() override;

private:
    void onStartTlsFinished(bool ok);
    void reportStartTlsFailure(const SessionFailure& failure);
    void judgeEncryptedSession();
    QList<Finding> certificateFindings() const;
    // Whether this run's consent lets the password go over the unencrypted connection, said in a detail.
    LocalizedText unencryptedPasswordDetail() const;
    quint16 port() const;
};

} // namespace SmtpDoctor
