#include "core/smtp/transcript.h"

#include "core/i18n/textcut.h"

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
    m_scrubber.addSecret(secret);
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
    if (shown.size() > MaxEntryLength) {
        const qsizetype cut = textCutPosition(shown, MaxEntryLength);
        shown = shown.left(cut) + QStringLiteral("[… %1 more characters]").arg(shown.size() - cut);
    }
    m_totalLength += shown.size();
    TranscriptEntry entry { m_clock.elapsed(), direction, shown, connection };
    m_entries.append(entry);
    emit entryAdded(entry);
}

} // namespace SmtpDoctor
