#include "core/smtp/certificatepin.h"

#include <QCryptographicHash>

namespace SmtpDoctor {

QByteArray CertificatePin::digestOf(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

bool CertificatePin::admit(const QSslCertificate& certificate)
{
    const QByteArray digest = digestOf(certificate);
    if (digest.isEmpty())
        return false;
    if (m_sha256.isEmpty())
        m_sha256 = digest;
    return m_sha256 == digest;
}

} // namespace SmtpDoctor
