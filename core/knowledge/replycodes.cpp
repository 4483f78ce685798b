#include "core/knowledge/replycodes.h"

#include <QHash>

namespace SmtpDoctor::ReplyCodes {

namespace {

using Key = quint32;
Key keyOf(int code, ReplyStage stage)
{
    return Key(code) << 8 | Key(stage);
}

const QHash<Key, const ReplyCodeInfo*>& index()
{
    static const QHash<Key, const ReplyCodeInfo*> h = [] {
        QHash<Key, const ReplyCodeInfo*> out;
        for (const ReplyCodeInfo* info : all())
            out.insert(keyOf(info->code, info->stage), info);
        return out;
    }();
    return h;
}

} // namespace

const ReplyCodeInfo* find(int code, ReplyStage stage)
{
    if (stage != ReplyStage::Any) {
        if (const ReplyCodeInfo* info = index().value(keyOf(code, stage), nullptr))
            return info;
    }
    return index().value(keyOf(code, ReplyStage::Any), nullptr);
}

bool hasStageMeaning(int code, ReplyStage stage)
{
    return stage != ReplyStage::Any && index().contains(keyOf(code, stage));
}

bool hasOwnEntry(int code)
{
    return index().contains(keyOf(code, ReplyStage::Any));
}

ReplyCodeInfo fallback(int code)
{
    // Titles and explanations by the first digit; the fix by whether waiting helps.
    switch (code / 100) {
    case 1:
    case 2:
        return { .code = code,
            .retry = RetryAdvice::NotNeeded,
            .reason = Reason::Accepted,
            .title = QT_TRANSLATE_NOOP("Knowledge", "A positive reply"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge",
                "Codes starting with 2 mean the server did what was asked. This is not an error."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Nothing to do.") };
    case 3:
        return { .code = code,
            .retry = RetryAdvice::NotNeeded,
            .reason = Reason::InProgress,
            .title = QT_TRANSLATE_NOOP("Knowledge", "The server waits for more"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge",
                "Codes starting with 3 mean the server accepted the request so far and waits for the next "
                "part. This is a normal step."),
            .fix = QT_TRANSLATE_NOOP("Knowledge", "Nothing to do.") };
    case 4:
        return { .code = code,
            .retry = RetryAdvice::Soon,
            .title = QT_TRANSLATE_NOOP("Knowledge", "A temporary problem"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge",
                "Codes starting with 4 mean a temporary failure: the request was refused for now, but the "
                "same message may go through later."),
            .fix = QT_TRANSLATE_NOOP("Knowledge",
                "Wait and send again later. Read the server's words after the code for the reason.") };
    default:
        return { .code = code,
            .title = QT_TRANSLATE_NOOP("Knowledge", "A permanent refusal"),
            .explanation = QT_TRANSLATE_NOOP("Knowledge",
                "Codes starting with 5 mean a permanent failure: sending the same thing again fails the same "
                "way until something is changed."),
            .fix = QT_TRANSLATE_NOOP("Knowledge",
                "Read the server's words after the code for the reason, fix it, then send again.") };
    }
}

QList<const ReplyCodeInfo*> all()
{
    QList<const ReplyCodeInfo*> list;
    for (const auto* table : { &stageReplyCodes(), &generalReplyCodes() })
        for (const ReplyCodeInfo& info : *table)
            list.append(&info);
    return list;
}

} // namespace SmtpDoctor::ReplyCodes
