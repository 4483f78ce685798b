#include "core/domain/taglist.h"

#include <QRegularExpression>

namespace SmtpDoctor::TagList {

std::optional<Tags> parse(const QString& text)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    Tags tags;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue; // a trailing ";" is allowed; receivers also pass over empty ones elsewhere
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        const QString tag = part.left(eq).trimmed().toLower();
        if (!name.match(tag).hasMatch() || value(tags, tag))
            return std::nullopt;
        tags.append({ tag, part.mid(eq + 1).trimmed() });
    }
    return tags;
}

std::optional<QString> value(const Tags& tags, const QString& name)
{
    for (const auto& [tag, v] : tags) {
        if (tag == name)
            return v;
    }
    return std::nullopt;
}

} // namespace SmtpDoctor::TagList
