#pragma once

#include "core/findings/findingid.h"
#include "core/findings/severity.h"
#include "core/knowledge/knowledgetypes.h"
#include "core/smtp/sessiontypes.h"
#include "core/smtp/smtpreply.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace SmtpDoctor {

// One thing recognised in pasted text: a reply code, a known phrase or a provider message.
struct ExplanationItem
{
    enum class Kind { Reply, Phrase, Provider };
    Kind kind = Kind::Reply;
    QString match; // the part of the input it comes from (untrusted, control characters visible)
    int code = 0; // basic reply code, 0 if none
    QString enhanced; // "5.7.8" or empty
    ReplyClass replyClass = ReplyClass::Unknown;
    Side side = Side::Server;
    Reason reason = Reason::Unclassified; // why, in the shared vocabulary (core/findings/reason.h)
    LocalizedText title;
    LocalizedText explanation;
    LocalizedText fix;

    // Added by the knowledge base:
    QString id; // the knowledge entry: "code.550.rcpt", "enhanced.5.1.1", "gmail.bad-credentials"
    std::optional<FindingId> finding; // what this means in a check (FindingId::AuthRejected), if anything
    RetryAdvice retry = RetryAdvice::AfterFix;
    ReplyStage stage = ReplyStage::Any; // the stage the reply answered, when the text tells
    QList<LocalizedText>
        moreExplanation; // sentences that follow `explanation` (class and subject of an unknown code)
    int specificity = 0; // 1 general ... 4 one provider's exact case; used for ranking
    qsizetype position = 0; // where in the input it was found

    static QString kindName(Kind k); // "reply", "phrase", "provider"
    LocalizedText retryText() const { return retryAdviceText(retry); }
    // The explanation with the extra sentences, in the installed language.
    QString fullExplanation() const;
};

// Finds every reply, enhanced code, provider text and known phrase in a line, a client's error message
// or a whole bounce, most specific and most important first. Bounded: input beyond MaxInput is ignored.
class Explainer
{
public:
    static constexpr qsizetype MaxInput = 2 * 1024 * 1024;
    static constexpr int MaxItems = 50;

    static QList<ExplanationItem> explain(const QString& text);
    // Raw bytes (standard input, a saved bounce): decoded first (UTF-8, ISO-2022-JP, Shift_JIS, MIME parts).
    static QList<ExplanationItem> explainBytes(const QByteArray& bytes);
    // One reply the engine received at a known stage: the reply's own item first, then anything its
    // text adds. Never empty for a valid reply.
    static QList<ExplanationItem> explainReply(const SmtpReply& reply, SessionState stage);
};

} // namespace SmtpDoctor
