#include "ui/findingview.h"

#include "ui/statusicon.h"
#include "ui/uihelpers.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace SmtpDoctor {

namespace {

StatusKind kindOf(Severity s)
{
    switch (s) {
    case Severity::Error:
        return StatusKind::Fail;
    case Severity::Warning:
        return StatusKind::Warn;
    case Severity::Info:
        return StatusKind::Info;
    }
    return StatusKind::Info;
}

StatusKind kindOf(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Permanent:
        return StatusKind::Fail;
    case ReplyClass::Transient:
        return StatusKind::Warn;
    case ReplyClass::Success:
        return StatusKind::Pass;
    case ReplyClass::Intermediate:
    case ReplyClass::Unknown:
        break;
    }
    return StatusKind::Info;
}

QString classLabel(ReplyClass c)
{
    switch (c) {
    case ReplyClass::Success:
        return FindingView::tr("success");
    case ReplyClass::Intermediate:
        return FindingView::tr("the server waits for more");
    case ReplyClass::Transient:
        return FindingView::tr("temporary problem: trying again later may work");
    case ReplyClass::Permanent:
        return FindingView::tr("permanent problem: trying again will not help until something is changed");
    case ReplyClass::Unknown:
        break;
    }
    return FindingView::tr("unknown kind of answer");
}

QString replyText(const SmtpReply& reply)
{
    QString head = QString::number(reply.code);
    if (reply.enhanced.isValid())
        head += QLatin1Char(' ') + reply.enhanced.toString();
    QStringList lines = reply.lines;
    if (lines.isEmpty())
        return head;
    lines[0] = head + QLatin1Char(' ') + lines[0];
    return lines.join(QLatin1Char('\n'));
}

} // namespace

FindingView::FindingView(const Finding& finding, QWidget* parent)
    : QFrame(parent)
    , m_finding(finding)
{
    setObjectName(QStringLiteral("finding_") + finding.idName());
    setProperty("findingId", finding.idName());
    build();
}

FindingView::FindingView(const ExplanationItem& item, QWidget* parent)
    : QFrame(parent)
    , m_item(item)
{
    setObjectName(QStringLiteral("explanationItem"));
    build();
}

QLabel* FindingView::addLabel(const QString& objectName)
{
    QLabel* label = makeTextLabel(objectName, this);
    m_body->addWidget(label);
    return label;
}

void FindingView::build()
{
    setFrameShape(QFrame::StyledPanel);
    auto* outer = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("findingIcon"));
    outer->addWidget(m_icon, 0, Qt::AlignTop);
    m_body = new QVBoxLayout;
    outer->addLayout(m_body, 1);

    m_title = addLabel(QStringLiteral("findingTitle"));
    makeBold(m_title);
    m_explanation = addLabel(QStringLiteral("findingExplanation"));
    m_details = addLabel(QStringLiteral("findingDetails"));
    m_fixHeading = addLabel(QStringLiteral("findingFixHeading"));
    makeBold(m_fixHeading);
    m_fix = addLabel(QStringLiteral("findingFix"));
    m_replyHeading = addLabel(QStringLiteral("findingReplyHeading"));
    m_reply = addLabel(QStringLiteral("findingReply"));
    QFont mono; // only the family: the size keeps following the wizard's text size
    mono.setFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    m_reply->setFont(mono);
    m_code = addLabel(QStringLiteral("findingCode"));
    m_side = addLabel(QStringLiteral("findingSide"));
    render();
}

void FindingView::render()
{
    if (m_finding)
        renderFinding(*m_finding);
    else if (m_item)
        renderItem(*m_item);
    const QString title = m_title->text();
    setAccessibleName(title);
}

void FindingView::renderFinding(const Finding& f)
{
    m_icon->setPixmap(statusPixmap(kindOf(f.severity), fontMetrics().height(), devicePixelRatioF()));
    m_title->setText(f.title().toString());
    m_explanation->setText(f.explanation().toString());
    QStringList details;
    for (const LocalizedText& d : f.details)
        details << d.toString();
    m_details->setText(details.join(QLatin1Char('\n')));
    m_details->setVisible(!details.isEmpty());
    m_fixHeading->setText(tr("What to do"));
    m_fix->setText(f.fix().toString());
    m_fixHeading->setVisible(!f.fix().isEmpty());
    m_fix->setVisible(!f.fix().isEmpty());
    m_replyHeading->setText(tr("The server's own words"));
    m_reply->setText(f.reply ? replyText(*f.reply) : QString());
    m_replyHeading->setVisible(f.reply.has_value());
    m_reply->setVisible(f.reply.has_value());
    m_code->setVisible(false);
    m_side->setText(tr("Where the problem is: %1").arg(sideLabel(f.side).toString()));
    m_side->setVisible(f.severity != Severity::Info); // good news has no "where the problem is"
}

void FindingView::renderItem(const ExplanationItem& item)
{
    m_icon->setPixmap(statusPixmap(kindOf(item.replyClass), fontMetrics().height(), devicePixelRatioF()));
    m_title->setText(item.title.isEmpty() ? item.match : item.title.toString());
    const QString explanation = item.fullExplanation();
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    // Whether sending again helps is what a beginner asks next about a pasted error.
    const QString retry = item.retryText().toString();
    m_details->setText(retry);
    m_details->setVisible(!retry.isEmpty());
    m_fixHeading->setText(tr("What to do"));
    m_fix->setText(item.fix.toString());
    m_fixHeading->setVisible(!item.fix.isEmpty());
    m_fix->setVisible(!item.fix.isEmpty());
    m_replyHeading->setText(tr("Found in your text"));
    m_reply->setText(item.match);
    m_replyHeading->setVisible(!item.match.isEmpty());
    m_reply->setVisible(!item.match.isEmpty());
    if (item.code != 0) {
        const QString code = item.enhanced.isEmpty()
            ? QString::number(item.code)
            : QString::number(item.code) + QLatin1Char(' ') + item.enhanced;
        m_code->setText(tr("Code %1: %2").arg(code, classLabel(item.replyClass)));
    } else if (!item.enhanced.isEmpty()) {
        m_code->setText(tr("Code %1: %2").arg(item.enhanced, classLabel(item.replyClass)));
    }
    m_code->setVisible(item.code != 0 || !item.enhanced.isEmpty());
    m_side->setText(tr("Where the problem is: %1").arg(sideLabel(item.side).toString()));
    m_side->setVisible(item.replyClass != ReplyClass::Success);
}

void FindingView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        render();
    QFrame::changeEvent(event);
}

} // namespace SmtpDoctor
