#include "core/knowledge/knowledgetypes.h"


namespace SmtpDoctor {

QString retryAdviceName(RetryAdvice r)
{
    switch (r) {
    case RetryAdvice::NotNeeded:
        return QStringLiteral("not-needed");
    case RetryAdvice::AfterFix:
        return QStringLiteral("after-fix");
    case RetryAdvice::Soon:
        return QStringLiteral("soon");
    case RetryAdvice::Later:
        return QStringLiteral("later");
    case RetryAdvice::Automatic:
        return QStringLiteral("automatic");
    }
    return {};
}

LocalizedText retryAdviceText(RetryAdvice r)
{
    switch (r) {
    case RetryAdvice::NotNeeded:
        return { KnowledgeContext, QT_TRANSLATE_NOOP("Knowledge", "Nothing needs to be sent again.") };
    case RetryAdvice::AfterFix:
        return { KnowledgeContext,
            QT_TRANSLATE_NOOP("Knowledge",
                "Waiting does not help: sending again fails the same way until the cause is fixed.") };
    case RetryAdvice::Soon:
        return { KnowledgeContext,
            QT_TRANSLATE_NOOP("Knowledge", "Waiting usually helps: try again in a few minutes.") };
    case RetryAdvice::Later:
        return { KnowledgeContext,
            QT_TRANSLATE_NOOP("Knowledge",
                "Waiting helps: try again in a few hours; sending limits usually reset within a day.") };
    case RetryAdvice::Automatic:
        return { KnowledgeContext,
            QT_TRANSLATE_NOOP("Knowledge",
                "No need to send again yet: the mail server keeps trying by itself and reports if it finally "
                "gives up.") };
    }
    return {};
}

ReplyStage replyStageOf(SessionState state)
{
    switch (state) {
    case SessionState::Connecting:
    case SessionState::TlsHandshake:
    case SessionState::Greeting:
        return ReplyStage::Greeting;
    case SessionState::Ehlo:
    case SessionState::Helo:
    case SessionState::EhloAfterTls:
        return ReplyStage::Ehlo;
    case SessionState::StartTls:
    case SessionState::StartTlsHandshake:
        return ReplyStage::StartTls;
    case SessionState::Auth:
        return ReplyStage::Auth;
    case SessionState::MailFrom:
        return ReplyStage::MailFrom;
    case SessionState::RcptTo:
        return ReplyStage::RcptTo;
    case SessionState::Data:
        return ReplyStage::Data;
    case SessionState::MessageBody:
        return ReplyStage::Message;
    case SessionState::Quit:
        return ReplyStage::Quit;
    default: // Idle, Ready, Closed, and states added later: no particular command was answered
        break;
    }
    return ReplyStage::Any;
}

QString replyStageName(ReplyStage s)
{
    switch (s) {
    case ReplyStage::Any:
        return QStringLiteral("any");
    case ReplyStage::Greeting:
        return QStringLiteral("greeting");
    case ReplyStage::Ehlo:
        return QStringLiteral("ehlo");
    case ReplyStage::StartTls:
        return QStringLiteral("starttls");
    case ReplyStage::Auth:
        return QStringLiteral("auth");
    case ReplyStage::MailFrom:
        return QStringLiteral("mail");
    case ReplyStage::RcptTo:
        return QStringLiteral("rcpt");
    case ReplyStage::Data:
        return QStringLiteral("data");
    case ReplyStage::Message:
        return QStringLiteral("message");
    case ReplyStage::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

} // namespace SmtpDoctor
