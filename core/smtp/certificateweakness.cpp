#include "core/smtp/certificateweakness.h"

#include <QSslKey>

namespace SmtpDoctor {

namespace {

// OpenSSL's security level 2 (Debian's default): 112 bits, i.e. RSA/DSA/DH 2048, EC 224.
CertificateWeakness keyWeakness(const QSslCertificate& cert)
{
    const QSslKey key = cert.publicKey();
    CertificateWeakness w;
    if (key.isNull())
        return w;
    const int bits = key.length();
    const bool finiteField
        = key.algorithm() == QSsl::Rsa || key.algorithm() == QSsl::Dsa || key.algorithm() == QSsl::Dh;
    if ((finiteField && bits < 2048) || (key.algorithm() == QSsl::Ec && bits < 224)) {
        w.kind = CertificateWeakness::Kind::ShortKey;
        w.bits = bits;
        switch (key.algorithm()) {
        case QSsl::Rsa:
            w.algorithm = QStringLiteral("RSA");
            break;
        case QSsl::Dsa:
            w.algorithm = QStringLiteral("DSA");
            break;
        case QSsl::Dh:
            w.algorithm = QStringLiteral("DH");
            break;
        default:
            w.algorithm = QStringLiteral("EC");
            break;
        }
    }
    return w;
}

CertificateWeakness signatureWeakness(const QSslCertificate& cert)
{
    // Qt has no accessor for the signature algorithm; its text dump names it ("sha1WithRSAEncryption",
    // "ecdsa-with-SHA1", "md5WithRSAEncryption").
    CertificateWeakness w;
    const QString text = cert.toText();
    const qsizetype at = text.indexOf(QLatin1String("Signature Algorithm:"));
    if (at < 0)
        return w;
    const QString algorithm = text.mid(at, text.indexOf(QLatin1Char('\n'), at) - at).toLower();
    if (algorithm.contains(QLatin1String("sha1"))) {
        w.kind = CertificateWeakness::Kind::WeakSignature;
        w.algorithm = QStringLiteral("SHA-1");
    } else if (algorithm.contains(QLatin1String("md5")) || algorithm.contains(QLatin1String("md2"))) {
        w.kind = CertificateWeakness::Kind::WeakSignature;
        w.algorithm = QStringLiteral("MD5");
    }
    return w;
}

} // namespace

CertificateWeakness findCertificateWeakness(const QList<QSslCertificate>& chain)
{
    for (const QSslCertificate& cert : chain) {
        if (const CertificateWeakness w = keyWeakness(cert); w.isWeak())
            return w;
        if (cert.isSelfSigned())
            continue; // a root's own signature carries no trust
        if (const CertificateWeakness w = signatureWeakness(cert); w.isWeak())
            return w;
    }
    return {};
}

} // namespace SmtpDoctor
