#include "core/smtp/saslmechanism.h"

#include "core/smtp/smtpreply.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    case SaslMechanism::XOAuth2:
        return QStringLiteral("XOAUTH2");
    case SaslMechanism::OAuthBearer:
        return QStringLiteral("OAUTHBEARER");
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

SaslMechanism chooseTokenSaslMechanism(const QStringList& offered, const QList<SaslMechanism>& exclude)
{
    for (SaslMechanism m : { SaslMechanism::XOAuth2, SaslMechanism::OAuthBearer }) {
        if (!exclude.contains(m) && offered.contains(saslMechanismName(m), Qt::CaseInsensitive))
            return m;
    }
    return SaslMechanism::None;
}

bool isTokenMechanism(SaslMechanism m)
{
    return m == SaslMechanism::XOAuth2 || m == SaslMechanism::OAuthBearer;
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

bool isBearerToken(const QString& token)
{
    // RFC 6750 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    qsizetype i = 0;
    for (; i < token.size(); ++i) {
        const QChar c = token.at(i);
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || QStringView(u"-._~+/").contains(c);
        if (!plain)
            break;
    }
    if (i == 0)
        return false;
    for (; i < token.size(); ++i) {
        if (token.at(i) != QLatin1Char('='))
            return false;
    }
    return true;
}

QByteArray xoauth2Response(const QString& user, const QString& token)
{
    return QByteArray("user=" + user.toUtf8()
        + "\x01"
          "auth=Bearer "
        + token.toLatin1() + "\x01\x01")
        .toBase64();
}

QByteArray oauthBearerResponse(const QString& user, const QString& host, quint16 port, const QString& token)
{
    // RFC 5801 saslname: "," and "=" are escaped in the authorization identity.
    QByteArray name = user.toUtf8();
    name.replace("=", "=3D");
    name.replace(",", "=2C");
    QByteArray raw = "n,a=" + name + ",\x01";
    if (!host.isEmpty())
        raw += "host=" + host.toUtf8() + '\x01';
    if (port != 0)
        raw += "port=" + QByteArray::number(port) + '\x01';
    raw += "auth=Bearer " + token.toLatin1() + "\x01\x01";
    return raw.toBase64();
}

OAuthErrorStatus readOAuthErrorStatus(const QByteArray& challengeBase64)
{
    bool ok = false;
    const QByteArray json = decodeChallenge(challengeBase64, &ok);
    OAuthErrorStatus result;
    if (!ok || json.isEmpty())
        return result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return result;
    const QJsonObject object = document.object();
    constexpr qsizetype MaxField = 300;
    const auto field = [&object](const char* name) {
        const QJsonValue v = object.value(QLatin1String(name));
        const QString text = v.isDouble() ? QString::number(v.toInt()) : v.toString();
        return makeControlCharactersVisible(QStringView(text).left(MaxField));
    };
    result.status = field("status");
    result.scope = field("scope");
    result.text = makeControlCharactersVisible(QStringView(QString::fromUtf8(json)).left(2 * MaxField));
    return result;
}

QByteArray oauthErrorAcknowledgement(SaslMechanism m)
{
    return m == SaslMechanism::OAuthBearer ? QByteArray("\x01").toBase64() : QByteArray();
}

} // namespace Sasl

} // namespace SmtpDoctor
