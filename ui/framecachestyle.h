#pragma once

#include <QProxyStyle>

namespace SmtpDoctor {

// Fusion strokes every line edit's rounded, antialiased frame anew on each paint; on a page with five
// fields that is a few milliseconds of every page change (issue 17). This style draws each frame once
// per size, state and palette into a pixmap and copies it afterwards: the same pixels, drawn once.
// Any other style (Windows, macOS) is left exactly as it is.
class FrameCacheStyle : public QProxyStyle
{
    Q_OBJECT

public:
    explicit FrameCacheStyle(QStyle* base);

    // Wraps the application's style once, if it is Fusion. Call before the first window is shown.
    static void installForApplication();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
};

} // namespace SmtpDoctor
