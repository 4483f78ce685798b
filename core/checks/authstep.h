#pragma once

#include "core/checks/checkstep.h"

namespace SmtpDoctor {

// Step 4: sign in with the user's name and password (SMTP AUTH). The password goes out only over a
// verified TLS connection, or with the user's explicit consent.
class AuthStep : public CheckStep
{
    Q_OBJECT
public:
    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Auth; }
    // Signed in: the step passed, or it warns only because the other form of the user name (whole
    // address / part before "@") was the one that worked.
    void recordOutcome(RunOutcomes& outcomes) const override { outcomes.auth = m_outcome; }

protected:
    void run() override;

private:
    void onFinished(bool ok);
    // After a plain rejection, one more try with the other form of the user name, on the same
    // connection; false when there is no other form worth trying.
    bool tryOtherUserName(const SmtpReply& rejection);

    AuthOutcome m_outcome;
    QString m_user;          // the user name of the attempt under way
    QString m_firstUser;     // set once the other form is being tried
    SmtpReply m_firstReply;  // the server's answer to the first form
};

} // namespace SmtpDoctor
