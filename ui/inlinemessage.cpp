#include "ui/inlinemessage.h"

#include "ui/uihelpers.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace SmtpDoctor {

InlineMessage::InlineMessage(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(makeTextLabel(objectName + QStringLiteral("Text"), this))
{
    setObjectName(objectName);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void InlineMessage::setMessage(const LocalizedText& message, StatusKind kind)
{
    m_message = message;
    m_kind = kind;
    render();
}

QString InlineMessage::text() const
{
    return m_message.toString();
}

void InlineMessage::render()
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(statusPixmap(m_kind, size, devicePixelRatioF()));
    m_text->setText(m_message.toString());
    setAccessibleName(m_message.toString());
    if (parentWidget()) // never pop up as a window of its own
        setVisible(!m_message.isEmpty());
}

void InlineMessage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace SmtpDoctor
