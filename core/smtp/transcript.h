#pragma once

#include "core/smtp/secretscrubber.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace SmtpDoctor {

struct TranscriptEntry
{
    enum class Direction { Client, Server, Info };
    qint64 ms = 0;
    Direction direction = Direction::Info;
    QString text;
    QString connection; // "smtp.example.com:587"; empty for run-wide notes

    static QString directionName(Direction d); // "client", "server", "info"
};

// The whole conversation of one run, with timestamps from the run's start. Credentials never enter it:
// callers mark sensitive lines, and as a second line of defence every registered secret, in every form
// it can take (secretscrubber.h), is replaced by "[hidden]" in whatever is added. The session also
// scrubs the server's bytes through scrub() before it decodes them.
class Transcript : public QObject
{
    Q_OBJECT
public:
    // Bounded like everything a server can make grow: entries, characters per entry and in total.
    static constexpr int MaxEntries = 5000;
    static constexpr int MaxEntryLength = 4096;
    static constexpr qsizetype MaxTotalLength = 2 * 1024 * 1024;

    explicit Transcript(QObject* parent = nullptr);

    void addSecret(const QString& secret);
    void add(TranscriptEntry::Direction direction, const QString& text, const QString& connection = {});
    void addClient(const QString& text, const QString& connection) { add(TranscriptEntry::Direction::Client, text, connection); }
    void addServer(const QString& text, const QString& connection) { add(TranscriptEntry::Direction::Server, text, connection); }
    void addInfo(const QString& text, const QString& connection = {}) { add(TranscriptEntry::Direction::Info, text, connection); }

    QList<TranscriptEntry> entries() const { return m_entries; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    static QString hiddenMarker() { return SecretScrubber::marker(); }
    // `text` (or raw bytes from the network) with every registered secret, in any of its forms, replaced
    // by hiddenMarker().
    QString scrub(const QString& text) const { return m_scrubber.scrub(text); }
    QByteArray scrub(const QByteArray& bytes) const { return m_scrubber.scrub(bytes); }

signals:
    void entryAdded(const SmtpDoctor::TranscriptEntry& entry);

private:

    QElapsedTimer m_clock;
    QList<TranscriptEntry> m_entries;
    SecretScrubber m_scrubber;
    qsizetype m_totalLength = 0;
    bool m_truncated = false;
};

} // namespace SmtpDoctor
