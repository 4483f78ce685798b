#pragma once

#include "core/findings/findingid.h"
#include "core/findings/reason.h"
#include "core/findings/severity.h"
#include "core/i18n/localizedtext.h"
#include "core/smtp/sessiontypes.h"

#include <QString>

#include <optional>

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

// The tables are written with designated initializers (.code = 550, .stage = ...): a member left out
// takes the default given here.

// A basic reply code (RFC 5321 and codes seen in practice), at one stage or at any.
struct ReplyCodeInfo
{
    int code = 0;
    ReplyStage stage = ReplyStage::Any;
    Side side = Side::Server;
    RetryAdvice retry = RetryAdvice::AfterFix;
    std::optional<FindingId> finding; // the finding this usually means in a check
    Reason reason = Reason::Unclassified;
    const char* title = nullptr;
    const char* explanation = nullptr;
    const char* fix = nullptr;
};

// An enhanced status code of the IANA registry (RFC 3463 and later), class.subject.detail.
struct EnhancedCodeInfo
{
    int statusClass = 0; // 2, 4 or 5; 0 = any class (the registry's "X.")
    int subject = 0;
    int detail = 0;
    // Says little beyond its class (X.0.0, X.7.1...): a stage-specific basic code explains better.
    bool generic = false;
    Side side = Side::Server;
    std::optional<FindingId> finding;
    Reason reason = Reason::Unclassified;
    const char* title = nullptr;
    const char* explanation = nullptr;
    const char* fix = nullptr;
};

// A provider's, an MTA's or a mail program's own words, or a phrase of bounces and error dialogs.
struct TextEntry
{
    enum class Kind : quint8 { Provider, Phrase };
    enum Flag : quint8 {
        NoFlags = 0,
        NeedsFailure = 1, // only meaningful next to an error (a domain name, a generic word)
        Wrapper = 2, // a mail program's frame around the server's answer: the answer explains more
        // The words judge the sender (its account's sending limit, its address's sending rate), never the
        // answering server itself: quoted in a delivery report they keep their side (AnsweringSide).
        AboutSender = 4,
        // A topic word of last resort (phrasetexts_fallback.cpp): read only when nothing else was
        // recognised in a text that reports a failure (FallbackWords).
        LastResort = 8,
    };
    const char* id = nullptr; // stable: "gmail.bad-credentials", "phrase.relay-denied"
    Kind kind = Kind::Phrase;
    // Lowercase alternatives separated by '|'; '*' stands for up to 60 characters of a line.
    const char* patterns = nullptr;
    ReplyStage stage = ReplyStage::Any; // Any, or the stage the reply carrying the words must be in
    int specificity = 2; // 2 = as specific as an enhanced code, 3 = more specific, 4 = one provider's exact case
    ReplyClass typicalClass = ReplyClass::Permanent; // used when the words come without a reply code
    Side side = Side::Server;
    RetryAdvice retry = RetryAdvice::AfterFix;
    std::optional<FindingId> finding;
    quint8 flags = NoFlags;
    Reason reason = Reason::Unclassified; // what the words say went wrong
    const char* title = nullptr;
    const char* explanation = nullptr;
    const char* fix = nullptr;
};

constexpr const char* KnowledgeContext = "Knowledge";

} // namespace SmtpDoctor
