#pragma once

#include <QFont>
#include <QString>
#include <QTextLayout>

class QPainter;
class QPaintDevice;
class QRect;

namespace SmtpDoctor {

// Plain text broken into lines exactly as QPainter::drawText() and QFontMetrics::boundingRect() do
// with Qt::TextWordWrap (Qt 6's qt_format_text), but shaped only once: those shape the whole text
// again on every call, and a word-wrapped label asks for its height several times per layout pass and
// then paints. Here the shaped glyphs are kept, and another width only breaks the lines again.
class WrappedText
{
public:
    // Same text and font as last time: nothing happens. `device` gives the font its resolution.
    void setText(const QString& text, const QFont& font, const QPaintDevice* device);
    // Height of the text broken into lines of at most `width`, in whole pixels, as
    // QFontMetrics::boundingRect(QRect(0, 0, width, …), Qt::TextWordWrap, text).height() gives it.
    int height(int width);
    // Draws it in `rect` as QPainter::drawText(rect, alignment | Qt::TextWordWrap, text) would, for a
    // left-aligned, left-to-right text, with the painter's pen.
    void draw(QPainter* painter, const QRect& rect, Qt::Alignment alignment);

private:
    qreal layOut(qreal width); // the exact height, as qt_format_text sums it

    QString m_source;
    QFont m_font;
    QTextLayout m_layout;
    qreal m_width = -1;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
    int m_lineCount = 0;
};

} // namespace SmtpDoctor
