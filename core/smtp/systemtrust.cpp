#include "core/smtp/systemtrust.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace SmtpDoctor::SystemTrust {

namespace {

QMutex cacheLock;
QHash<QByteArray, QList<QSslError>> cache; // key: chain digest + server name

QByteArray keyOf(const QList<QSslCertificate>& chain, const QString& peerName)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QSslCertificate& c : chain)
        hash.addData(c.toDer());
    return hash.result() + peerName.toUtf8();
}

} // namespace

bool worthAsking(const QList<QSslError>& errors)
{
    bool issuer = false;
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            issuer = true;
            break;
        default:
            break;
        }
    }
    return issuer;
}

QFuture<QList<QSslError>> judge(const QList<QSslCertificate>& chain, const QString& peerName)
{
    auto promise = std::make_shared<QPromise<QList<QSslError>>>();
    QFuture<QList<QSslError>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, chain, peerName] {
        const QByteArray key = keyOf(chain, peerName);
        QList<QSslError> errors;
        bool known = false;
        {
            QMutexLocker lock(&cacheLock);
            if (const auto it = cache.constFind(key); it != cache.constEnd()) {
                errors = *it;
                known = true;
            }
        }
        if (!known) {
            // Uses the default configuration's authorities plus the whole system store (qtbase's
            // X509 verify): the slow part, kept off the window's thread.
            errors = QSslCertificate::verify(chain, peerName);
            QMutexLocker lock(&cacheLock);
            cache.insert(key, errors);
        }
        promise->addResult(errors);
        promise->finish();
    });
    return future;
}

} // namespace SmtpDoctor::SystemTrust
