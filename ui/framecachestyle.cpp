#include "ui/framecachestyle.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyleFactory>
#include <QStyleOption>

namespace SmtpDoctor {

namespace {

// A copy looks the same as drawing only where the painter adds nothing of its own: plain raster
// painting, moved at most, fully opaque, blending normally.
bool copyLooksTheSame(const QPainter* painter)
{
    return painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster
        && painter->transform().type() <= QTransform::TxTranslate && painter->opacity() == 1.0
        && painter->compositionMode() == QPainter::CompositionMode_SourceOver;
}

} // namespace

FrameCacheStyle::FrameCacheStyle(QStyle* base)
    : QProxyStyle(base)
{
}

void FrameCacheStyle::installForApplication()
{
    QStyle* current = QApplication::style();
    if (!current || qobject_cast<FrameCacheStyle*>(current)
        || current->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        return;
    if (QStyle* base = QStyleFactory::create(current->name()))
        QApplication::setStyle(new FrameCacheStyle(base));
}

void FrameCacheStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
    const QSize size = option->rect.size();
    // Only field-sized rectangles: a huge one would fill the cache, and in a tiny one Fusion's rounded
    // corners reach past the rectangle, which a copy would cut off.
    if (element != PE_PanelLineEdit || !frame || size.width() < 8 || size.height() < 8 || size.width() > 2000
        || size.height() > 200 || !copyLooksTheSame(painter)
        || option->palette.brush(QPalette::Base).style() != Qt::SolidPattern) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const qreal ratio = painter->device()->devicePixelRatio();
    // Fusion draws the field from its size, focus, frame width and three colours: the base it fills
    // with, the window colour its outline is made from and the highlight of a focused frame. (Not the
    // palette's cacheKey(): every widget's resolved palette is a copy of its own with a key of its own.)
    const QPalette& palette = option->palette;
    const QString key = QStringLiteral("smtpdoctor-field-%1x%2@%3-%4-%5.%6-%7.%8.%9")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(ratio)
                            .arg(int(option->state & (State_HasFocus | State_Enabled | State_ReadOnly)))
                            .arg(frame->lineWidth)
                            .arg(frame->midLineWidth)
                            .arg(palette.color(QPalette::Base).rgba())
                            .arg(palette.color(QPalette::Window).rgba())
                            .arg(palette.color(QPalette::Highlight).rgba());
    QPixmap field;
    if (!QPixmapCache::find(key, &field)) {
        field = QPixmap(size * ratio);
        field.setDevicePixelRatio(ratio);
        field.fill(Qt::transparent);
        QStyleOptionFrame atOrigin(*frame);
        atOrigin.rect = QRect(QPoint(0, 0), size);
        QPainter fieldPainter(&field);
        QProxyStyle::drawPrimitive(element, &atOrigin, &fieldPainter, widget);
        fieldPainter.end();
        QPixmapCache::insert(key, field);
    }
    painter->drawPixmap(option->rect.topLeft(), field);
}

} // namespace SmtpDoctor
