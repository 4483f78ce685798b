#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace SmtpDoctor {

// Why a certificate is too weak to be trusted today, if it is: a key that is too short or a signature
// made with a broken hash. OpenSSL refuses both (Qt reports them only as an "unknown error"), and so do
// current mail programs; naming the cause lets the report say what the provider has to replace.
struct CertificateWeakness
{
    enum class Kind { None, ShortKey, WeakSignature };
    Kind kind = Kind::None;
    QString algorithm; // "RSA", "SHA-1", "MD5"
    int bits = 0; // ShortKey: the key length

    bool isWeak() const { return kind != Kind::None; }
};

// The first weakness among the certificates the server presented (leaf first); the trust anchor
// itself (self-signed) is not judged by its own signature.
CertificateWeakness findCertificateWeakness(const QList<QSslCertificate>& chain);

} // namespace SmtpDoctor
