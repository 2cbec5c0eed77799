// SPDX-License-Identifier: GPL-3.0-or-later
// The navigation's icons: drawn in the theme's text colour (its highlighted text colour when selected), at
// the pixel size a view asks for at each scale factor, so that they stay sharp.

#include <QGuiApplication>
#include <QImage>
#include <QTest>

#include "widgets/design/Icons.h"
#include "widgets/design/Theme.h"

using namespace Vigie;

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void drawnAtEveryScaleInTheThemesColours();
    void unknownNameIsNull();

private:
    /// The share of the picture's opaque pixels that have @p colour.
    static double shareOf(const QImage& image, const QColor& colour);
};

double TestIcons::shareOf(const QImage& image, const QColor& colour)
{
    int opaque = 0;
    int matching = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 200)
                continue;
            ++opaque;
            if (qAbs(pixel.red() - colour.red()) < 8 && qAbs(pixel.green() - colour.green()) < 8
                && qAbs(pixel.blue() - colour.blue()) < 8)
                ++matching;
        }
    }
    return opaque == 0 ? 0 : double(matching) / opaque;
}

void TestIcons::drawnAtEveryScaleInTheThemesColours()
{
    for (const Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        const QPalette palette = Theme::palette(mode);
        for (const char* name : {"overview", "charts", "map", "statement", "sources"}) {
            const QIcon icon = Icons::tinted(QString::fromLatin1(name), palette);
            QVERIFY2(!icon.isNull(), name);
            for (const qreal ratio : {1.0, 1.25, 1.5, 2.0, 3.0}) {
                const QPixmap normal = icon.pixmap(QSize(20, 20), ratio, QIcon::Normal);
                // As many device pixels as the scale asks: drawn for it, not an enlarged 1× picture.
                QCOMPARE(normal.size(), (QSizeF(20, 20) * ratio).toSize());
                QCOMPARE(normal.deviceIndependentSize(), QSizeF(20, 20));
                const QImage image = normal.toImage().convertToFormat(QImage::Format_ARGB32);
                QVERIFY2(shareOf(image, palette.color(QPalette::WindowText)) > 0.95, name);
                const QImage selected
                    = icon.pixmap(QSize(20, 20), ratio, QIcon::Selected).toImage().convertToFormat(QImage::Format_ARGB32);
                QVERIFY2(shareOf(selected, palette.color(QPalette::HighlightedText)) > 0.95, name);
            }
        }
    }
}

void TestIcons::unknownNameIsNull()
{
    QVERIFY(Icons::tinted(QStringLiteral("no-such-icon"), Theme::palette(Theme::Mode::Light)).isNull());
}

QTEST_MAIN(TestIcons)
#include "TestIcons.moc"
