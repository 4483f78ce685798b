#include "core/knowledge/enhancedcodes.h"

#include <QHash>

namespace SmtpDoctor::EnhancedCodes {

namespace {

using Key = quint32;
Key keyOf(int statusClass, int subject, int detail)
{
    return Key(statusClass) << 24 | Key(subject & 0xfff) << 12 | Key(detail & 0xfff);
}

const QHash<Key, const EnhancedCodeInfo*>& index()
{
    static const QHash<Key, const EnhancedCodeInfo*> h = [] {
        QHash<Key, const EnhancedCodeInfo*> out;
        for (const EnhancedCodeInfo* info : all())
            out.insert(keyOf(info->statusClass, info->subject, info->detail), info);
        return out;
    }();
    return h;
}

const EnhancedCodeInfo* lookup(int statusClass, int subject, int detail)
{
    if (subject < 0 || detail < 0 || subject > 999 || detail > 999)
        return nullptr;
    if (const EnhancedCodeInfo* info = index().value(keyOf(statusClass, subject, detail), nullptr))
        return info;
    return index().value(keyOf(0, subject, detail), nullptr);
}

} // namespace

const EnhancedCodeInfo* find(const EnhancedStatus& status)
{
    if (!status.isValid())
        return nullptr;
    if (status.statusClass == 2) {
        // The registry's "X." texts describe failures; success codes only have a few entries of their own.
        const EnhancedCodeInfo* own = index().value(keyOf(2, status.subject, status.detail), nullptr);
        return own ? own : index().value(keyOf(2, 0, 0), nullptr);
    }
    return lookup(status.statusClass, status.subject, status.detail);
}

const EnhancedCodeInfo* fallback(const EnhancedStatus& status)
{
    if (status.statusClass == 2)
        return index().value(keyOf(2, 0, 0), nullptr);
    if (const EnhancedCodeInfo* subject = lookup(status.statusClass, status.subject, 0))
        return subject;
    return lookup(status.statusClass, 0, 0);
}

QList<const EnhancedCodeInfo*> all()
{
    QList<const EnhancedCodeInfo*> list;
    for (const auto* table : { &mailEnhancedCodes(), &transportEnhancedCodes(), &securityEnhancedCodes() })
        for (const EnhancedCodeInfo& info : *table)
            list.append(&info);
    return list;
}

} // namespace SmtpDoctor::EnhancedCodes
