#pragma once

#include "core/checks/checkstep.h"
#include "core/domain/domainreport.h"

#include <QTimer>

namespace SmtpDoctor {

// The optional sixth step, "Your domain": whether receiving servers will trust mail from the sender's
// own domain (SPF, DKIM, DMARC, MX; core/domain). It runs when the address's domain is the user's own,
// not a mailbox provider's (gmail.com, docomo.ne.jp: there the provider keeps the records and the user
// can change nothing). Its DNS lookups do not depend on SMTP, so the runner starts them with the run
// (CheckRunner::start) and this step only collects them in its place at the end, waiting at most until
// one timeout has passed since they started. A DNS that does not answer never fails the step: it is
// skipped (or warns, when only some answers are missing) with domain.dns-failed.
class DomainStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Domain; }

    // The domain the step checks for these settings (ASCII form), empty when there is no domain step.
    static QString domainFor(const AccountSettings& settings);
    // What the runner asks the domain check: the address's domain, the server the mail program sends
    // through (whose addresses SPF must allow; the provider's documented records when it is a known
    // one), the address for SPF macros, and the run's timeout for each DNS wait.
    static DomainCheckRequest requestFor(const AccountSettings& settings);
    // The step's verdict on a finished domain check.
    static StepResult resultFor(const DomainReport& report);

protected:
    void run() override;

private:
    QTimer m_deadline;
};

} // namespace SmtpDoctor
