#include "core/checks/authstep.h"

#include "core/autodetect/providertable.h"
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
    if (m_ctx.settings().user.isEmpty()) {
        finish(StepStatus::Skip, { Ctx, QT_TRANSLATE_NOOP("AuthStep", "Sign-in was not tested: no user name was given.") },
            { Finding::make(FindingId::AuthSkipped) });
        return;
    }
    SmtpSession* session = m_ctx.session;
    if (!session || !session->isReady()) {
        skipBecause(m_ctx.earlier.statusOf(StepId::Server) == StepStatus::Fail && !session ? StepId::Server : StepId::Tls);
        return;
    }
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
    using K = SessionFailure::Kind;
    const LocalizedText notSignedIn { Ctx, QT_TRANSLATE_NOOP("AuthStep", "Signing in did not work.") };
    switch (failure.kind) {
    case K::AuthInsecure: {
        // Caused by the TLS step when it failed; the user's own choice of "no encryption" otherwise.
        const bool tlsFailed = m_ctx.earlier.statusOf(StepId::Tls) == StepStatus::Fail;
        finish(tlsFailed ? StepStatus::Skip : StepStatus::Fail,
            { Ctx, QT_TRANSLATE_NOOP("AuthStep", "Your password was not sent, because the connection is not safe.") },
            { Finding::make(FindingId::AuthInsecureRefused) });
        return;
    }
    case K::AuthNotOffered: {
        Finding f = Finding::make(FindingId::AuthNotOffered, { m_ctx.settings().shownHost() });
        if (!session->capabilitiesBeforeTls().authMechanisms().isEmpty() && session->tls().encrypted)
            f.withDetail({ Ctx, QT_TRANSLATE_NOOP("AuthStep", "The server offered sign-in before encryption started, but not after. A device in between may be changing the conversation.") });
        finish(StepStatus::Fail, notSignedIn, { f });
        return;
    }
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
    case K::ProtocolError:
        if (failure.state == SessionState::Auth
            && (failure.reply.isSuccess() || failure.reply.isIntermediate())) {
            // "Accepted" before the password went out, or an answer AUTH does not have: nothing was checked.
            Finding f = Finding::make(FindingId::ServerProtocolError, { m_ctx.settings().shownHost() });
            f.withReply(failure.reply)
                .withDetail(failure.reply.code == 235
                        ? LocalizedText { Ctx,
                            QT_TRANSLATE_NOOP("AuthStep",
                                "The server answered %1 (\"signed in\") before SMTP Doctor had sent the "
                                "password, so it checked nothing. A real mail server never does that: this "
                                "server, or a device in between, cannot be trusted with your password."),
                            { QString::number(failure.reply.code) } }
                        : LocalizedText { Ctx,
                            QT_TRANSLATE_NOOP("AuthStep",
                                "The server answered %1, which is no answer to a sign-in. Signing in was "
                                "stopped; nothing was confirmed."),
                            { QString::number(failure.reply.code) } });
            finish(StepStatus::Fail,
                { Ctx,
                    QT_TRANSLATE_NOOP("AuthStep",
                        "Signing in was not confirmed: the server's answers do not fit a sign-in.") },
                { f });
            return;
        }
        Q_FALLTHROUGH();
    default: {
        Finding f = Finding::make(FindingId::ServerProtocolError, { m_ctx.settings().shownHost() });
        if (failure.kind == K::Timeout)
            f = Finding::make(FindingId::AuthTemporaryFailure);
        f.withReply(failure.reply).withDetail(LocalizedText::verbatim(failure.detail.isEmpty() ? failureKindName(failure.kind) : failure.detail));
        finish(StepStatus::Fail, notSignedIn, { f });
        return;
    }
    }
}

} // namespace SmtpDoctor
