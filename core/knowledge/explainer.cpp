#include "core/knowledge/explainer.h"

#include <QRegularExpression>

namespace SmtpDoctor {

QString ExplanationItem::kindName(Kind k)
{
    switch (k) {
    case Kind::Reply: return QStringLiteral("reply");
    case Kind::Phrase: return QStringLiteral("phrase");
    case Kind::Provider: return QStringLiteral("provider");
    }
    return {};
}

QList<ExplanationItem> Explainer::explain(const QString& input)
{
    // Recognises reply lines ("550 5.1.1 text"); the knowledge base extends this with explanations.
    QList<ExplanationItem> items;
    static const QRegularExpression replyLine(QStringLiteral("(?m)^\\s*([1-5][0-9]{2})[ -]([245]\\.[0-9]{1,3}\\.[0-9]{1,3})?\\s*(.*)$"));
    auto it = replyLine.globalMatch(QStringView(input).left(MaxInput));
    while (it.hasNext() && items.size() < 100) {
        const auto m = it.next();
        ExplanationItem item;
        item.kind = ExplanationItem::Kind::Reply;
        item.match = makeControlCharactersVisible(m.captured(0).trimmed());
        item.code = m.captured(1).toInt();
        item.enhanced = m.captured(2);
        SmtpReply reply;
        reply.code = item.code;
        item.replyClass = reply.replyClass();
        item.title = LocalizedText::verbatim(item.match);
        items.append(item);
    }
    return items;
}

} // namespace SmtpDoctor
