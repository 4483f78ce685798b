#include "core/domain/dkimrecord.h"

#include "core/domain/domainname.h"
#include "core/domain/taglist.h"

#include <QRegularExpression>

namespace SmtpDoctor {

namespace {

constexpr int MaxSignatures = 20;

// A minimal DER reader: enough to find the RSA modulus in a SubjectPublicKeyInfo or a bare
// RSAPublicKey. Returns false on anything it does not expect.
struct Der
{
    const QByteArray& data;
    int pos = 0;

    bool header(quint8 expectedTag, int* length)
    {
        if (pos + 2 > data.size() || quint8(data[pos]) != expectedTag)
            return false;
        ++pos;
        int len = quint8(data[pos++]);
        if (len & 0x80) {
            const int bytes = len & 0x7f;
            if (bytes < 1 || bytes > 3 || pos + bytes > data.size())
                return false;
            len = 0;
            for (int i = 0; i < bytes; ++i)
                len = (len << 8) | quint8(data[pos++]);
        }
        if (len > data.size() - pos)
            return false;
        *length = len;
        return true;
    }
};

int integerBits(const QByteArray& data, int pos, int len)
{
    while (len > 0 && data[pos] == 0) {
        ++pos;
        --len;
    }
    if (len == 0)
        return 0;
    int bits = (len - 1) * 8;
    for (quint8 top = quint8(data[pos]); top; top >>= 1)
        ++bits;
    return bits;
}

int rsaModulusBits(const QByteArray& der)
{
    Der d { der };
    int len = 0;
    if (!d.header(0x30, &len))
        return 0;
    // SubjectPublicKeyInfo: SEQUENCE { SEQUENCE { OID, NULL }, BIT STRING { RSAPublicKey } }
    if (d.pos < der.size() && quint8(der[d.pos]) == 0x30) {
        int algLen = 0;
        if (!d.header(0x30, &algLen))
            return 0;
        d.pos += algLen;
        int bitLen = 0;
        if (!d.header(0x03, &bitLen) || bitLen < 2)
            return 0;
        ++d.pos; // unused-bits byte
        if (!d.header(0x30, &len))
            return 0;
    }
    int modLen = 0;
    if (!d.header(0x02, &modLen))
        return 0;
    return integerBits(der, d.pos, modLen);
}

QString unfold(const QString& text)
{
    QString out = text;
    out.replace(QRegularExpression(QStringLiteral("\r?\n[ \t]+")), QStringLiteral(" "));
    return out;
}

} // namespace

DkimKey DkimKey::parse(const QString& record)
{
    DkimKey key;
    const std::optional<TagList::Tags> tags = TagList::parse(record);
    if (!tags) {
        key.error = DkimKeyError::Malformed;
        return key;
    }
    const std::optional<QString> version = TagList::value(*tags, QStringLiteral("v"));
    if (version && (*version != QLatin1String("DKIM1") || tags->first().first != QLatin1String("v"))) {
        key.error = DkimKeyError::WrongVersion;
        return key;
    }
    if (const auto k = TagList::value(*tags, QStringLiteral("k")))
        key.keyType = k->toLower();
    if (const auto t = TagList::value(*tags, QStringLiteral("t")))
        key.testing = t->split(QLatin1Char(':')).contains(QStringLiteral("y"));
    if (const auto s = TagList::value(*tags, QStringLiteral("s"))) {
        const QStringList services = s->split(QLatin1Char(':'));
        if (!services.contains(QStringLiteral("*")) && !services.contains(QStringLiteral("email"))) {
            key.error = DkimKeyError::NotForEmail;
            return key;
        }
    }
    const std::optional<QString> p = TagList::value(*tags, QStringLiteral("p"));
    if (!p) {
        key.error = DkimKeyError::MissingKey;
        return key;
    }
    QString base64 = *p;
    base64.remove(QRegularExpression(QStringLiteral("\\s")));
    if (base64.isEmpty()) {
        key.revoked = true;
        return key;
    }
    if (key.keyType != QLatin1String("rsa") && key.keyType != QLatin1String("ed25519")) {
        key.error = DkimKeyError::UnknownKeyType;
        return key;
    }
    const auto decoded
        = QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        key.error = DkimKeyError::BadKeyData;
        return key;
    }
    if (key.keyType == QLatin1String("ed25519")) {
        key.bits = 256;
        if (decoded.decoded.size() != 32)
            key.error = DkimKeyError::BadKeyData;
        return key;
    }
    key.bits = rsaModulusBits(decoded.decoded);
    if (key.bits == 0)
        key.error = DkimKeyError::BadKeyData;
    return key;
}

QList<DkimSignature> DkimSignature::findAll(const QString& text)
{
    static const QRegularExpression header(
        QStringLiteral("^DKIM-Signature[ \t]*:((?:[^\n]*)(?:\r?\n[ \t][^\n]*)*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QList<DkimSignature> out;
    auto it = header.globalMatch(text);
    while (it.hasNext() && out.size() < MaxSignatures) {
        const std::optional<TagList::Tags> tags = TagList::parse(unfold(it.next().captured(1)));
        if (!tags)
            continue;
        const auto d = TagList::value(*tags, QStringLiteral("d"));
        const auto s = TagList::value(*tags, QStringLiteral("s"));
        if (!d || !s)
            continue;
        DkimSignature sig { DomainName::cleaned(*d), s->trimmed().toLower() };
        if (!DomainName::isQueryable(sig.selector + QStringLiteral("._domainkey.") + sig.domain))
            continue;
        if (std::none_of(out.cbegin(), out.cend(),
                [&](const DkimSignature& o) { return o.domain == sig.domain && o.selector == sig.selector; }))
            out.append(sig);
    }
    return out;
}

} // namespace SmtpDoctor
