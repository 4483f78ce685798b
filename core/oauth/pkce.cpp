#include "core/oauth/pkce.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace SmtpDoctor::Pkce {

namespace {

QString randomBase64Url(int bytes)
{
    QByteArray data(bytes, '\0');
    // quint32 steps; `bytes` is a multiple of 4 at every call site.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString makeVerifier()
{
    return randomBase64Url(32);
}

QString challengeS256(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString makeState()
{
    return randomBase64Url(16);
}

} // namespace SmtpDoctor::Pkce
