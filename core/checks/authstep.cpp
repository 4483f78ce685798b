#include "core/checks/authstep.h"

#include "core/knowledge/replyclassifier.h"
#include "core/smtp/saslmechanism.h"
#include "core/smtp/smtpsession.h"

namespace SmtpDoctor {

namespace {
const char* const Ctx = "AuthStep";
}

void AuthStep::run()
{
    if (m_ctx.settings.user.isEmpty()) {
        finish(StepStatus::Skip, { Ctx, QT_TRANSLATE_NOOP("AuthStep", "Sign-in was not tested: no user name was given.") },
            { Finding::make(QStringLiteral("auth.skipped")) });
        return;
    }
    SmtpSession* session = m_ctx.session;
    if (!session || !session->isReady()) {
        skipBecause(m_ctx.statusOf(StepId::Server) == StepStatus::Fail && !session ? StepId::Server : StepId::Tls,
            QStringLiteral("auth.not-run"));
        return;
    }
    emit activity({ Ctx, QT_TRANSLATE_NOOP("AuthStep", "Signing in as %1…"), { m_ctx.settings.user } });
    connect(session, &SmtpSession::finished, this, &AuthStep::onFinished, Qt::SingleShotConnection);
    session->authenticate({ m_ctx.settings.user, m_ctx.password });
}

void AuthStep::onFinished(bool ok)
{
    SmtpSession* session = m_ctx.session;
    const QString user = m_ctx.settings.user;
    if (ok) {
        finish(StepStatus::Pass, { Ctx, QT_TRANSLATE_NOOP("AuthStep", "The server accepted the user name %1 and the password (method %2)."),
            { user, saslMechanismName(session->usedMechanism()) } });
        return;
    }
    const SessionFailure& failure = session->failure();
    using K = SessionFailure::Kind;
    const LocalizedText notSignedIn { Ctx, QT_TRANSLATE_NOOP("AuthStep", "Signing in did not work.") };
    switch (failure.kind) {
    case K::AuthInsecure: {
        // Caused by the TLS step when it failed; the user's own choice of "no encryption" otherwise.
        const bool tlsFailed = m_ctx.statusOf(StepId::Tls) == StepStatus::Fail;
        finish(tlsFailed ? StepStatus::Skip : StepStatus::Fail,
            { Ctx, QT_TRANSLATE_NOOP("AuthStep", "Your password was not sent, because the connection is not safe.") },
            { Finding::make(QStringLiteral("auth.insecure-refused")) });
        return;
    }
    case K::AuthNotOffered: {
        Finding f = Finding::make(QStringLiteral("auth.not-offered"), { m_ctx.settings.shownHost() });
        if (!session->capabilitiesBeforeTls().authMechanisms().isEmpty() && session->tls().encrypted)
            f.withDetail({ Ctx, QT_TRANSLATE_NOOP("AuthStep", "The server offered sign-in before encryption started, but not after. A device in between may be changing the conversation.") });
        finish(StepStatus::Fail, notSignedIn, { f });
        return;
    }
    case K::AuthMechanismUnsupported: {
        const QStringList offered = session->capabilities().authMechanisms();
        const QString id = offersOnlyOAuth(offered) ? QStringLiteral("auth.oauth-required") : QStringLiteral("auth.mechanism-unsupported");
        finish(StepStatus::Fail, notSignedIn, { Finding::make(id, { offered.join(QLatin1Char(' ')) }).withReply(failure.reply) });
        return;
    }
    case K::AuthRejected: {
        const QString id = ReplyClassifier::authFindingId(failure.reply);
        Finding f = Finding::make(id, { user });
        f.withReply(failure.reply);
        finish(statusFor({ f }), notSignedIn, { f });
        return;
    }
    default: {
        Finding f = Finding::make(QStringLiteral("server.protocol-error"), { m_ctx.settings.shownHost() });
        if (failure.kind == K::Timeout)
            f = Finding::make(QStringLiteral("auth.temporary-failure"));
        f.withReply(failure.reply).withDetail(LocalizedText::verbatim(failure.detail.isEmpty() ? failureKindName(failure.kind) : failure.detail));
        finish(StepStatus::Fail, notSignedIn, { f });
        return;
    }
    }
}

} // namespace SmtpDoctor
