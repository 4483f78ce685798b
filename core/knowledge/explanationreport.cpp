#include "core/knowledge/explanationreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SmtpDoctor::ExplanationReport {

namespace {

QString translated(const char* source)
{
    return QCoreApplication::translate("ExplanationReport", source);
}

QString heading(const ExplanationItem& item)
{
    QString codes;
    if (item.code)
        codes = QString::number(item.code);
    if (!item.enhanced.isEmpty())
        codes += (codes.isEmpty() ? QString() : QStringLiteral(" ")) + item.enhanced;
    const QString title = item.title.toString();
    return codes.isEmpty() ? title : codes + QStringLiteral(" \u2014 ") + title;
}

} // namespace

LocalizedText classLabel(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Success:
        return { "ExplanationReport", QT_TRANSLATE_NOOP("ExplanationReport", "Success") };
    case ReplyClass::Intermediate:
        return { "ExplanationReport",
            QT_TRANSLATE_NOOP("ExplanationReport", "In progress (the server waits for more)") };
    case ReplyClass::Transient:
        return { "ExplanationReport", QT_TRANSLATE_NOOP("ExplanationReport", "Temporary failure") };
    case ReplyClass::Permanent:
        return { "ExplanationReport", QT_TRANSLATE_NOOP("ExplanationReport", "Permanent failure") };
    case ReplyClass::Unknown:
        break;
    }
    return { "ExplanationReport", QT_TRANSLATE_NOOP("ExplanationReport", "Unknown") };
}

QByteArray json(const QString& input, const QList<ExplanationItem>& items, const QString& language,
    const std::optional<CheckDomainOffer>& offer)
{
    QJsonArray array;
    for (const ExplanationItem& item : items) {
        array.append(QJsonObject {
            { QStringLiteral("kind"), ExplanationItem::kindName(item.kind) },
            { QStringLiteral("match"), item.match },
            { QStringLiteral("code"), item.code ? QJsonValue(item.code) : QJsonValue() },
            { QStringLiteral("enhanced"),
                item.enhanced.isEmpty() ? QJsonValue() : QJsonValue(item.enhanced) },
            { QStringLiteral("class"), replyClassName(item.replyClass) },
            { QStringLiteral("title"), item.title.toString() },
            { QStringLiteral("explanation"), item.fullExplanation() },
            { QStringLiteral("fix"), item.fix.toString() },
            { QStringLiteral("side"), sideName(item.side) },
            { QStringLiteral("reason"), reasonName(item.reason) },
            { QStringLiteral("id"), item.id },
            { QStringLiteral("finding"),
                item.finding ? QJsonValue(findingIdName(*item.finding)) : QJsonValue() },
            { QStringLiteral("retry"), retryAdviceName(item.retry) },
            { QStringLiteral("retryAdvice"), item.retryText().toString() },
        });
    }
    const QJsonObject root {
        { QStringLiteral("language"), language },
        { QStringLiteral("input"), input },
        { QStringLiteral("items"), array },
        { QStringLiteral("checkDomain"),
            offer ? QJsonValue(QJsonObject { { QStringLiteral("domain"), offer->domain },
                { QStringLiteral("command"), offer->command() } })
                  : QJsonValue() },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString text(const QList<ExplanationItem>& items, const std::optional<CheckDomainOffer>& offer)
{
    if (items.isEmpty()) {
        return translated(QT_TRANSLATE_NOOP("ExplanationReport",
                   "Nothing in this text was recognised as a mail server reply or a known error message."))
            + QLatin1Char('\n')
            + translated(QT_TRANSLATE_NOOP("ExplanationReport",
                "Paste the whole error message or bounce, including any three-digit code such as 550 or "
                "535."))
            + QLatin1Char('\n');
    }
    QString out;
    int n = 0;
    for (const ExplanationItem& item : items) {
        out += QStringLiteral("%1. %2\n").arg(++n).arg(heading(item));
        if (!item.match.isEmpty())
            out += QStringLiteral("   %1 %2\n")
                       .arg(translated(QT_TRANSLATE_NOOP("ExplanationReport", "Found:")), item.match);
        out += QStringLiteral("   %1 %2 / %3 %4\n")
                   .arg(translated(QT_TRANSLATE_NOOP("ExplanationReport", "Kind:")),
                       classLabel(item.replyClass).toString(),
                       translated(QT_TRANSLATE_NOOP("ExplanationReport", "Whose side:")),
                       sideLabel(item.side).toString());
        if (reasonNamesCause(item.reason))
            out += QStringLiteral("   %1 %2\n")
                       .arg(translated(QT_TRANSLATE_NOOP("ExplanationReport", "Reason:")),
                           reasonLabel(item.reason).toString());
        out += QStringLiteral("   %1 %2\n")
                   .arg(translated(QT_TRANSLATE_NOOP("ExplanationReport", "What it means:")),
                       item.fullExplanation());
        out += QStringLiteral("   %1 %2\n")
                   .arg(translated(QT_TRANSLATE_NOOP("ExplanationReport", "What to do:")),
                       item.fix.toString());
        out += QStringLiteral("   %1 %2\n\n")
                   .arg(translated(QT_TRANSLATE_NOOP("ExplanationReport", "Sending again:")),
                       item.retryText().toString());
    }
    if (offer)
        out += offer->text().toString() + QLatin1Char('\n');
    return out;
}

} // namespace SmtpDoctor::ExplanationReport
