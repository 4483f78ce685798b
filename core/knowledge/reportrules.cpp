#include "core/knowledge/reportrules.h"

#include "core/knowledge/answeringside.h"
#include "core/knowledge/explanationitems.h"
#include "core/knowledge/explanationranking.h"
#include "core/knowledge/textentries.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace SmtpDoctor::ReportRules {

using namespace ExplanationItems;

namespace {

std::optional<ExplanationItem> reportItem(const char* id, QStringView text, const QString& match)
{
    const TextEntry* entry = TextEntries::find(QString::fromLatin1(id));
    if (!entry)
        return std::nullopt;
    ExplanationItem item = textItem(*entry);
    item.match = match.isEmpty() ? lineAround(text, 0, 0) : match;
    return item;
}

QString actionLine(QStringView text)
{
    const qsizetype at = text.indexOf(QLatin1String("Action:"), 0, Qt::CaseInsensitive);
    return at < 0 ? QString() : lineAround(text, at, at + 7);
}

// Causes that say little beyond "it did not work this time".
bool isCatchAll(Reason r)
{
    return r == Reason::NetworkError || r == Reason::SystemError || r == Reason::Unclassified
        || r == Reason::ProtocolError;
}

// In a final report, also the temporary refusals that only ask to come back later.
bool isTemporaryCatchAll(Reason r)
{
    return isCatchAll(r) || r == Reason::Greylisted || r == Reason::TooManyConnections;
}

// The first item that names a cause of a failure, or -1.
qsizetype firstCause(const QList<ExplanationItem>& items, std::initializer_list<Reason> except)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (isFailure(items[i].replyClass) && !ExplanationRanking::isFrame(items[i])
            && std::find(except.begin(), except.end(), items[i].reason) == except.end())
            return i;
    return -1;
}

// The report's own item speaks first for a reply that only says "not now": it carries that reply's
// codes, so the first item still tells what the server answered.
void carryReply(ExplanationItem& report, const ExplanationItem& reply)
{
    if (report.code != 0 || !report.enhanced.isEmpty() || reply.code == 0)
        return;
    report.code = reply.code;
    report.enhanced = reply.enhanced;
    report.replyClass = reply.replyClass;
}

// A delay warning: the cause, when the report names a specific one, speaks first, with the note that
// nothing needs to be sent again yet; a generic temporary refusal leaves the warning itself first.
void applyDelayRules(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce)
{
    qsizetype delay = -1;
    for (qsizetype i = 0; i < items.size() && delay < 0; ++i)
        if (items[i].reason == Reason::Delayed)
            delay = i;
    if (delay < 0) {
        if (bounce.action != BounceText::Action::Delayed)
            return;
        std::optional<ExplanationItem> warning = reportItem("bounce.delay-warning", text, actionLine(text));
        if (!warning)
            return;
        items.prepend(*warning);
        delay = 0;
    }
    // A warning is no expiry: "the server could not be reached" is then only why it is still trying.
    const qsizetype cause = firstCause(items, { Reason::Delayed, Reason::Expired });
    if (cause >= 0 && !isCatchAll(items[cause].reason)) {
        ExplanationItem first = items.takeAt(cause);
        first.retry = RetryAdvice::Automatic;
        first.moreExplanation.append(LocalizedText(KnowledgeContext,
            QT_TRANSLATE_NOOP("Knowledge",
                "This report is only a warning: the sending server keeps trying for a while and reports "
                "again if "
                "it finally gives up.")));
        items.prepend(first);
        for (qsizetype i = 1; i < items.size(); ++i)
            if (items[i].reason == Reason::Delayed) {
                items.move(i, 1);
                break;
            }
    } else {
        if (cause >= 0)
            carryReply(items[delay], items[cause]);
        items.move(delay, 0);
    }
}

// What the report as a whole says: a final report whose last error was a connection that never worked
// means the sending server kept trying until it gave up; the report's own "gave up" speaks first when the
// last error was only a catch-all.
void applyReportRules(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce)
{
    const bool delayReport = bounce.action == BounceText::Action::Delayed
        || std::any_of(items.cbegin(), items.cend(),
            [](const ExplanationItem& i) { return i.reason == Reason::Delayed; });
    if (delayReport && bounce.action != BounceText::Action::Failed) {
        applyDelayRules(items, text, bounce);
        return;
    }
    // Words of a report in a mail program's own message ("Mail Delivery Failed" above Odoo's "Mail
    // delivery failed via SMTP server ...") do not make it one, and their generic item goes.
    const bool reportedAsSuch = bounce.action == BounceText::Action::Failed || bounce.looksLikeBounce;
    const bool programMessage = !reportedAsSuch && AnsweringSide::ownServerQuoted(text, bounce);
    if (programMessage) {
        items.erase(
            std::remove_if(items.begin(), items.end(),
                [](const ExplanationItem& i) { return i.id == QLatin1String("bounce.undeliverable"); }),
            items.end());
    }
    const bool finalReport = reportedAsSuch
        || (!programMessage && std::any_of(items.cbegin(), items.cend(), [](const ExplanationItem& i) {
               return i.id == QLatin1String("bounce.undeliverable")
                   || i.id == QLatin1String("ja.undeliverable");
           }));
    if (!finalReport || items.isEmpty())
        return;
    const qsizetype cause = firstCause(items, { Reason::Unclassified });
    if (cause < 0 || !isTemporaryCatchAll(items[cause].reason))
        return;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].reason == Reason::Expired) {
            carryReply(items[i], items[cause]);
            items.move(i, 0);
            return;
        }
    // A name lookup that failed "for now" in a report that is final: the server gave up on the domain, and
    // "it tries again by itself" would be wrong.
    if (items[cause].id == QLatin1String("phrase.dns-temporary")) {
        if (std::optional<ExplanationItem> gaveUp = reportItem("bounce.gave-up-dns", text, items[cause].match)) {
            gaveUp->position = items[cause].position;
            carryReply(*gaveUp, items[cause]);
            items.removeAt(cause);
            items.prepend(*gaveUp);
        }
        return;
    }
    static const char* const neverConnected[] = { "phrase.connection-timeout", "phrase.connection-refused",
        "qmail.no-connection", "enhanced.4.4.1" };
    const QString& id = items[cause].id;
    if (std::none_of(std::begin(neverConnected), std::end(neverConnected),
            [&](const char* n) { return id == QLatin1String(n); }))
        return;
    if (std::optional<ExplanationItem> expired = reportItem("bounce.gave-up", text, items[cause].match)) {
        expired->position = items[cause].position;
        carryReply(*expired, items[cause]);
        items.prepend(*expired);
    }
}

} // namespace

void apply(QList<ExplanationItem>& items, QStringView text, const BounceText& bounce)
{
    applyReportRules(items, text, bounce);
}

} // namespace SmtpDoctor::ReportRules
