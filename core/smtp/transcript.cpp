#include "core/smtp/transcript.h"

namespace SmtpDoctor {

QString TranscriptEntry::directionName(Direction d)
{
    switch (d) {
    case Direction::Client:
        return QStringLiteral("client");
    case Direction::Server:
        return QStringLiteral("server");
    case Direction::Info:
        break;
    }
    return QStringLiteral("info");
}

Transcript::Transcript(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

void Transcript::addSecret(const QString& secret)
{
    if (secret.isEmpty())
        return;
    const QByteArray utf8 = secret.toUtf8();
    // The secret itself, and base64 of it at each of the three alignments it can take inside a longer
    // base64 string (AUTH PLAIN packs it after "\0user\0"): the stable middle part of each.
    QStringList forms { secret };
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray padded = QByteArray(shift, '\0') + utf8;
        QByteArray b64 = padded.toBase64(QByteArray::OmitTrailingEquals);
        // Drop the characters influenced by the padding in front and the unknown bytes behind.
        const int skip = shift == 0 ? 0 : (shift * 8 + 5) / 6;
        b64 = b64.mid(skip);
        if (b64.size() > 2)
            b64.chop(2);
        if (b64.size() >= 4)
            forms << QString::fromLatin1(b64);
    }
    for (const QString& form : qAsConst(forms))
        if (!m_secretForms.contains(form))
            m_secretForms << form;
}

QString Transcript::scrub(QString text) const
{
    for (const QString& form : m_secretForms)
        text.replace(form, hiddenMarker());
    return text;
}

void Transcript::add(TranscriptEntry::Direction direction, const QString& text, const QString& connection)
{
    if (m_entries.size() >= MaxEntries || m_totalLength >= MaxTotalLength) {
        if (!m_truncated) {
            m_truncated = true;
            m_entries.append({ m_clock.elapsed(), TranscriptEntry::Direction::Info,
                QStringLiteral("[transcript truncated after %1 entries]").arg(m_entries.size()), connection });
        }
        return;
    }
    // Scrub first, then shorten: cutting first could split a secret so that no form of it matches.
    QString shown = scrub(text);
    if (shown.size() > MaxEntryLength)
        shown = shown.left(MaxEntryLength) + QStringLiteral("[… %1 more characters]").arg(shown.size() - MaxEntryLength);
    m_totalLength += shown.size();
    TranscriptEntry entry { m_clock.elapsed(), direction, shown, connection };
    m_entries.append(entry);
    emit entryAdded(entry);
}

} // namespace SmtpDoctor
