#include "core/checks/oauthauthstep.h"

#include "core/checks/authcommon.h"
#include "core/checks/oauthfindings.h"
#include "core/oauth/oauthsignin.h"
#include "core/smtp/saslmechanism.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

namespace SmtpDoctor {

namespace {
const char* const Ctx = "OAuthStep";

QString providerLabel(const RunInput& input)
{
    const QString label = input.oauthProfile.label();
    return label.isEmpty() ? input.settings.shownHost() : label;
}

} // namespace

OAuthRequest OAuthAuthStep::request() const
{
    const AccountSettings& s = m_ctx.settings();
    OAuthRequest r;
    r.profile = m_ctx.input.oauthProfile;
    r.loginHint = s.email.isEmpty() ? s.user : s.email;
    r.extraCaCertificates = s.extraCaCertificates;
    r.timeoutMs = s.timeoutMs();
    r.browserTimeoutMs = m_ctx.input.browserTimeoutMs;
    return r;
}

void OAuthAuthStep::run()
{
    if (const std::optional<StepResult> skipped = AuthCommon::cannotStart(m_ctx)) {
        finish(*skipped);
        return;
    }
    SmtpSession* session = m_ctx.session;
    // Nothing the user signs in for may be wasted: first make sure a token could go out at all.
    if (const SessionFailure blocker = session->authBlocker(); blocker.isFailure()) {
        finish(*AuthCommon::connectionFailure(m_ctx, blocker));
        return;
    }
    const QStringList offered = session->capabilities().authMechanisms();
    if (chooseTokenSaslMechanism(offered) == SaslMechanism::None) {
        Finding f = Finding::make(FindingId::AuthMechanismUnsupported, { offered.join(QLatin1Char(' ')) });
        f.withDetail({ Ctx,
            QT_TRANSLATE_NOOP("OAuthStep",
                "This server does not take sign-in tokens (XOAUTH2 or OAUTHBEARER), so signing in through "
                "the "
                "browser cannot work here. Sign in with the password (or an app password) instead.") });
        finish(StepStatus::Fail, AuthCommon::notSignedIn(), { f });
        return;
    }
    OAuthSignIn* signIn = m_ctx.signIn;
    if (!signIn) { // the runner makes one for every OAuth run
        finish(StepStatus::Fail, AuthCommon::notSignedIn(),
            { OAuthFindings::forSignInFailure({}, m_ctx.input) });
        return;
    }
    connect(signIn, &OAuthSignIn::finished, this, &OAuthAuthStep::onSignInFinished, Qt::SingleShotConnection);
    const QString provider = providerLabel(m_ctx.input);
    if (!m_ctx.input.refreshToken.isEmpty()) {
        emit activity({ Ctx,
            QT_TRANSLATE_NOOP("OAuthStep", "Getting a new sign-in token from %1 with the saved sign-in…"),
            { provider } });
        signIn->refresh(request(), m_ctx.input.refreshToken);
        return;
    }
    emit activity({ Ctx, QT_TRANSLATE_NOOP("OAuthStep", "Waiting for you to sign in at %1 in the browser…"),
        { provider } });
    m_keepAlive.setInterval(KeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &OAuthAuthStep::keepAlive);
    m_keepAlive.start();
    signIn->start(request());
}

void OAuthAuthStep::keepAlive()
{
    SmtpSession* session = m_ctx.session;
    if (m_noopRunning || !session->isReady())
        return;
    m_noopRunning = true;
    connect(session, &SmtpSession::finished, this, &OAuthAuthStep::onNoopFinished, Qt::SingleShotConnection);
    session->noop();
}

void OAuthAuthStep::onNoopFinished()
{
    m_noopRunning = false;
    if (m_tokenWaiting)
        authenticate();
}

void OAuthAuthStep::onSignInFinished(const OAuthResult& result)
{
    m_keepAlive.stop();
    if (!result.ok()) {
        const Finding f = OAuthFindings::forSignInFailure(result, m_ctx.input);
        const LocalizedText summary = f.id == FindingId::AuthOAuthNotConfigured
            ? LocalizedText { Ctx,
                  QT_TRANSLATE_NOOP("OAuthStep", "Sign-in through the browser could not be tested.") }
            : LocalizedText { Ctx,
                  QT_TRANSLATE_NOOP("OAuthStep", "Signing in through the browser did not work.") };
        finish(statusFor({ f }), summary, { f });
        return;
    }
    m_accessToken = result.tokens.accessToken;
    m_outcome.refreshToken = result.tokens.refreshToken;
    m_outcome.refreshTokenIsNew = result.tokens.refreshTokenIsNew;
    if (m_noopRunning) {
        m_tokenWaiting = true;
        return;
    }
    authenticate();
}

void OAuthAuthStep::authenticate()
{
    m_tokenWaiting = false;
    SmtpSession* session = m_ctx.session;
    const QString user = m_ctx.settings().user;
    emit activity({ Ctx, QT_TRANSLATE_NOOP("OAuthStep", "Signing in as %1 with the token from %2…"),
        { user, providerLabel(m_ctx.input) } });
    connect(session, &SmtpSession::finished, this, &OAuthAuthStep::onAuthenticated, Qt::SingleShotConnection);
    session->authenticate(Credentials::bearer(user, m_accessToken));
    m_accessToken.fill(QLatin1Char(' '));
    m_accessToken.clear();
}

void OAuthAuthStep::onAuthenticated(bool ok)
{
    SmtpSession* session = m_ctx.session;
    const QString user = m_ctx.settings().user;
    if (ok) {
        m_outcome.signedIn = true;
        m_outcome.acceptedUser = user;
        m_outcome.mechanism = session->usedMechanism();
        finish(StepStatus::Pass,
            { Ctx,
                QT_TRANSLATE_NOOP("OAuthStep",
                    "The server accepted the sign-in of %1 with the token from %2 (OAuth 2.0, method %3)."),
                { user, providerLabel(m_ctx.input), saslMechanismName(m_outcome.mechanism) } });
        return;
    }
    const SessionFailure& failure = session->failure();
    if (std::optional<StepResult> result = AuthCommon::connectionFailure(m_ctx, failure)) {
        if (!session->isConnected() && !result->findings.isEmpty())
            result->findings.first().withDetail({ Ctx,
                QT_TRANSLATE_NOOP("OAuthStep",
                    "The mail server closed the connection while SMTP Doctor waited for the sign-in. Check "
                    "again; the sooner the sign-in is finished, the better.") });
        finish(*result);
        return;
    }
    if (failure.kind == SessionFailure::Kind::AuthMechanismUnsupported) {
        const QStringList offered = session->capabilities().authMechanisms();
        finish(StepStatus::Fail, AuthCommon::notSignedIn(),
            { Finding::make(FindingId::AuthMechanismUnsupported, { offered.join(QLatin1Char(' ')) })
                    .withReply(failure.reply) });
        return;
    }
    const Finding f = OAuthFindings::forRefusedToken(failure, m_ctx.input, user);
    finish(statusFor({ f }), AuthCommon::notSignedIn(), { f });
}

void OAuthAuthStep::cancel()
{
    m_keepAlive.stop();
    if (m_ctx.signIn)
        disconnect(m_ctx.signIn, nullptr, this, nullptr);
    if (m_ctx.session)
        disconnect(m_ctx.session, nullptr, this, nullptr);
}

} // namespace SmtpDoctor
