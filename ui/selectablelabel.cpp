#include "ui/selectablelabel.h"

#include <QPainter>
#include <QStyleOption>

namespace SmtpDoctor {

namespace {
constexpr Qt::TextInteractionFlags Selection = Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard;
}

SelectableLabel::SelectableLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setCursor(Qt::IBeamCursor);
}

bool SelectableLabel::isSelectionActive() const
{
    return textInteractionFlags() & Qt::TextSelectableByMouse;
}

bool SelectableLabel::HeightKey::operator==(const HeightKey& o) const
{
    return text == o.text && font == o.font && contents == o.contents && minimum == o.minimum
        && margin == o.margin && indent == o.indent && alignment == o.alignment && wordWrap == o.wordWrap
        && selectable == o.selectable && direction == o.direction;
}

SelectableLabel::HeightKey SelectableLabel::heightKey() const
{
    return { text(), font(), contentsMargins(), minimumSize(), margin(), indent(), int(alignment()),
        wordWrap(), isSelectionActive(), layoutDirection() };
}

int SelectableLabel::heightForWidth(int width) const
{
    HeightKey key = heightKey();
    if (!(key == m_heightKey)) {
        m_heightKey = std::move(key);
        m_heights.clear();
    }
    if (const auto it = m_heights.constFind(width); it != m_heights.cend())
        return *it;
    const int height
        = drawsItself() && width >= 0 ? textHeightForWidth(width) : QLabel::heightForWidth(width);
    if (m_heights.size() >= 8) // a window being resized by hand asks for a new width each time
        m_heights.clear();
    m_heights.insert(width, height);
    return height;
}

bool SelectableLabel::drawsItself() const
{
    const Qt::Alignment align = alignment();
    return textFormat() == Qt::PlainText && wordWrap() && !isSelectionActive() && isEnabled() && !buddy()
        && indent() <= 0 && frameWidth() == 0 && layoutDirection() == Qt::LeftToRight
        && (align & Qt::AlignHorizontal_Mask) == Qt::AlignLeft && !(align & Qt::AlignBottom)
        && !text().isRightToLeft()
        && pixmap().isNull()
        // QLabel gives an empty text no height for a width, and expands tabs to tab stops.
        && !text().isEmpty() && !text().contains(u'\t');
}

int SelectableLabel::textHeightForWidth(int width) const
{
    // QLabel's sizeForWidth() for this case: the text's bounding rectangle within the contents rect.
    if (minimumWidth() > 0)
        width = qMax(width, minimumWidth());
    const QMargins contents = contentsMargins();
    const int extra = 2 * margin();
    m_wrapped.setText(text(), font(), this);
    const int height = m_wrapped.height(width - extra - contents.left() - contents.right()) + extra
        + contents.top() + contents.bottom();
    return qMax(height, minimumHeight());
}

QRect SelectableLabel::textRect() const
{
    return contentsRect().adjusted(margin(), margin(), -margin(), -margin());
}

void SelectableLabel::prepareToPaint() const
{
    if (!drawsItself())
        return;
    m_wrapped.setText(text(), font(), this);
    m_wrapped.height(textRect().width());
}

void SelectableLabel::paintEvent(QPaintEvent* event)
{
    if (!drawsItself()) {
        QLabel::paintEvent(event);
        return;
    }
    // What QLabel::paintEvent() and QStyle::drawItemText() do for plain text, with the lines kept.
    QPainter painter(this);
    drawFrame(&painter);
    QStyleOption option;
    option.initFrom(this);
    painter.setPen(QPen(option.palette.brush(foregroundRole()), painter.pen().widthF()));
    m_wrapped.setText(text(), font(), this);
    m_wrapped.draw(&painter, textRect(), alignment());
}

void SelectableLabel::mousePressEvent(QMouseEvent* event)
{
    // Switched on before QLabel handles the press, so that this very press starts the selection (and
    // a right click gets the Copy / Select All menu).
    if (!isSelectionActive())
        setTextInteractionFlags(Selection);
    QLabel::mousePressEvent(event);
}

} // namespace SmtpDoctor
