#include "core/checks/authcommon.h"

#include "core/smtp/smtpsession.h"

namespace SmtpDoctor::AuthCommon {

namespace {
const char* const Ctx = "AuthStep";

StepResult result(StepStatus status, const LocalizedText& summary, const QList<Finding>& findings)
{
    StepResult r;
    r.id = StepId::Auth;
    r.status = status;
    r.summary = summary;
    r.findings = findings;
    return r;
}

} // namespace

LocalizedText notSignedIn()
{
    return { Ctx, QT_TRANSLATE_NOOP("AuthStep", "Signing in did not work.") };
}

std::optional<StepResult> cannotStart(const StepContext& ctx)
{
    if (ctx.settings().user.isEmpty()) {
        return result(StepStatus::Skip,
            { Ctx, QT_TRANSLATE_NOOP("AuthStep", "Sign-in was not tested: no user name was given.") },
            { Finding::make(FindingId::AuthSkipped) });
    }
    const SmtpSession* session = ctx.session;
    if (!session || !session->isReady()) {
        const StepId earlier = ctx.earlier.statusOf(StepId::Server) == StepStatus::Fail && !session
            ? StepId::Server
            : StepId::Tls;
        return notRunResult(StepId::Auth, earlier);
    }
    return std::nullopt;
}

std::optional<StepResult> connectionFailure(const StepContext& ctx, const SessionFailure& failure)
{
    using K = SessionFailure::Kind;
    const SmtpSession* session = ctx.session;
    switch (failure.kind) {
    case K::AuthRejected:
    case K::AuthMechanismUnsupported:
        return std::nullopt;
    case K::AuthInsecure: {
        // Caused by the TLS step when it failed; the user's own choice of "no encryption" otherwise.
        const bool tlsFailed = ctx.earlier.statusOf(StepId::Tls) == StepStatus::Fail;
        const LocalizedText summary = ctx.settings().signIn == SignInMethod::OAuth
            ? LocalizedText { Ctx,
                  QT_TRANSLATE_NOOP("AuthStep",
                      "SMTP Doctor did not sign in through the browser, because the connection to the mail "
                      "server is not safe for the sign-in token.") }
            : LocalizedText { Ctx,
                  QT_TRANSLATE_NOOP(
                      "AuthStep", "Your password was not sent, because the connection is not safe.") };
        return result(tlsFailed ? StepStatus::Skip : StepStatus::Fail, summary,
            { Finding::make(FindingId::AuthInsecureRefused) });
    }
    case K::AuthNotOffered: {
        Finding f = Finding::make(FindingId::AuthNotOffered, { ctx.settings().shownHost() });
        if (session && !session->capabilitiesBeforeTls().authMechanisms().isEmpty()
            && session->tls().encrypted)
            f.withDetail({ Ctx,
                QT_TRANSLATE_NOOP("AuthStep",
                    "The server offered sign-in before encryption started, but not after. A device in "
                    "between may be changing the conversation.") });
        return result(StepStatus::Fail, notSignedIn(), { f });
    }
    case K::ProtocolError:
        if (failure.state == SessionState::Auth
            && (failure.reply.isSuccess() || failure.reply.isIntermediate())) {
            // "Accepted" before the credentials went out, or an answer AUTH does not have: nothing was checked.
            Finding f = Finding::make(FindingId::ServerProtocolError, { ctx.settings().shownHost() });
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
            return result(StepStatus::Fail,
                { Ctx,
                    QT_TRANSLATE_NOOP("AuthStep",
                        "Signing in was not confirmed: the server's answers do not fit a sign-in.") },
                { f });
        }
        Q_FALLTHROUGH();
    default: {
        Finding f = Finding::make(FindingId::ServerProtocolError, { ctx.settings().shownHost() });
        if (failure.kind == K::Timeout)
            f = Finding::make(FindingId::AuthTemporaryFailure);
        f.withReply(failure.reply)
            .withDetail(LocalizedText::verbatim(
                failure.detail.isEmpty() ? failureKindName(failure.kind) : failure.detail));
        return result(StepStatus::Fail, notSignedIn(), { f });
    }
    }
}

} // namespace SmtpDoctor::AuthCommon
