#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace SmtpDoctor {

// Hides a password wherever it shows up, in whatever form it took on the wire or in a server's echo:
//  - its bytes in UTF-8, Latin-1 / Windows-1252, UTF-16 (LE and BE) and the Japanese encodings
//    (Shift_JIS, EUC-JP, ISO-2022-JP), and base64 of each at any alignment inside a longer base64 string
//    (AUTH PLAIN packs it after "\0user\0"), standard and URL alphabet;
//  - the same bytes behind percent (URL) encoding and quoted-printable / RFC 2047 Q encoding, whichever
//    characters the encoder chose to escape, in upper or lower case hex;
//  - most of it: a stretch that differs from it in at most a quarter of its bytes (an echo cut short,
//    a character replaced), for passwords long enough to tell that from chance.
// Bytes are scrubbed before they are decoded (a Latin-1 echo decoded as UTF-8 no longer contains the
// password's text, only replacement characters). Every found stretch becomes "[hidden]". Work is
// bounded: where the near-match search would take too long, the whole input is hidden instead.
class SecretScrubber
{
public:
    static QString marker() { return QStringLiteral("[hidden]"); }

    void addSecret(const QString& secret);
    bool isEmpty() const { return m_secrets.isEmpty(); }

    QByteArray scrub(const QByteArray& bytes) const;
    QString scrub(const QString& text) const;

private:
    struct Secret
    {
        QList<QByteArray> text; // the encodings of the password itself (searched in every view, and near)
        QList<QByteArray> base64; // the stable middle parts of its base64 forms (searched as they are)
    };
    QList<Secret> m_secrets;
};

} // namespace SmtpDoctor
