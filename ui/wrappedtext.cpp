#include "ui/wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace SmtpDoctor {

void WrappedText::setText(const QString& text, const QFont& font, const QPaintDevice* device)
{
    const QFont resolved = device ? QFont(font, device) : font;
    if (text == m_source && resolved == m_font && m_width >= 0)
        return;
    m_source = text;
    m_font = resolved;
    // As qt_format_text prepares it: a line break starts a new line, a tab or a carriage return is a
    // space.
    QString shaped = text;
    for (QChar& c : shaped) {
        if (c == u'\n')
            c = QChar::LineSeparator;
        else if (c == u'\r' || c == u'\t')
            c = u' ';
    }
    m_layout.clearLayout();
    m_layout.setText(shaped);
    m_layout.setFont(m_font);
    QTextOption option; // word wrap, aligned left: the lines are placed in draw()
    option.setTextDirection(Qt::LeftToRight);
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true); // keeps the shaped glyphs for the next width
    m_width = -1;
}

qreal WrappedText::layOut(qreal width)
{
    width = qMax<qreal>(0, width);
    if (width == m_width)
        return m_height;
    // One line that fits: it stays the same line at any width it still fits in. A scroll area asks for
    // the height with and without its scroll bar, and the paint comes at the other width.
    if (m_width >= 0 && m_lineCount == 1 && m_naturalWidth <= width && m_naturalWidth <= m_width) {
        m_width = width;
        return m_height;
    }
    const qreal leading = QFontMetricsF(m_font).leading();
    qreal height = -leading;
    qreal naturalWidth = 0;
    int lineCount = 0;
    m_layout.beginLayout();
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine(), ++lineCount) {
        line.setLineWidth(width);
        height += leading;
        height = qCeil(height); // lines start on whole pixels
        line.setPosition(QPointF(0, height));
        height += line.ascent() + line.descent();
        naturalWidth = qMax(naturalWidth, line.naturalTextWidth());
    }
    m_layout.endLayout();
    m_width = width;
    m_height = height;
    m_naturalWidth = naturalWidth;
    m_lineCount = lineCount;
    return height;
}

int WrappedText::height(int width)
{
    if (m_source.isEmpty())
        return qCeil(QFontMetricsF(m_font).height());
    return qCeil(layOut(width));
}

void WrappedText::draw(QPainter* painter, const QRect& rect, Qt::Alignment alignment)
{
    if (m_source.isEmpty())
        return;
    const qreal height = layOut(rect.width());
    qreal top = 0;
    if (alignment & Qt::AlignBottom)
        top = rect.height() - height;
    else if (alignment & Qt::AlignVCenter)
        top = (rect.height() - height) / 2;
    // Clipped only when it does not fit, as drawText() does.
    const bool clip = top < 0 || top + height > rect.height() || m_naturalWidth > rect.width();
    if (clip) {
        painter->save();
        painter->setClipRect(rect, Qt::IntersectClip);
    }
    painter->setFont(m_font);
    m_layout.draw(painter, QPointF(rect.x(), rect.y() + top));
    if (clip)
        painter->restore();
}

} // namespace SmtpDoctor
