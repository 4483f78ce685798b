#include "core/oauth/oauthnetworkaccess.h"

#include <QNetworkReply>
#include <QSslConfiguration>

namespace SmtpDoctor {

namespace {

const char* const TooLargeProperty = "smtpdoctorAnswerTooLarge";

} // namespace

OAuthNetworkAccess::OAuthNetworkAccess(int timeoutMs, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_timeoutMs(timeoutMs)
{
    setTransferTimeout(timeoutMs);
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool OAuthNetworkAccess::wasTooLarge(const QNetworkReply* reply)
{
    return reply->property(TooLargeProperty).toBool();
}

QNetworkReply* OAuthNetworkAccess::createRequest(
    Operation op, const QNetworkRequest& original, QIODevice* data)
{
    QNetworkRequest request(original);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_authorities.isEmpty())
        ssl.setCaCertificates(m_authorities);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(ssl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("SMTP Doctor/" SMTPDOCTOR_VERSION));
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = QNetworkAccessManager::createRequest(op, request, data);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxAnswerBytes && !reply->property(TooLargeProperty).toBool()) {
            reply->setProperty(TooLargeProperty, true);
            reply->abort();
        }
    });
    m_current = reply;
    return reply;
}

} // namespace SmtpDoctor
