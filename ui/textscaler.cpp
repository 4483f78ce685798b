#include "ui/textscaler.h"

#include <QWidget>

namespace SmtpDoctor {

TextScaler::TextScaler(QWidget* target)
    : QObject(target)
    , m_target(target)
    , m_base(target->font())
{
}

void TextScaler::setPercent(int percent)
{
    percent = qBound(MinPercent, percent, MaxPercent);
    if (percent == m_percent)
        return;
    m_percent = percent;
    QFont font = m_base;
    if (m_base.pointSizeF() > 0)
        font.setPointSizeF(m_base.pointSizeF() * percent / 100.0);
    else
        font.setPixelSize(qRound(m_base.pixelSize() * percent / 100.0));
    m_target->setFont(font);
    emit percentChanged(percent);
}

} // namespace SmtpDoctor
