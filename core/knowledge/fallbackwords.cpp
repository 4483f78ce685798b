#include "core/knowledge/fallbackwords.h"

#include "core/knowledge/explanationitems.h"
#include "core/knowledge/textentries.h"

namespace SmtpDoctor::FallbackWords {

namespace {

const TextEntry* failureEntry()
{
    return TextEntries::find(QStringLiteral("fallback.failure"));
}

bool containsAny(const QString& lower, const TextEntry& entry)
{
    const QStringList words = TextEntries::alternatives(entry.patterns);
    for (const QString& word : words)
        if (lower.contains(word))
            return true;
    return false;
}

} // namespace

std::optional<ExplanationItem> item(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const TextEntry* failure = failureEntry();
    if (trimmed.isEmpty() || trimmed.size() > MaxText || !failure)
        return std::nullopt;
    const QString lower = trimmed.toLower();
    if (!containsAny(lower, *failure))
        return std::nullopt;
    const TextEntry* chosen = failure;
    for (const TextEntry* entry : TextEntries::all()) {
        if ((entry->flags & TextEntry::LastResort) && entry != failure && containsAny(lower, *entry)) {
            chosen = entry;
            break;
        }
    }
    ExplanationItem out = ExplanationItems::textItem(*chosen);
    out.match = ExplanationItems::lineAround(text, 0, 0);
    return out;
}

} // namespace SmtpDoctor::FallbackWords
