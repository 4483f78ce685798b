#pragma once

#include "core/checks/checkstep.h"
#include "core/oauth/oauthresult.h"

#include <QTimer>

namespace SmtpDoctor {

// Step 4 with OAuth 2.0: sign in at the provider (through the browser, or with a saved sign-in's refresh
// token), then AUTH XOAUTH2 / OAUTHBEARER with the access token on the runner's connection. The browser
// is asked for only when the connection may carry a token and the server takes one; the idle connection
// is kept open with NOOP while the user signs in. The runner owns the sign-in (StepContext::signIn) and
// cancels it; this step only reads its one finished().
class OAuthAuthStep : public CheckStep
{
    Q_OBJECT
public:
    // The connection sits idle while the user signs in; servers drop idle clients after a few minutes
    // (Postfix: 300 s, 10 s under stress).
    static constexpr int KeepAliveMs = 30000;

    using CheckStep::CheckStep;
    StepId id() const override { return StepId::Auth; }
    void cancel() override;
    void recordOutcome(RunOutcomes& outcomes) const override { outcomes.auth = m_outcome; }

protected:
    void run() override;

private:
    OAuthRequest request() const;
    void keepAlive();
    void onNoopFinished();
    void onSignInFinished(const OAuthResult& result);
    void authenticate();
    void onAuthenticated(bool ok);

    AuthOutcome m_outcome { false, {}, SignInMethod::OAuth };
    QString m_accessToken;
    QTimer m_keepAlive;
    bool m_noopRunning = false;
    bool m_tokenWaiting = false; // the token came while a NOOP was still out
};

} // namespace SmtpDoctor
