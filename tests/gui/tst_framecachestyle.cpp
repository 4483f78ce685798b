// FrameCacheStyle draws each line edit's frame once and copies it afterwards (issue 17). The copy must
// give the pixels Fusion itself draws, for every state it depends on, the first time and from the cache.
#include "ui/framecachestyle.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

using namespace SmtpDoctor;

class TestFrameCacheStyle : public QObject
{
    Q_OBJECT

private slots:
    void sameAsFusion_data();
    void sameAsFusion();
    void fieldLooksTheSame();
    void wrapsOnlyFusionOnce();
};

namespace {

// The field drawn by `style` on an opaque window-coloured image, at an odd place (not at the origin).
QImage drawField(QStyle* style, const QStyleOptionFrame& option, const QSize& canvas)
{
    QImage image(canvas, QImage::Format_ARGB32_Premultiplied);
    image.fill(option.palette.color(QPalette::Window));
    QPainter painter(&image);
    style->drawPrimitive(QStyle::PE_PanelLineEdit, &option, &painter);
    return image;
}

} // namespace

void TestFrameCacheStyle::sameAsFusion_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("focus");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<int>("lineWidth");
    for (const QSize& size : { QSize(200, 28), QSize(57, 31), QSize(8, 8), QSize(3, 3) })
        for (const bool focus : { false, true })
            for (const bool enabled : { true, false })
                QTest::addRow("%dx%d%s%s", size.width(), size.height(), focus ? " focus" : "",
                    enabled ? "" : " disabled")
                    << size << focus << enabled << 1;
    QTest::addRow("no frame") << QSize(120, 24) << false << true << 0;
}

void TestFrameCacheStyle::sameAsFusion()
{
    QFETCH(QSize, size);
    QFETCH(bool, focus);
    QFETCH(bool, enabled);
    QFETCH(int, lineWidth);
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(fusion);
    FrameCacheStyle cached(QStyleFactory::create(QStringLiteral("Fusion")));

    QStyleOptionFrame option;
    option.rect = QRect(QPoint(7, 5), size);
    option.palette = fusion->standardPalette();
    option.state = QStyle::State_Sunken;
    option.state.setFlag(QStyle::State_HasFocus, focus);
    option.state.setFlag(QStyle::State_Enabled, enabled);
    option.palette.setCurrentColorGroup(enabled ? QPalette::Active : QPalette::Disabled);
    option.lineWidth = lineWidth;
    const QSize canvas = size + QSize(20, 20);

    const QImage expected = drawField(fusion.get(), option, canvas);
    QCOMPARE(drawField(&cached, option, canvas), expected); // drawn, then copied
    QCOMPARE(drawField(&cached, option, canvas), expected); // copied from the cache
    // Another state is another picture, not the cached one.
    QStyleOptionFrame other(option);
    other.state.setFlag(QStyle::State_HasFocus, !focus);
    QCOMPARE(drawField(&cached, other, canvas), drawField(fusion.get(), other, canvas));
    // So is another colour of the window (the outline is made from it), the base or the highlight.
    for (const QPalette::ColorRole role : { QPalette::Window, QPalette::Base, QPalette::Highlight }) {
        QStyleOptionFrame recoloured(option);
        recoloured.palette.setColor(recoloured.palette.currentColorGroup(), role, QColor(40, 90, 160));
        QCOMPARE(drawField(&cached, recoloured, canvas), drawField(fusion.get(), recoloured, canvas));
    }
}

// A real line edit, with text, drawn by the widget itself: the same as under plain Fusion.
void TestFrameCacheStyle::fieldLooksTheSame()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    FrameCacheStyle cached(QStyleFactory::create(QStringLiteral("Fusion")));
    QLineEdit plain(QStringLiteral("taro@example.jp"));
    QLineEdit ours(QStringLiteral("taro@example.jp"));
    plain.setStyle(fusion.get());
    ours.setStyle(&cached);
    for (QLineEdit* edit : { &plain, &ours }) {
        edit->setPalette(fusion->standardPalette());
        edit->resize(240, 30);
    }
    const QImage expected = plain.grab().toImage();
    QCOMPARE(ours.grab().toImage(), expected);
    QCOMPARE(ours.grab().toImage(), expected);
}

// The wizard wraps the application's Fusion once; other styles stay as they are.
void TestFrameCacheStyle::wrapsOnlyFusionOnce()
{
    QApplication::setStyle(QStringLiteral("Windows"));
    FrameCacheStyle::installForApplication();
    QVERIFY(!qobject_cast<FrameCacheStyle*>(QApplication::style()));
    QApplication::setStyle(QStringLiteral("Fusion"));
    FrameCacheStyle::installForApplication();
    auto* wrapped = qobject_cast<FrameCacheStyle*>(QApplication::style());
    QVERIFY(wrapped);
    QCOMPARE(wrapped->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    FrameCacheStyle::installForApplication();
    QCOMPARE(QApplication::style(), static_cast<QStyle*>(wrapped));
}

QTEST_MAIN(TestFrameCacheStyle)
#include "tst_framecachestyle.moc"
