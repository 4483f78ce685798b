#include "core/autodetect/autoconfigclient.h"

#include "core/autodetect/autoconfigparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace SmtpDoctor {

namespace {

const char* const UrlIndexProperty = "smtpdoctorUrlIndex";
const char* const TooLargeProperty = "smtpdoctorTooLarge";

} // namespace

AutoconfigClient::AutoconfigClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_deadline(new QTimer(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        const QList<QNetworkReply*> pending = m_replies;
        for (QNetworkReply* reply : pending)
            if (reply->isRunning())
                reply->abort(); // finishes with OperationCanceledError, logged as such
    });
}

QList<QUrl> AutoconfigClient::urlsFor(const QString& email)
{
    const QString domain = domainOf(email);
    if (domain.isEmpty())
        return {};
    QUrl first;
    first.setScheme(QStringLiteral("https"));
    first.setHost(QStringLiteral("autoconfig.") + domain);
    first.setPath(QStringLiteral("/mail/config-v1.1.xml"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("emailaddress"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    first.setQuery(query);
    QUrl second;
    second.setScheme(QStringLiteral("https"));
    second.setHost(domain);
    second.setPath(QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"));
    return { first, second };
}

void AutoconfigClient::start(const QString& email)
{
    m_email = email;
    m_servers.clear();
    m_log.clear();
    m_running = true;
    const QList<QUrl> urls = urlsFor(email);
    if (urls.isEmpty()) {
        m_log << QStringLiteral("autoconfig: no domain in the address");
        QTimer::singleShot(0, this, &AutoconfigClient::finish);
        return;
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!m_extraCas.isEmpty())
        ssl.addCaCertificates(m_extraCas);
    for (int i = 0; i < urls.size(); ++i) {
        QNetworkRequest request(urls[i]);
        request.setSslConfiguration(ssl);
        request.setTransferTimeout(m_timeoutMs);
        request.setMaximumRedirectsAllowed(3);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("SMTP Doctor/%1").arg(QStringLiteral(SMTPDOCTOR_VERSION)));
        QNetworkReply* reply = m_network->get(request);
        reply->setProperty(UrlIndexProperty, i);
        // A bounded download: stop as soon as it is larger than any real setup file.
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
            if (received > AutoconfigParser::MaxBytes || total > AutoconfigParser::MaxBytes) {
                reply->setProperty(TooLargeProperty, true);
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
        m_replies.append(reply);
    }
    // The transfer timeout restarts with every byte; this deadline does not.
    m_deadline->start(m_timeoutMs);
}

void AutoconfigClient::cancel()
{
    m_running = false;
    m_deadline->stop();
    const QList<QNetworkReply*> pending = m_replies;
    m_replies.clear();
    for (QNetworkReply* reply : pending) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void AutoconfigClient::onReplyFinished(QNetworkReply* reply)
{
    if (!m_running)
        return;
    reply->deleteLater();
    const QString url = reply->request().url().toString(QUrl::RemoveQuery);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QList<DetectedServer> found;
    if (reply->property(TooLargeProperty).toBool()) {
        m_log << QStringLiteral("autoconfig: %1: larger than %2 bytes, ignored").arg(url).arg(AutoconfigParser::MaxBytes);
    } else if (reply->error() != QNetworkReply::NoError) {
        m_log << QStringLiteral("autoconfig: %1: %2").arg(url, reply->errorString());
    } else if (status != 200) {
        m_log << QStringLiteral("autoconfig: %1: HTTP status %2").arg(url).arg(status);
    } else {
        QString error;
        found = AutoconfigParser::parse(reply->read(AutoconfigParser::MaxBytes + 1), m_email, &error);
        const QString finalUrl = reply->url().toString(QUrl::RemoveQuery);
        for (DetectedServer& s : found)
            s.origin = finalUrl;
        m_log << (error.isEmpty() ? QStringLiteral("autoconfig: %1: %2 outgoing server(s)").arg(finalUrl).arg(found.size())
                                  : QStringLiteral("autoconfig: %1: %2").arg(finalUrl, error));
    }
    // Keep the results in URL order: the autoconfig host is asked first, the well-known path second.
    const int index = reply->property(UrlIndexProperty).toInt();
    m_replies.removeAll(reply);
    if (index == 0)
        m_servers = found + m_servers;
    else
        m_servers += found;
    bool earlierPending = false;
    for (QNetworkReply* r : std::as_const(m_replies))
        if (r->property(UrlIndexProperty).toInt() < index)
            earlierPending = true;
    // The first URL's answer is preferred; a later one is taken as soon as all earlier ones failed.
    if (m_replies.isEmpty() || (!found.isEmpty() && !earlierPending))
        finish();
}

void AutoconfigClient::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline->stop();
    const QList<QNetworkReply*> pending = m_replies;
    m_replies.clear();
    for (QNetworkReply* reply : pending) {
        if (reply->isRunning()) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    emit finished(m_servers, m_log);
}

} // namespace SmtpDoctor
