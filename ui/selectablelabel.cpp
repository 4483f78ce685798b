#include "ui/selectablelabel.h"

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

void SelectableLabel::mousePressEvent(QMouseEvent* event)
{
    // Switched on before QLabel handles the press, so that this very press starts the selection (and
    // a right click gets the Copy / Select All menu).
    if (!isSelectionActive())
        setTextInteractionFlags(Selection);
    QLabel::mousePressEvent(event);
}

} // namespace SmtpDoctor
