#pragma once

#include "ui/wrappedtext.h"

#include <QFont>
#include <QHash>
#include <QLabel>

namespace SmtpDoctor {

// A plain-text, word-wrapped label whose text can be selected and copied, that costs what a plain
// label costs until someone actually reaches for the text. QLabel lays out selectable text through a
// whole QTextDocument, several times per layout pass: with every label selectable from the start, page
// changes took two frames or more (issue 17's benchmark). This label becomes selectable, for mouse and
// keyboard, on the first press of a mouse button on it; the I-beam cursor says so before that.
class SelectableLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SelectableLabel(QWidget* parent = nullptr);

    bool isSelectionActive() const;
    // QLabel shapes the whole text again for every height asked and for every paint, and a layout
    // pass asks for several widths (with and without the scroll bar) each time anything on the page
    // changes. Until the label becomes selectable, the text is shaped once (WrappedText), the heights
    // are kept per width, and the paint reuses the lines; the result is the same as QLabel's.
    int heightForWidth(int width) const override;
    // Breaks the lines for the width the label has now, as its next paint needs them: the last height a
    // layout pass asked for may have been for another width (the scroll area's, with its scroll bar).
    // The wizard calls it for a page it prepares ahead, so that showing the page only draws.
    void prepareToPaint() const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    struct HeightKey
    {
        QString text;
        QFont font;
        QMargins contents;
        QSize minimum;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        bool wordWrap = false;
        bool selectable = false;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        bool operator==(const HeightKey& o) const;
    };
    HeightKey heightKey() const;
    // Plain, word-wrapped, left to right, not (yet) selectable, enabled, no shortcut, not empty, no tab: the
    // case WrappedText reproduces. Anything else is left to QLabel.
    bool drawsItself() const;
    int textHeightForWidth(int width) const;
    QRect textRect() const; // where paintEvent() draws the text

    mutable HeightKey m_heightKey;
    mutable QHash<int, int> m_heights; // width → height, for m_heightKey
    mutable WrappedText m_wrapped;
};

} // namespace SmtpDoctor
