#include "core/checks/authstep.h"

#include "core/autodetect/providertable.h"
#include "core/checks/authcommon.h"
#include "core/knowledge/replyclassifier.h"
#include "core/smtp/saslmechanism.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/transcript.h"

namespace SmtpDoctor {

namespace {
const char* const Ctx = "AuthStep";
} // namespace

bool AuthStep::tryOtherUserName(const SmtpReply& rejection)
{
    SmtpSession* session = m_ctx.session;
    const QString email = m_ctx.settings().email;
    const ProviderInfo* provider = ProviderTable::forDomain(domainOf(email.isEmpty() ? m_user : email));
    const QString other = alternateUserName(m_user, email, provider ? provider->userForm : UserNameForm::Unknown);
    if (!m_firstUser.isEmpty() || other.isEmpty() || other == m_user || !session || !session->isReady())
        return false;
    m_firstUser = m_user;
    m_firstReply = rejection;
    m_user = other;
    m_ctx.transcript->addInfo(QStringLiteral("User name %1 refused; trying the other form once: %2").arg(m_firstUser, m_user));
    emit activity({ Ctx, QT_TRANSLATE_NOOP("AuthStep", "The user name %1 was refused. Trying %2 once…"), { m_firstUser, m_user } });
    connect(session, &SmtpSession::finished, this, &AuthStep::onFinished, Qt::SingleShotConnection);
    session->authenticate({ m_user, m_ctx.input.password });
    return true;
}

void AuthStep::run()
{
    if (const std::optional<StepResult> skipped = AuthCommon::cannotStart(m_ctx)) {
        finish(*skipped);
        return;
    }
    SmtpSession* session = m_ctx.session;
    m_user = m_ctx.settings().user;
    emit activity({ Ctx, QT_TRANSLATE_NOOP("AuthStep", "Signing in as %1…"), { m_user } });
    connect(session, &SmtpSession::finished, this, &AuthStep::onFinished, Qt::SingleShotConnection);
    session->authenticate({ m_user, m_ctx.input.password });
}

void AuthStep::onFinished(bool ok)
{
    SmtpSession* session = m_ctx.session;
    const QString user = m_firstUser.isEmpty() ? m_user : m_firstUser;
    if (ok) {
        m_outcome.signedIn = true;
        m_outcome.acceptedUser = m_user;
        m_outcome.mechanism = session->usedMechanism();
    }
    if (ok && !m_firstUser.isEmpty()) {
        Finding f = Finding::make(FindingId::AuthRejected, { m_firstUser });
        f.withSeverity(Severity::Warning).withReply(m_firstReply).withDetail({ Ctx, QT_TRANSLATE_NOOP("AuthStep", "Signing in worked with the user name %1. Type %1 as the user name in your mail program."), { m_user } });
        finish(StepStatus::Warn,
            { Ctx, QT_TRANSLATE_NOOP("AuthStep", "The server accepted the password with the user name %1, but not with %2."),
                { m_user, m_firstUser } },
            { f });
        return;
    }
    if (ok) {
        finish(StepStatus::Pass, { Ctx, QT_TRANSLATE_NOOP("AuthStep", "The server accepted the user name %1 and the password (method %2)."),
            { user, saslMechanismName(session->usedMechanism()) } });
        return;
    }
    const SessionFailure& failure = session->failure();
    if (const std::optional<StepResult> result = AuthCommon::connectionFailure(m_ctx, failure)) {
        finish(*result);
        return;
    }
    using K = SessionFailure::Kind;
    const LocalizedText notSignedIn = AuthCommon::notSignedIn();
    switch (failure.kind) {
    case K::AuthMechanismUnsupported: {
        const QStringList offered = session->capabilities().authMechanisms();
        const FindingId id = offersOnlyOAuth(offered) ? FindingId::AuthOAuthRequired : FindingId::AuthMechanismUnsupported;
        finish(StepStatus::Fail, notSignedIn, { Finding::make(id, { offered.join(QLatin1Char(' ')) }).withReply(failure.reply) });
        return;
    }
    case K::AuthRejected: {
        const FindingId id = ReplyClassifier::authFinding(failure.reply);
        if (id == FindingId::AuthRejected && tryOtherUserName(failure.reply))
            return;
        // After the other form was tried: a plain refusal again reports the user's own form; a more
        // specific answer (app password needed...) is about the other form, so that one is shown.
        const bool otherFormSaidMore = !m_firstUser.isEmpty() && id != FindingId::AuthRejected;
        Finding f = Finding::make(id, { otherFormSaidMore ? m_user : user });
        f.withReply(m_firstUser.isEmpty() || otherFormSaidMore ? failure.reply : m_firstReply);
        if (otherFormSaidMore)
            f.withDetail({ Ctx, QT_TRANSLATE_NOOP("AuthStep", "The server refused the user name %1. SMTP Doctor then tried %2, and this is the server's answer to it."), { user, m_user } });
        else if (!m_firstUser.isEmpty())
            f.withDetail({ Ctx, QT_TRANSLATE_NOOP("AuthStep", "SMTP Doctor also tried the user name %1, and the server refused it too."), { m_user } });
        finish(statusFor({ f }), notSignedIn, { f });
        return;
    }
    default:
        return; // connectionFailure() answered every other kind
    }
}

} // namespace SmtpDoctor
