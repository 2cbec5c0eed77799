// SPDX-License-Identifier: GPL-3.0-or-later
// Every element that takes the keyboard's focus shows that it has it (WCAG 2.4.7), in the light theme and the
// dark, by a mark at 3:1 or more against what the same pixels show without the focus (1.4.11): Vigie's drawn
// widgets (a card, a chart, the map and its markers, a tile's link) by the two-pixel ring along their edge,
// inside them; every stop of every page's Tab chain by a mark at least as long as its outline. The ring waits
// for the keyboard, as Qt's focus rectangles do; exports carry none.

#include <cmath>
#include <numbers>

#include <QApplication>
#include <QListWidget>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

#include "app/MainWindow.h"
#include "app/ThemeController.h"
#include "app/pages/MapPage.h"
#include "app/pages/OverviewPage.h"
#include "tests/gui/WindowFixture.h"
#include "tests/support/Contrast.h"
#include "widgets/ChartView.h"
#include "widgets/DashboardTile.h"
#include "widgets/KpiCard.h"
#include "widgets/design/Card.h"
#include "widgets/design/FocusMark.h"
#include "widgets/export/ExportTypes.h"
#include "widgets/map/CentresMiniMap.h"
#include "widgets/map/MapCanvas.h"
#include "widgets/map/MapMarker.h"
#include "widgets/map/MapView.h"

using namespace Vigie;

namespace {

constexpr double least = 3.0; // WCAG 1.4.11
/// The share of a ring's pixels that must stand out: antialiasing and a line crossing it take a few.
constexpr double ringShare = 0.85;

/// The band of the window that @p widget covers, as the window shows it now.
QImage shown(QWidget* window, const QWidget* widget)
{
    QCoreApplication::processEvents();
    return window->grab(QRect(widget->mapTo(window, QPoint(0, 0)), widget->size())).toImage();
}

/// Whether the pixel at @p p changed between the two images by a contrast of 3:1 or more.
bool standsOut(const QImage& before, const QImage& after, const QPoint& p)
{
    return Contrast::ratio(before.pixelColor(p), after.pixelColor(p)) >= least;
}

/// The share of a ring's pixels that stand out. The ring lies along the edge, inside, two pixels wide; @p corner
/// pixels are left out at the ends of each side (rounded corners). Over a picture (@p lined),
/// the line of the base colour inside the ring may stand out where the ring meets a colour close to its own.
double ringStandsOut(const QImage& before, const QImage& after, bool circle, int corner, bool lined)
{
    int samples = 0;
    int out = 0;
    auto sample = [&](const QPoint& ring, const QPoint& inside) {
        if (!before.rect().contains(ring))
            return;
        ++samples;
        const bool seen = standsOut(before, after, ring)
            || (lined && before.rect().contains(inside) && standsOut(before, after, inside));
        out += seen ? 1 : 0;
    };
    const int w = before.width();
    const int h = before.height();
    const int line = int(FocusMark::width); // from a pixel of the ring to the pixel of the line inside it
    if (circle) {
        // Every 4 degrees, the pixel nearest the middle of the ring, and the one nearest the middle of the line.
        const QPointF centre(w / 2.0, h / 2.0);
        const double outer = std::min(w, h) / 2.0;
        auto at = [&](double radius, double angle) {
            return (centre + QPointF(radius * std::cos(angle), radius * std::sin(angle)) - QPointF(0.5, 0.5))
                .toPoint();
        };
        for (int degrees = 0; degrees < 360; degrees += 4) {
            const double a = qDegreesToRadians(double(degrees));
            sample(at(outer - FocusMark::width / 2, a), at(outer - 1.5 * FocusMark::width, a));
        }
    } else {
        for (int depth = 0; depth < 2; ++depth) {
            for (int x = corner; x < w - corner; ++x) {
                sample(QPoint(x, depth), QPoint(x, depth + line));
                sample(QPoint(x, h - 1 - depth), QPoint(x, h - 1 - depth - line));
            }
            for (int y = corner; y < h - corner; ++y) {
                sample(QPoint(depth, y), QPoint(depth + line, y));
                sample(QPoint(w - 1 - depth, y), QPoint(w - 1 - depth - line, y));
            }
        }
    }
    return samples ? double(out) / samples : 0;
}

/// How many pixels of the two images differ by 3:1 or more.
int pixelsStandingOut(const QImage& before, const QImage& after)
{
    int count = 0;
    for (int y = 0; y < before.height(); ++y) {
        for (int x = 0; x < before.width(); ++x)
            count += standsOut(before, after, QPoint(x, y)) ? 1 : 0;
    }
    return count;
}

/// The stop after @p widget in the Tab chain, for a widget that keeps Tab for itself (a table, from cell to cell).
QWidget* nextStop(QWidget* widget)
{
    QWidget* next = widget;
    do
        next = next->nextInFocusChain();
    while (next != widget
           && !((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled() && !next->focusProxy()));
    return next;
}

QString describe(const QWidget* widget)
{
    QString name = widget->accessibleName();
    if (name.isEmpty())
        name = widget->objectName();
    return QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()), name);
}

} // namespace

class TestFocusMarks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void drawnWidgetsRingTheirEdge_data();
    void drawnWidgetsRingTheirEdge();
    void everyTabStopShowsTheFocus_data();
    void everyTabStopShowsTheFocus();
    void aClickShowsNoRingUntilTheKeyboardMoves();
    void exportsCarryNoMark();

private:
    void useTheme(bool dark);
    void showPage(int index);
    QWidget* drawnWidget(const QString& name);
    QListWidget* navigation() const;

    std::unique_ptr<WindowFixture> m_app;
};

void TestFocusMarks::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open(QSize(1400, 1000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // As after a Tab: Qt's widgets draw their focus rectangles from then on.
    m_app->window->setAttribute(Qt::WA_KeyboardFocusChange);
}

void TestFocusMarks::cleanup()
{
    m_app.reset();
}

void TestFocusMarks::useTheme(bool dark)
{
    m_app->window->theme()->setChoice(dark ? Settings::Theme::Dark : Settings::Theme::Light);
    QCoreApplication::processEvents();
    QCOMPARE(Theme::isDark(m_app->window->palette()), dark);
}

void TestFocusMarks::showPage(int index)
{
    m_app->window->setCurrentPage(index);
    QTest::qWait(50); // what is drawn after the first frame
    if (auto* map = qobject_cast<MapPage*>(m_app->window->currentPage()))
        QTRY_VERIFY_WITH_TIMEOUT(map->isWorldLoaded(), 20000);
    if (auto* overview = qobject_cast<OverviewPage*>(m_app->window->currentPage()))
        QTRY_VERIFY(overview->offencesChart()->hasChart());
}

QListWidget* TestFocusMarks::navigation() const
{
    return m_app->window->findChild<QListWidget*>(QStringLiteral("navigation"));
}

QWidget* TestFocusMarks::drawnWidget(const QString& name)
{
    if (name == QLatin1String("map") || name == QLatin1String("marker")) {
        showPage(m_app->pageIndex<MapPage>());
        MapCanvas* canvas = m_app->page<MapPage>()->mapView()->canvas();
        if (name == QLatin1String("map"))
            return canvas;
        return canvas->marker(QStringLiteral("wb3c"));
    }
    showPage(m_app->pageIndex<OverviewPage>());
    auto* overview = m_app->page<OverviewPage>();
    if (name == QLatin1String("card"))
        return overview->kpiCard();
    if (name == QLatin1String("chart"))
        return overview->offencesChart()->plot();
    if (name == QLatin1String("tile link"))
        return overview->dashboardTiles().constFirst()->link();
    return nullptr;
}

void TestFocusMarks::drawnWidgetsRingTheirEdge_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<bool>("circle");
    QTest::addColumn<int>("corner"); ///< left out at the ends of a side
    QTest::addColumn<bool>("lined"); ///< over a picture: FocusMark::Over::Picture
    for (const bool dark : {false, true}) {
        const char* theme = dark ? "dark" : "light";
        QTest::addRow("%s, card", theme) << dark << QStringLiteral("card") << false << int(Card::radius) + 2 << false;
        QTest::addRow("%s, chart", theme) << dark << QStringLiteral("chart") << false << 0 << false;
        QTest::addRow("%s, tile link", theme) << dark << QStringLiteral("tile link") << false << 3 << false;
        QTest::addRow("%s, map", theme) << dark << QStringLiteral("map") << false << 0 << true;
        QTest::addRow("%s, marker", theme) << dark << QStringLiteral("marker") << true << 0 << true;
    }
}

void TestFocusMarks::drawnWidgetsRingTheirEdge()
{
    QFETCH(bool, dark);
    QFETCH(QString, widget);
    QFETCH(bool, circle);
    QFETCH(int, corner);
    QFETCH(bool, lined);
    useTheme(dark);
    QWidget* target = drawnWidget(widget);
    QVERIFY(target);
    QVERIFY(target->isVisible());
    QCOMPARE_NE(target->focusPolicy() & Qt::TabFocus, 0);

    navigation()->setFocus(Qt::TabFocusReason);
    const QImage before = shown(m_app->window.get(), target);
    target->setFocus(Qt::TabFocusReason);
    QVERIFY(target->hasFocus());
    const QImage after = shown(m_app->window.get(), target);
    const double share = ringStandsOut(before, after, circle, corner, lined);
    QVERIFY2(share >= ringShare,
             qPrintable(QStringLiteral("%1: %2 % of the ring at 3:1").arg(widget).arg(share * 100, 0, 'f', 1)));

    // And the mark goes with the focus.
    navigation()->setFocus(Qt::TabFocusReason);
    const QImage again = shown(m_app->window.get(), target);
    QVERIFY2(ringStandsOut(before, again, circle, corner, lined) < 0.05, qPrintable(widget));
}

void TestFocusMarks::everyTabStopShowsTheFocus_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<int>("page");
    for (const bool dark : {false, true}) {
        for (int page = 0; page < 5; ++page)
            QTest::addRow("%s, page %d", dark ? "dark" : "light", page) << dark << page;
    }
}

void TestFocusMarks::everyTabStopShowsTheFocus()
{
    QFETCH(bool, dark);
    QFETCH(int, page);
    useTheme(dark);
    showPage(page);
    MainWindow* window = m_app->window.get();
    QListWidget* start = navigation();
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget*> stops{start};
    QStringList missing;
    QWidget* current = start;
    bool arrived = true;
    int staying = 0; ///< Tabs that kept the focus where it was: a text's links, a table's cells
    // Tab round the window, once.
    for (int presses = 0; presses < 400; ++presses) {
        if (arrived) {
            // What the stop's place shows with the focus, then without. A tab bar marks its current tab: that is
            // the element whose outline the mark is measured against.
            QRect element = current->rect();
            if (auto* bar = qobject_cast<QTabBar*>(current))
                element = bar->tabRect(bar->currentIndex());
            const QImage focused = shown(window, current);
            current->clearFocus();
            const QImage unfocused = shown(window, current);
            current->setFocus(Qt::TabFocusReason);
            // A one-pixel outline's worth; a marker is round.
            const int needed = qobject_cast<MapMarker*>(current) ? qRound(std::numbers::pi * element.width())
                                                                  : 2 * (element.width() + element.height());
            const int found = pixelsStandingOut(unfocused, focused);
            if (found < needed)
                missing.append(
                    QStringLiteral("%1: %2 pixels at 3:1, under %3").arg(describe(current)).arg(found).arg(needed));
        }
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        QVERIFY2(next, "Tab left the window");
        staying = next == current ? staying + 1 : 0;
        if (staying > 50) {
            // Past its fiftieth cell or link, on to the next stop.
            next = nextStop(current);
            next->setFocus(Qt::TabFocusReason);
            staying = 0;
        }
        if (next == start)
            break;
        arrived = next != current;
        if (arrived && stops.contains(next))
            QFAIL(qPrintable(QStringLiteral("Tab went back to %1").arg(describe(next))));
        if (arrived)
            stops.append(next);
        current = next;
    }
    QCOMPARE(QApplication::focusWidget(), start);
    QVERIFY2(stops.size() > 3, qPrintable(QStringLiteral("only %1 stops").arg(stops.size())));
    QVERIFY2(missing.isEmpty(), qPrintable(window->currentPage()->title() + u'\n' + missing.join(u'\n')));
    // The small map is no stop: the link of its tile opens the map (and a marker, on the Map page, a centre).
    QCOMPARE(m_app->page<OverviewPage>()->miniMap()->focusPolicy(), Qt::NoFocus);
}

void TestFocusMarks::aClickShowsNoRingUntilTheKeyboardMoves()
{
    // As Qt's own focus rectangles: a click shows where it lands by itself; Tab, or a shortcut, brings the ring.
    m_app->window->setAttribute(Qt::WA_KeyboardFocusChange, false);
    QWidget* map = drawnWidget(QStringLiteral("map"));
    navigation()->setFocus(Qt::MouseFocusReason);
    const QImage before = shown(m_app->window.get(), map);
    map->setFocus(Qt::MouseFocusReason);
    QVERIFY(map->hasFocus());
    QCOMPARE(ringStandsOut(before, shown(m_app->window.get(), map), false, 0, true), 0.0);
    QTest::keyClick(map, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(map->hasFocus());
    QVERIFY(ringStandsOut(before, shown(m_app->window.get(), map), false, 0, true) >= ringShare);
}

void TestFocusMarks::exportsCarryNoMark()
{
    showPage(m_app->pageIndex<OverviewPage>());
    auto* overview = m_app->page<OverviewPage>();
    QCustomPlot* plot = overview->offencesChart()->plot();
    ExportOptions options;
    options.pixelSize = QSize(800, 450);
    navigation()->setFocus(Qt::TabFocusReason);
    const QImage exported = overview->exportImage(options);
    const QImage rendered = plot->toPixmap().toImage();
    plot->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    QVERIFY(plot->hasFocus());
    QCOMPARE(overview->exportImage(options), exported);
    QCOMPARE(plot->toPixmap().toImage(), rendered);
}

QTEST_MAIN(TestFocusMarks)
#include "TestFocusMarks.moc"
