#pragma once

#include "core/autodetect/detectedserver.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace SmtpDoctor {

// Fetches the domain's Thunderbird-format autoconfig file over HTTPS (never plain HTTP: an attacker on
// the network could otherwise point the password at their own server) from both standard places at
// once, with a deadline and a size limit, and reports the outgoing servers of the first that answers.
class AutoconfigClient : public QObject
{
    Q_OBJECT
public:
    explicit AutoconfigClient(QObject* parent = nullptr);

    // https://autoconfig.<domain>/mail/config-v1.1.xml?emailaddress=<email>
    // https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml
    static QList<QUrl> urlsFor(const QString& email);

    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCas = certificates; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void start(const QString& email);
    void cancel();

signals:
    // Exactly once. `log` holds one technical line per URL tried (for the transcript).
    void finished(const QList<SmtpDoctor::DetectedServer>& servers, const QStringList& log);

private:
    void onReplyFinished(QNetworkReply* reply);
    void finish();

    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_deadline = nullptr;
    QList<QSslCertificate> m_extraCas;
    int m_timeoutMs = 10000;
    QString m_email;
    QList<QNetworkReply*> m_replies;
    QList<DetectedServer> m_servers;
    QStringList m_log;
    bool m_running = false;
};

} // namespace SmtpDoctor
