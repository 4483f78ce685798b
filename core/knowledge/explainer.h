#pragma once

#include "core/checks/finding.h"
#include "core/smtp/smtpreply.h"

#include <QList>
#include <QString>

namespace SmtpDoctor {

// One thing recognised in pasted text: a reply code, a known phrase or a provider message.
struct ExplanationItem
{
    enum class Kind { Reply, Phrase, Provider };
    Kind kind = Kind::Reply;
    QString match;        // the part of the input it comes from (untrusted, control characters visible)
    int code = 0;         // basic reply code, 0 if none
    QString enhanced;     // "5.7.8" or empty
    ReplyClass replyClass = ReplyClass::Unknown;
    Side side = Side::Server;
    LocalizedText title;
    LocalizedText explanation;
    LocalizedText fix;

    static QString kindName(Kind k); // "reply", "phrase", "provider"
};

// Finds every reply, enhanced code, provider text and known phrase in a line, a client's error message
// or a whole bounce, most specific and most important first. Bounded: input beyond MaxInput is ignored.
class Explainer
{
public:
    static constexpr qsizetype MaxInput = 2 * 1024 * 1024;
    static QList<ExplanationItem> explain(const QString& text);
};

} // namespace SmtpDoctor
