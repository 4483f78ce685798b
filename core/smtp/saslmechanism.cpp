#include "core/smtp/saslmechanism.h"

#include <QMessageAuthenticationCode>

namespace SmtpDoctor {

QString saslMechanismName(SaslMechanism m)
{
    switch (m) {
    case SaslMechanism::Plain:
        return QStringLiteral("PLAIN");
    case SaslMechanism::Login:
        return QStringLiteral("LOGIN");
    case SaslMechanism::CramMd5:
        return QStringLiteral("CRAM-MD5");
    case SaslMechanism::None:
        break;
    }
    return {};
}

SaslMechanism chooseSaslMechanism(const QStringList& offered, const QList<SaslMechanism>& exclude)
{
    for (SaslMechanism m : { SaslMechanism::CramMd5, SaslMechanism::Plain, SaslMechanism::Login }) {
        if (!exclude.contains(m) && offered.contains(saslMechanismName(m), Qt::CaseInsensitive))
            return m;
    }
    return SaslMechanism::None;
}

bool offersOnlyOAuth(const QStringList& offered)
{
    if (offered.isEmpty())
        return false;
    for (const QString& m : offered) {
        const QString upper = m.toUpper();
        if (upper != QLatin1String("XOAUTH2") && upper != QLatin1String("OAUTHBEARER") && upper != QLatin1String("XOAUTH"))
            return false;
    }
    return true;
}

namespace Sasl {

QByteArray plainResponse(const QString& user, const QString& password)
{
    QByteArray raw;
    raw.append('\0');
    raw.append(user.toUtf8());
    raw.append('\0');
    raw.append(password.toUtf8());
    return raw.toBase64();
}

QByteArray base64(const QString& text)
{
    return text.toUtf8().toBase64();
}

QByteArray decodeChallenge(const QByteArray& challengeBase64, bool* ok)
{
    const auto result = QByteArray::fromBase64Encoding(challengeBase64.trimmed(),
        QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = result.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return result.decoded;
}

QByteArray cramMd5Response(const QString& user, const QString& password, const QByteArray& challengeBase64)
{
    bool ok = false;
    const QByteArray challenge = decodeChallenge(challengeBase64, &ok);
    if (!ok || challenge.isEmpty())
        return {};
    const QByteArray digest = QMessageAuthenticationCode::hash(challenge, password.toUtf8(), QCryptographicHash::Md5);
    return QByteArray(user.toUtf8() + ' ' + digest.toHex()).toBase64();
}

} // namespace Sasl

} // namespace SmtpDoctor
