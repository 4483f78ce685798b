#include "core/oauth/loopbackreplyhandler.h"

namespace SmtpDoctor {

LoopbackReplyHandler::LoopbackReplyHandler(bool listen, QObject* parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
{
    if (!listen)
        close();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply* reply)
{
    emit tokenReplyFinished(reply);
}

} // namespace SmtpDoctor
