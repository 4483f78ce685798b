#include "ui/uihelpers.h"

#include "ui/selectablelabel.h"

#include <QLabel>

namespace SmtpDoctor {

QLabel* makeTextLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new SelectableLabel(parent);
    label->setObjectName(objectName);
    return label;
}

QLabel* makeFieldLabel(const QString& objectName, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // the "&" still marks the shortcut letter
    label->setBuddy(buddy);
    return label;
}

void makeBold(QWidget* widget)
{
    QFont font; // an empty request: only the weight below is resolved, everything else is inherited
    font.setBold(true);
    widget->setFont(font);
}

void setRelativeFontSize(QWidget* widget, const QWidget* reference, double factor, bool bold)
{
    QFont font = reference->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace SmtpDoctor
