#pragma once

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

protected:
    void mousePressEvent(QMouseEvent* event) override;
};

} // namespace SmtpDoctor
