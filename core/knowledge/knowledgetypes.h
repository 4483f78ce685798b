#pragma once

#include "core/checks/finding.h"
#include "core/i18n/localizedtext.h"
#include "core/smtp/sessiontypes.h"

#include <QString>

namespace SmtpDoctor {

// The shapes of the knowledge base's tables. Every table lives in one file of its theme (basic codes,
// enhanced codes, provider texts, phrases); every text is a QT_TRANSLATE_NOOP("Knowledge", ...) literal
// so a translator finds all of them in one context, and identical sentences are translated once.

// Whether sending again helps, and when.
enum class RetryAdvice : quint8 {
    NotNeeded, // success: nothing to send again
    AfterFix, // permanent: the same message fails again until the cause is fixed
    Soon, // temporary: try again in a few minutes
    Later, // temporary limit or block: try again in a few hours
    Automatic, // the sending server keeps trying by itself; wait for its final report
};
QString retryAdviceName(RetryAdvice r); // "not-needed", "after-fix", "soon", "later", "automatic"
LocalizedText retryAdviceText(RetryAdvice r);

// Where in the conversation a reply came from. The same code means different things at different
// stages (550 after RCPT TO: no such mailbox; 550 after the message: refused as spam).
enum class ReplyStage : quint8 { Any, Greeting, Ehlo, StartTls, Auth, MailFrom, RcptTo, Data, Message, Quit };
ReplyStage replyStageOf(SessionState state);
QString replyStageName(ReplyStage s); // "any", "greeting", "ehlo", ... as used in the corpus manifest

// A basic reply code (RFC 5321 and codes seen in practice), at one stage or at any.
struct ReplyCodeInfo
{
    int code;
    ReplyStage stage;
    Side side;
    RetryAdvice retry;
    const char* findingId; // the contract finding this usually means in a check, or nullptr
    const char* title;
    const char* explanation;
    const char* fix;
};

// An enhanced status code of the IANA registry (RFC 3463 and later), class.subject.detail.
struct EnhancedCodeInfo
{
    int statusClass; // 2, 4 or 5; 0 = any class (the registry's "X.")
    int subject;
    int detail;
    bool generic; // says little beyond its class (X.0.0, X.7.1...): a stage-specific basic code explains
                  // better
    Side side;
    const char* findingId;
    const char* title;
    const char* explanation;
    const char* fix;
};

// A provider's, an MTA's or a mail program's own words, or a phrase of bounces and error dialogs.
struct TextEntry
{
    enum class Kind : quint8 { Provider, Phrase };
    enum Flag : quint8 {
        NoFlags = 0,
        NeedsFailure = 1, // only meaningful next to an error (a domain name, a generic word)
        Wrapper = 2, // a mail program's frame around the server's answer: the answer explains more
    };
    const char* id; // stable: "gmail.bad-credentials", "phrase.relay-denied"
    Kind kind;
    const char*
        patterns; // lowercase alternatives separated by '|'; '*' stands for up to 60 characters of a line
    ReplyStage stage; // Any, or the stage the reply carrying the words must be in
    int specificity; // 2 = as specific as an enhanced code, 3 = more specific, 4 = one provider's exact case
    ReplyClass typicalClass; // used when the words come without a reply code
    Side side;
    RetryAdvice retry;
    const char* findingId;
    const char* title;
    const char* explanation;
    const char* fix;
    quint8 flags = NoFlags;
};

constexpr const char* KnowledgeContext = "Knowledge";

} // namespace SmtpDoctor
