#include "core/checks/sendstep.h"

#include "core/knowledge/replyclassifier.h"
#include "core/smtp/smtpsession.h"
#include "core/smtp/testmessage.h"

#include <QCoreApplication>

namespace SmtpDoctor {

namespace {
const char* const Ctx = "SendStep";
}

QString SendStep::sender() const
{
    if (!m_ctx.settings().email.isEmpty())
        return m_ctx.settings().email;
    if (m_ctx.settings().user.contains(QLatin1Char('@')))
        return m_ctx.settings().user;
    return {}; // the null sender "<>"
}

void SendStep::run()
{
    SmtpSession* session = m_ctx.session;
    if (!session || !session->isReady()) {
        skipBecause(m_ctx.earlier.statusOf(StepId::Auth) == StepStatus::Fail ? StepId::Auth : StepId::Server);
        return;
    }
    // Signed in counts, also when only the other form of the user name worked (the step warns then).
    if (!m_ctx.settings().user.isEmpty() && !m_ctx.earlier.auth.signedIn) {
        skipBecause(StepId::Auth);
        return;
    }
    emit activity({ Ctx, QT_TRANSLATE_NOOP("SendStep", "Sending a test message to %1…"), { m_ctx.settings().sendTo } });
    const Endpoint endpoint = m_ctx.earlier.server.endpoint.value_or(Endpoint {});
    const QString subject = QCoreApplication::translate("SendStep", "SMTP Doctor test message");
    const QString body = QCoreApplication::translate("SendStep",
        "This is a test message from SMTP Doctor.\n\nIf you can read it, sending mail with these settings works:\n"
        "server %1, port %2, security %3.\n\nYou can delete this message.")
                             .arg(m_ctx.settings().host, QString::number(endpoint.port),
                                 securityLabel(endpoint.security).toString());
    Envelope envelope;
    envelope.from = sender();
    envelope.to = m_ctx.settings().sendTo;
    envelope.message = buildTestMessage(envelope.from, envelope.to, subject, body);
    connect(session, &SmtpSession::finished, this, &SendStep::onFinished, Qt::SingleShotConnection);
    session->sendMessage(envelope);
}

void SendStep::onFinished(bool ok)
{
    const QString to = m_ctx.settings().sendTo;
    if (ok) {
        finish(StepStatus::Pass, { Ctx, QT_TRANSLATE_NOOP("SendStep", "The server accepted the test message for %1."), { to } },
            { Finding::make(FindingId::SendAccepted, { to }).withReply(m_ctx.session->lastReply()) });
        return;
    }
    const SessionFailure& failure = m_ctx.session->failure();
    Finding f;
    if (failure.kind == SessionFailure::Kind::MessageTooLarge) {
        f = Finding::make(FindingId::SendMessageTooLarge).withDetail(LocalizedText::verbatim(failure.detail));
    } else if (failure.kind == SessionFailure::Kind::CommandRejected) {
        const FindingId id = ReplyClassifier::sendFinding(failure.state, failure.reply);
        const QString subject = id == FindingId::SendSenderRejected ? sender() : to;
        f = Finding::make(id, { subject }).withReply(failure.reply);
        f.replyReason = ReplyClassifier::reason(failure.state, failure.reply);
    } else {
        f = Finding::make(FindingId::SendFailed).withReply(failure.reply).withDetail(
            LocalizedText::verbatim(failure.detail.isEmpty() ? failureKindName(failure.kind) : failure.detail));
    }
    finish(statusFor({ f }), { Ctx, QT_TRANSLATE_NOOP("SendStep", "The test message was not accepted.") }, { f });
}

} // namespace SmtpDoctor
