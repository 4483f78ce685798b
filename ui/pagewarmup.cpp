#include "ui/pagewarmup.h"

#include "ui/selectablelabel.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMoveEvent>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QSet>
#include <QStyle>
#include <QStyleOption>
#include <QToolButton>
#include <QWidget>
#include <QWindow>

namespace SmtpDoctor {

namespace {

// A hidden widget only records a new geometry; show() sends the move and resize events later (and
// those are what size a scroll area's contents and run the widget's layout). Sent here instead, so
// that show() has nothing left to do.
void sendPendingGeometry(QWidget* widget)
{
    if (widget->testAttribute(Qt::WA_PendingMoveEvent)) {
        QMoveEvent event(widget->pos(), widget->pos());
        QCoreApplication::sendEvent(widget, &event);
        widget->setAttribute(Qt::WA_PendingMoveEvent, false);
    }
    if (widget->testAttribute(Qt::WA_PendingResizeEvent)) {
        QResizeEvent event(widget->size(), QSize());
        QCoreApplication::sendEvent(widget, &event);
        widget->setAttribute(Qt::WA_PendingResizeEvent, false);
    }
}

void layOutChildren(QWidget* widget)
{
    sendPendingGeometry(widget);
    for (QObject* object : widget->children()) {
        auto* child = qobject_cast<QWidget*>(object);
        // Like show(): a widget hidden on purpose stays out, and is laid out when it is shown.
        if (!child || child->isHidden() || child->isWindow())
            continue;
        if (QLayout* layout = child->layout())
            layout->activate();
        layOutChildren(child);
    }
}

QStringList shownTexts(const QWidget* widget)
{
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        return { label->text() };
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
        return { edit->text(), edit->placeholderText() };
    if (const auto* combo = qobject_cast<const QComboBox*>(widget))
        return { combo->currentText() };
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return { button->text() };
    if (const auto* box = qobject_cast<const QGroupBox*>(widget))
        return { box->title() };
    return {};
}

void drawTexts(QWidget* widget, QPainter& painter)
{
    for (const QString& text : shownTexts(widget)) {
        if (!text.isEmpty()) {
            painter.setFont(widget->font());
            painter.drawText(QRect(0, 0, 4096, 64), Qt::TextSingleLine, text);
        }
    }
    for (QObject* object : widget->children()) {
        auto* child = qobject_cast<QWidget*>(object);
        if (child && !child->isHidden() && !child->isWindow())
            drawTexts(child, painter);
    }
}

// One control drawn by the style at its size and in its state, as its own paintEvent() would draw it
// (QComboBox, QPushButton and QToolButton build the same options).
void drawControl(QWidget* widget, QPainter& painter)
{
    QStyle* style = widget->style();
    if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.frame = combo->hasFrame();
        if (combo->hasFocus() && !option.editable)
            option.state |= QStyle::State_Selected;
        option.subControls = QStyle::SC_All;
        option.currentText = combo->currentText();
        option.iconSize = combo->iconSize();
        style->drawComplexControl(QStyle::CC_ComboBox, &option, &painter, combo);
    } else if (auto* push = qobject_cast<QPushButton*>(widget)) {
        QStyleOptionButton option;
        option.initFrom(push);
        option.features = QStyleOptionButton::None;
        if (push->autoDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
        if (push->isDefault())
            option.features |= QStyleOptionButton::DefaultButton;
        if (push->isFlat())
            option.features |= QStyleOptionButton::Flat;
        if (push->isChecked())
            option.state |= QStyle::State_On;
        else if (!push->isFlat())
            option.state |= QStyle::State_Raised;
        option.text = push->text();
        option.icon = push->icon();
        option.iconSize = push->iconSize();
        style->drawControl(QStyle::CE_PushButton, &option, &painter, push);
    } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
        // As QLineEdit::initStyleOption() builds it; drawn with and without focus, since the page's first
        // field takes the focus when the page is shown.
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->contentsRect();
        option.lineWidth
            = edit->hasFrame() ? style->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
        option.midLineWidth = 0;
        option.state |= QStyle::State_Sunken;
        if (edit->isReadOnly())
            option.state |= QStyle::State_ReadOnly;
        option.features = QStyleOptionFrame::None;
        for (const bool focus : { false, true }) {
            option.state.setFlag(QStyle::State_HasFocus, focus);
            style->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &painter, edit);
        }
    } else if (auto* tool = qobject_cast<QToolButton*>(widget)) {
        QStyleOptionToolButton option;
        option.initFrom(tool);
        option.subControls = QStyle::SC_ToolButton;
        if (tool->autoRaise())
            option.state |= QStyle::State_AutoRaise;
        option.state |= tool->isChecked() ? QStyle::State_On : QStyle::State_Raised;
        option.text = tool->text();
        option.icon = tool->icon();
        option.iconSize = tool->iconSize();
        option.toolButtonStyle = tool->toolButtonStyle();
        option.arrowType = tool->arrowType();
        option.font = tool->font();
        style->drawComplexControl(QStyle::CC_ToolButton, &option, &painter, tool);
    }
}

void drawControls(QWidget* widget, QImage& image)
{
    for (QObject* object : widget->children()) {
        auto* child = qobject_cast<QWidget*>(object);
        if (!child || child->isHidden() || child->isWindow())
            continue;
        if (child->size().width() <= image.width() && child->size().height() <= image.height()) {
            QPainter painter(&image);
            painter.setFont(child->font());
            drawControl(child, painter);
        }
        drawControls(child, image);
    }
}

} // namespace

void warmControls(QWidget* page)
{
    QImage image(1024, 128, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(page->logicalDpiX() / 0.0254));
    image.setDotsPerMeterY(qRound(page->logicalDpiY() / 0.0254));
    drawControls(page, image);
}

void warmGlyphs(QWidget* page)
{
    // Opaque like the window, and at the window's resolution: the same font engines and glyph format
    // as the real paint, so that it finds the glyphs in their cache.
    QImage image(8, 8, QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(page->logicalDpiX() / 0.0254));
    image.setDotsPerMeterY(qRound(page->logicalDpiY() / 0.0254));
    QPainter painter(&image);
    drawTexts(page, painter);
}

void warmCursors(QWidget* page)
{
    static QSet<Qt::CursorShape> loaded; // the platform keeps a cursor once it has made it
    QList<Qt::CursorShape> shapes;
    for (const QWidget* widget : page->findChildren<QWidget*>()) {
        const Qt::CursorShape shape = widget->cursor().shape();
        if (widget->testAttribute(Qt::WA_SetCursor) && shape != Qt::BitmapCursor && !loaded.contains(shape)
            && !shapes.contains(shape))
            shapes.append(shape);
    }
    if (shapes.isEmpty())
        return;
    QWindow window; // never shown: a cursor set on it is made, and seen nowhere
    window.create();
    for (const Qt::CursorShape shape : std::as_const(shapes)) {
        window.setCursor(QCursor(shape));
        loaded.insert(shape);
    }
}

void layOutAhead(QWidget* page, const QRect& geometry)
{
    if (page->isVisible() || geometry.isEmpty())
        return;
    page->ensurePolished(); // with its children: the style's fonts and margins are those of the page
    page->setGeometry(geometry);
    if (QLayout* layout = page->layout())
        layout->activate();
    layOutChildren(page);
    for (const SelectableLabel* label : page->findChildren<SelectableLabel*>())
        if (label->isVisibleTo(page))
            label->prepareToPaint();
}

} // namespace SmtpDoctor
