// SPDX-License-Identifier: GPL-3.0-or-later
// Colours everyone can read: in both themes, text stands at 4.5:1 on what it is drawn on and a chart's lines,
// markers and break lines at 3:1 (WCAG 2.1, criteria 1.4.3 and 1.4.11), as relative luminance measures them.

#include <QTest>

#include "widgets/ChartTheme.h"
#include "widgets/design/Theme.h"
#include "widgets/map/MapStyle.h"

using namespace Vigie;

namespace {

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double text = 4.5;
constexpr double graphics = 3.0;

} // namespace

class TestThemeContrast : public QObject
{
    Q_OBJECT

private slots:
    void themes_data();
    void paletteTextIsReadable();
    void paletteTextIsReadable_data() { themes_data(); }
    void chartColoursAreReadable();
    void chartColoursAreReadable_data() { themes_data(); }
    void mapTextAndMarkersAreReadable();
    void mapTextAndMarkersAreReadable_data() { themes_data(); }

private:
    static void check(const char* what, const QColor& ink, const QColor& ground, double least);
};

void TestThemeContrast::themes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestThemeContrast::check(const char* what, const QColor& ink, const QColor& ground, double least)
{
    const double ratio = contrast(ink, ground);
    QVERIFY2(ratio >= least, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1, under %5:1")
                                            .arg(QLatin1String(what), ink.name(), ground.name())
                                            .arg(ratio, 0, 'f', 2)
                                            .arg(least)));
}

void TestThemeContrast::paletteTextIsReadable()
{
    QFETCH(bool, dark);
    const QPalette p = Theme::palette(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    using R = QPalette::ColorRole;
    check("window text", p.color(R::WindowText), p.color(R::Window), text);
    check("text", p.color(R::Text), p.color(R::Base), text);
    check("text on alternate rows", p.color(R::Text), p.color(R::AlternateBase), text);
    check("button text", p.color(R::ButtonText), p.color(R::Button), text);
    check("placeholder", p.color(R::PlaceholderText), p.color(R::Base), text);
    check("selection", p.color(R::HighlightedText), p.color(R::Highlight), text);
    check("link on a card", p.color(R::Link), p.color(R::Base), text);
    check("link on the window", p.color(R::Link), p.color(R::Window), text);
    check("tooltip", p.color(R::ToolTipText), p.color(R::ToolTipBase), text);
}

void TestThemeContrast::chartColoursAreReadable()
{
    QFETCH(bool, dark);
    const ChartTheme theme = dark ? ChartTheme::dark() : ChartTheme::light();
    check("chart text", theme.foreground, theme.background, text);
    check("chart notes", theme.muted, theme.background, text);
    check("series break", theme.breakLine, theme.background, graphics);
    QVERIFY(theme.palette.size() >= 6);
    for (const QColor& series : theme.palette)
        check("series", series, theme.background, graphics);
    // A chart on a card: the chart's ground is the card's, with no seam between them.
    const QPalette p = Theme::palette(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    QCOMPARE(theme.background, p.color(QPalette::Base));
}

void TestThemeContrast::mapTextAndMarkersAreReadable()
{
    QFETCH(bool, dark);
    const MapStyle style = dark ? MapStyle::dark() : MapStyle::light();
    check("map text", style.foreground, style.background, text);
    check("map notes", style.muted, style.background, text);
    for (const QColor& ground : {style.ocean, style.land}) {
        check("centre marker", style.marker, ground, graphics);
        check("selected marker", style.markerSelected, ground, graphics);
    }
}

QTEST_MAIN(TestThemeContrast)
#include "TestThemeContrast.moc"
