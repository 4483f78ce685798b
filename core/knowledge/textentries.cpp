#include "core/knowledge/textentries.h"

#include <QHash>
#include <QStringList>

namespace SmtpDoctor::TextEntries {

QStringList alternatives(const char* patterns)
{
    QStringList out;
    QString current;
    const QString text = QString::fromUtf8(patterns);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size() && text[i + 1] == QLatin1Char('|')) {
            current += QLatin1Char('|');
            ++i;
        } else if (text[i] == QLatin1Char('|')) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current += text[i];
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QList<const TextEntry*> all()
{
    // Order matters when two entries match equally well: the earlier (more specific table) wins.
    static const QList<const TextEntry*> list = [] {
        QList<const TextEntry*> out;
        for (const auto* table : { &googleTexts(), &microsoftTexts(), &globalProviderTexts(),
                 &japanProviderTexts(), &blocklistTexts(), &mtaTexts(), &groupwareTexts(), &clientPhrases(),
                 &recipientPhrases(), &deliveryPhrases(), &bouncePhrases(), &japanesePhrases(), &fallbackPhrases() })
            for (const TextEntry& entry : *table)
                out.append(&entry);
        return out;
    }();
    return list;
}

const TextEntry* find(const QString& id)
{
    static const QHash<QString, const TextEntry*> index = [] {
        QHash<QString, const TextEntry*> h;
        for (const TextEntry* entry : all())
            h.insert(QString::fromLatin1(entry->id), entry);
        return h;
    }();
    return index.value(id, nullptr);
}

} // namespace SmtpDoctor::TextEntries
