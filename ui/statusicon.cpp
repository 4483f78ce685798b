#include "ui/statusicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QPolygonF>
#include <QtMath>

namespace SmtpDoctor {

namespace {

const QColor Outline(0x20, 0x20, 0x20);

QPolygonF regularPolygon(const QRectF& r, int corners, qreal rotationDegrees)
{
    QPolygonF polygon;
    const QPointF c = r.center();
    const qreal radius = r.width() / 2;
    for (int i = 0; i < corners; ++i) {
        const qreal a = qDegreesToRadians(rotationDegrees + 360.0 * i / corners);
        polygon << QPointF(c.x() + radius * qCos(a), c.y() + radius * qSin(a));
    }
    return polygon;
}

void drawCheck(QPainter& p, const QRectF& r)
{
    QPainterPath path;
    path.moveTo(r.left() + r.width() * 0.27, r.top() + r.height() * 0.52);
    path.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.69);
    path.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.33);
    p.drawPath(path);
}

void drawCross(QPainter& p, const QRectF& r)
{
    const qreal m = r.width() * 0.32;
    p.drawLine(QPointF(r.left() + m, r.top() + m), QPointF(r.right() - m, r.bottom() - m));
    p.drawLine(QPointF(r.right() - m, r.top() + m), QPointF(r.left() + m, r.bottom() - m));
}

void drawHourglass(QPainter& p, const QRectF& r)
{
    const qreal x0 = r.left() + r.width() * 0.32, x1 = r.right() - r.width() * 0.32;
    const qreal y0 = r.top() + r.height() * 0.26, y1 = r.bottom() - r.height() * 0.26;
    QPolygonF glass;
    glass << QPointF(x0, y0) << QPointF(x1, y0) << QPointF(r.center().x(), r.center().y()) << QPointF(x1, y1)
          << QPointF(x0, y1) << QPointF(r.center().x(), r.center().y());
    p.drawPolygon(glass);
}

QPixmap drawStatusPixmap(StatusKind kind, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal line = qMax(1.0, size / 16.0);
    const QRectF r = QRectF(0, 0, size, size).adjusted(line, line, -line, -line);
    QPen outline(Outline, line);
    QPen symbol(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(outline);

    switch (kind) {
    case StatusKind::Pass:
        p.setBrush(QColor(0x1b, 0x7a, 0x2f));
        p.drawEllipse(r);
        p.setPen(symbol);
        p.setBrush(Qt::NoBrush);
        drawCheck(p, r);
        break;
    case StatusKind::Warn: {
        p.setBrush(QColor(0xf2, 0xb1, 0x1b));
        QPolygonF triangle;
        triangle << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        p.drawPolygon(triangle);
        symbol.setColor(Outline);
        p.setPen(symbol);
        const qreal x = r.center().x();
        p.drawLine(QPointF(x, r.top() + r.height() * 0.38), QPointF(x, r.top() + r.height() * 0.66));
        p.drawPoint(QPointF(x, r.top() + r.height() * 0.84));
        break;
    }
    case StatusKind::Fail:
        p.setBrush(QColor(0xc0, 0x1c, 0x1c));
        p.drawPolygon(regularPolygon(r, 8, 22.5));
        p.setPen(symbol);
        drawCross(p, r);
        break;
    case StatusKind::Skip:
        p.setBrush(QColor(0xd8, 0xd8, 0xd8));
        p.drawEllipse(r);
        symbol.setColor(Outline);
        p.setPen(symbol);
        p.drawLine(QPointF(r.left() + r.width() * 0.3, r.center().y()),
            QPointF(r.right() - r.width() * 0.3, r.center().y()));
        break;
    case StatusKind::Running:
        p.setBrush(QColor(0x1f, 0x5f, 0xbf));
        p.drawEllipse(r);
        symbol.setWidth(qMax(1.0, size / 14.0));
        p.setPen(symbol);
        p.setBrush(Qt::white);
        drawHourglass(p, r);
        break;
    case StatusKind::Pending:
        outline.setStyle(Qt::DotLine);
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(r.adjusted(line, line, -line, -line));
        break;
    case StatusKind::Info: {
        p.setBrush(QColor(0x1f, 0x5f, 0xbf));
        p.drawEllipse(r);
        p.setPen(symbol);
        const qreal x = r.center().x();
        p.drawPoint(QPointF(x, r.top() + r.height() * 0.28));
        p.drawLine(QPointF(x, r.top() + r.height() * 0.45), QPointF(x, r.bottom() - r.height() * 0.25));
        break;
    }
    }
    return pixmap;
}

} // namespace

StatusKind statusKind(StepStatus status)
{
    switch (status) {
    case StepStatus::Pass:
        return StatusKind::Pass;
    case StepStatus::Warn:
        return StatusKind::Warn;
    case StepStatus::Fail:
        return StatusKind::Fail;
    case StepStatus::Skip:
        return StatusKind::Skip;
    }
    return StatusKind::Skip;
}

QPixmap statusPixmap(StatusKind kind, int size, qreal dpr)
{
    // Drawn once per kind and size: rows and messages ask again on every change of state, and the same
    // pixmap (same cache key) lets QLabel::setPixmap skip the relayout.
    const QString key = QStringLiteral("smtpdoctor-status-%1-%2-%3").arg(int(kind)).arg(size).arg(dpr);
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    pixmap = drawStatusPixmap(kind, size, dpr);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

} // namespace SmtpDoctor
