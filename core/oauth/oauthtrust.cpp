#include "core/oauth/oauthtrust.h"

#include <QMutex>
#include <QPromise>
#include <QSslConfiguration>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace SmtpDoctor::OAuthTrust {

namespace {

QMutex systemLock;
std::optional<QList<QSslCertificate>> systemAuthorities; // read once per process

QList<QSslCertificate> system()
{
    QMutexLocker lock(&systemLock);
    if (!systemAuthorities)
        systemAuthorities = QSslConfiguration::systemCaCertificates();
    return *systemAuthorities;
}

} // namespace

QFuture<QList<QSslCertificate>> authoritiesWith(const QList<QSslCertificate>& extra)
{
    auto promise = std::make_shared<QPromise<QList<QSslCertificate>>>();
    QFuture<QList<QSslCertificate>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, extra] {
        promise->addResult(system() + extra);
        promise->finish();
    });
    return future;
}

} // namespace SmtpDoctor::OAuthTrust
