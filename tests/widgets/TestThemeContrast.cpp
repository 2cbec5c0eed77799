// SPDX-License-Identifier: GPL-3.0-or-later
// Colours everyone can read: in both themes, text stands at 4.5:1 on what it is drawn on and a chart's lines,
// markers, break lines and the focus mark at 3:1 (WCAG 2.1, criteria 1.4.3 and 1.4.11), as relative luminance
// measures them.

#include <QTest>

#include "tests/support/Contrast.h"
#include "widgets/ChartTheme.h"
#include "widgets/design/Theme.h"
#include "widgets/map/MapStyle.h"

using namespace Vigie;

namespace {

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
    void focusMarkStandsOut();
    void focusMarkStandsOut_data() { themes_data(); }

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
    const double ratio = Contrast::ratio(ink, ground);
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

void TestThemeContrast::focusMarkStandsOut()
{
    QFETCH(bool, dark);
    const QPalette p = Theme::palette(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    const QColor focus = Theme::focus(p);
    using R = QPalette::ColorRole;
    check("focus mark on the window", focus, p.color(R::Window), graphics);
    check("focus mark on a card", focus, p.color(R::Base), graphics);
    check("focus mark on an alternate row", focus, p.color(R::AlternateBase), graphics);
    check("focus mark on a button", focus, p.color(R::Button), graphics);
    check("focus mark on Fusion's frames", focus, p.color(R::Window).darker(140), graphics); // the style's outline
    // Over a map, the ring and the line of the base colour inside it: at 9:1 to each other, one of the two
    // stands at 3:1 on any colour (WCAG technique C40).
    check("focus mark and its line", focus, p.color(R::Base), 9.0);

    // Theme::contrast, which chooses the mark's colour on a selected row, measures as this test does.
    const QColor base = p.color(R::Base);
    QCOMPARE(qRound(Theme::contrast(focus, base) * 100), qRound(Contrast::ratio(focus, base) * 100));
}

QTEST_MAIN(TestThemeContrast)
#include "TestThemeContrast.moc"
