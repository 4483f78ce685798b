#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>

namespace SmtpDoctor {

// The network manager of one sign-in: every request it makes (QtNetworkAuth builds them itself) gets the
// trusted authorities, a transfer timeout, no redirects (a token endpoint has no reason to send one, and
// a redirect could carry the code elsewhere) and a bound on the answer's size.
class OAuthNetworkAccess : public QNetworkAccessManager
{
    Q_OBJECT
public:
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;

    OAuthNetworkAccess(int timeoutMs, QObject* parent = nullptr);

    // Empty: the system's authorities as Qt loads them. Otherwise exactly these (oauthtrust.h).
    void setAuthorities(const QList<QSslCertificate>& authorities) { m_authorities = authorities; }
    QNetworkReply* currentReply() const { return m_current; }
    // The answer grew past MaxAnswerBytes and was cut off.
    static bool wasTooLarge(const QNetworkReply* reply);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override;

private:
    int m_timeoutMs;
    QList<QSslCertificate> m_authorities;
    QPointer<QNetworkReply> m_current;
};

} // namespace SmtpDoctor
