#pragma once

#include <QByteArray>
#include <QSslCertificate>

#include <memory>

namespace SmtpDoctor {

// The user's consent to one unverified certificate for one run.
//
// Decision (issue 8, guarantee 1): consent to "continue anyway" (--allow-insecure, or the wizard's
// checkbox) is bound to the exact certificate it was first applied to. The first unverified leaf
// certificate a connection of the run meets while the user consents is pinned by its SHA-256 digest;
// every later connection of the same run (the port sweep's other sessions, a second connection) is
// covered by that consent only if it presents the very same certificate. A different certificate
// is still examined (the handshake goes on, ignoring exactly its reported errors, so the report can
// explain it), but no credentials go to it. The session never calls the blanket ignoreSslErrors().
// A caller that has shown the user one certificate can pin it up front with its digest.
class CertificatePin
{
public:
    explicit CertificatePin(const QByteArray& sha256 = {})
        : m_sha256(sha256)
    {
    }

    // True if `certificate` is the pinned one; pins it when nothing is pinned yet.
    bool admit(const QSslCertificate& certificate);
    QByteArray pinnedSha256() const { return m_sha256; }

    static QByteArray digestOf(const QSslCertificate& certificate);

private:
    QByteArray m_sha256;
};

using SharedCertificatePin = std::shared_ptr<CertificatePin>;

} // namespace SmtpDoctor
