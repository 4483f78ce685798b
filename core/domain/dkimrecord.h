#pragma once

#include <QList>
#include <QString>

namespace SmtpDoctor {

// Why a DKIM key record (RFC 6376 3.6.1) cannot be used.
enum class DkimKeyError {
    None,
    Malformed, // not a tag=value list
    WrongVersion, // v= present but not DKIM1, or not the first tag
    MissingKey, // no p= tag at all
    BadKeyData, // p= is not base64, or not a public key of the named type
    UnknownKeyType, // k= other than rsa or ed25519
    NotForEmail, // s= does not include "email" or "*"
};

struct DkimKey
{
    DkimKeyError error = DkimKeyError::None;
    bool revoked = false; // p= present and empty (RFC 6376 3.6.1)
    bool testing = false; // t=y
    QString keyType = QStringLiteral("rsa");
    int bits = 0; // RSA modulus length; 256 for ed25519

    bool isUsable() const { return error == DkimKeyError::None && !revoked; }
    static DkimKey parse(const QString& record);
};

// One DKIM-Signature header found in pasted text: the signing domain and selector.
struct DkimSignature
{
    QString domain; // d=
    QString selector; // s=
    // Every DKIM-Signature header in `text` (a message, its headers, or a bounce quoting them),
    // unfolded; headers without d= or s= are left out.
    static QList<DkimSignature> findAll(const QString& text);
};

} // namespace SmtpDoctor
