// SPDX-License-Identifier: GPL-3.0-or-later
// The Overview as a dashboard: the KPIs, the offences trend, the treaty progress and a small map of the
// centres, each leading to its page; the small map paints before the outlines are parsed; the tiles sit side
// by side in a wide window and one under the other in a narrow one.

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <qcustomplot.h>

#include "app/pages/ChartsPage.h"
#include "app/pages/MapPage.h"
#include "app/pages/OverviewPage.h"
#include "app/pages/SourcesPage.h"
#include "core/map/WorldLoader.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/ChartView.h"
#include "widgets/DashboardGrid.h"
#include "widgets/DashboardTile.h"
#include "widgets/KpiCard.h"
#include "widgets/map/CentresMiniMap.h"
#include "widgets/map/MapRenderer.h"
#include "widgets/map/MapView.h"

using namespace Vigie;

class TestOverviewPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheDashboard();
    void miniMapPaintsBeforeTheOutlines();
    void tilesLeadToTheirPages();
    void aMarkerLeadsToItsCentre();
    void miniMapLabelsKeepClear();
    void tilesReflowWithTheWidth();
    void aLaptopWindowNeedsNoScroll();
    void aCardOpensItsSourceFromTheKeyboard();
    void ctrlTShowsTheTableOfTheFocusedChart();

private:
    OverviewPage* overview() const { return m_app->page<OverviewPage>(); }
    static QToolButton* link(DashboardTile* tile) { return tile->findChild<QToolButton*>(); }
    std::unique_ptr<WindowFixture> m_app;
};

void TestOverviewPage::init()
{
    m_app = std::make_unique<WindowFixture>();
}

void TestOverviewPage::cleanup()
{
    m_app.reset();
}

void TestOverviewPage::showsTheDashboard()
{
    QCOMPARE(m_app->open(QSize(1400, 900)), QString());
    QCOMPARE(overview()->kpiCards().size(), 4);
    // The charts are drawn just after the first frame.
    QTRY_COMPARE(overview()->offencesChart()->chart().id, QStringLiteral("offences-by-year"));
    QCOMPARE(overview()->treatyChart()->chart().id, QStringLiteral("budapest-parties"));
    QCOMPARE(overview()->miniMap()->centreAt(QPoint(-10, -10)), QString());
    // Both centres are drawn inside the small map, with room for their labels.
    for (const QString& id : {QStringLiteral("envr"), QStringLiteral("wb3c")}) {
        const QPointF at = overview()->miniMap()->markerPosition(id);
        QVERIFY2(QRectF(overview()->miniMap()->rect()).adjusted(8, 8, -8, -8).contains(at), qPrintable(id));
        QCOMPARE(overview()->miniMap()->centreAt(at.toPoint()), id);
    }
    const QStringList headings {QStringLiteral("Recorded offences"), QStringLiteral("Treaty progress"),
                                QStringLiteral("Capacity centres")};
    QCOMPARE(overview()->dashboardTiles().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(overview()->dashboardTiles().at(i)->heading()->text(), headings.at(i));
    m_app->switchTo(Language::French);
    QCOMPARE(overview()->dashboardTiles().at(1)->heading()->text(), QStringLiteral("Progrès des conventions"));
    QCOMPARE(overview()->miniMap()->accessibleName(),
             QStringLiteral("Carte des centres de renforcement des capacités"));
}

void TestOverviewPage::miniMapPaintsBeforeTheOutlines()
{
    // Nothing parses the outlines while the window is built: the small map asks for them once it has
    // painted its first frame, and draws them when they come.
    m_app->services = std::make_unique<Services>(m_app->dir.filePath(QStringLiteral("settings.ini")));
    QString error;
    QVERIFY2(m_app->services->openDatabase(&error), qPrintable(error));
    WorldLoader& world = m_app->services->context().world;
    m_app->window = std::make_unique<MainWindow>(m_app->services->context());
    QVERIFY(!world.isRequested());
    // Nor are the charts drawn: until they come, File → Export has nothing to write.
    QVERIFY(!overview()->offencesChart()->hasChart());
    QVERIFY(!overview()->exportable());
    QSignalSpy exportable(overview(), &Page::exportableChanged);
    QSignalSpy painted(overview()->miniMap(), &CentresMiniMap::firstPainted);
    m_app->window->resize(1400, 900);
    m_app->window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QVERIFY(!overview()->miniMap()->hasWorld()); // the first frame has markers only
    QVERIFY(painted.count() > 0 || painted.wait(5000));
    QVERIFY(world.isRequested());
    if (!world.isLoaded()) {
        QSignalSpy loaded(&world, &WorldLoader::loaded);
        QVERIFY(loaded.wait(20000));
    }
    QVERIFY(overview()->miniMap()->hasWorld());
    QTRY_COMPARE(exportable.count(), 1);
    QCOMPARE(overview()->exportable()->name, QStringLiteral("offences-by-year"));
}

void TestOverviewPage::tilesLeadToTheirPages()
{
    QCOMPARE(m_app->open(QSize(1400, 900)), QString());
    const QList<DashboardTile*> tiles = overview()->dashboardTiles();

    QTest::mouseClick(link(tiles.at(1)), Qt::LeftButton);
    ChartsPage* charts = m_app->page<ChartsPage>();
    QCOMPARE(m_app->window->currentPage(), charts);
    QCOMPARE(charts->activeChart()->chart().id, QStringLiteral("budapest-parties"));

    m_app->window->setCurrentPage(0);
    QTest::mouseClick(link(tiles.at(0)), Qt::LeftButton);
    QCOMPARE(m_app->window->currentPage(), charts);
    QCOMPARE(charts->activeChart()->chart().id, QStringLiteral("offences-by-year"));

    m_app->window->setCurrentPage(0);
    QTest::mouseClick(link(tiles.at(2)), Qt::LeftButton);
    QCOMPARE(m_app->window->currentPage(), m_app->page<MapPage>());

    // The links are buttons the keyboard reaches, named without their arrow.
    m_app->window->setCurrentPage(0);
    QCOMPARE(link(tiles.at(2))->accessibleName(), QStringLiteral("Open the map"));
    QCOMPARE(link(tiles.at(2))->focusPolicy(), Qt::StrongFocus);
    link(tiles.at(1))->setFocus();
    QTest::keyClick(link(tiles.at(1)), Qt::Key_Space);
    QCOMPARE(m_app->window->currentPage(), charts);
}

void TestOverviewPage::aMarkerLeadsToItsCentre()
{
    QCOMPARE(m_app->open(QSize(1400, 900)), QString());
    CentresMiniMap* mini = overview()->miniMap();
    const QPointF dakar = mini->markerPosition(QStringLiteral("envr"));
    QVERIFY(!dakar.isNull());
    QTest::mouseClick(mini, Qt::LeftButton, {}, dakar.toPoint());
    MapPage* map = m_app->page<MapPage>();
    QCOMPARE(m_app->window->currentPage(), map);
    QCOMPARE(map->mapView()->selectedCentre(), QStringLiteral("envr"));
}

void TestOverviewPage::miniMapLabelsKeepClear()
{
    // At every size the small map accepts, in both languages: each label lies inside the map and hides
    // neither France, nor a marker, nor the other label; a centre in the east is named on its right and one
    // in the west on its left, towards the open sea, in full or shortened, never left out.
    QCOMPARE(m_app->open(QSize(1400, 900)), QString());
    CentresMiniMap* mini = overview()->miniMap();
    const QSize smallest = mini->minimumSizeHint();
    const double ring = MapRenderer::markerRadius + 4;
    for (const Language language : {Language::English, Language::French}) {
        m_app->switchTo(language);
        for (int width = smallest.width(); width <= 800; width += 20) {
            for (int height = smallest.height(); height <= 400; height += 25) {
                const QSize size(width, height);
                const QString where = QStringLiteral("%1×%2 %3").arg(width).arg(height).arg(int(language));
                const QList<MapRenderer::MarkerLabel> labels = mini->markerLabels(size);
                const QRectF france = mini->franceArea(size);
                QVERIFY2(QRectF(QPointF(0, 0), size).contains(france), qPrintable(where));
                QVERIFY2(labels.size() == 2, qPrintable(where));
                for (const MapRenderer::MarkerLabel& label : labels) {
                    const QString what = where + QLatin1Char(' ') + label.text;
                    QVERIFY2(QRectF(QPointF(0, 0), size).contains(label.box), qPrintable(what));
                    QVERIFY2(!label.box.intersects(france), qPrintable(what));
                    const bool east = label.centreId == QStringLiteral("wb3c");
                    QVERIFY2(east ? label.box.left() > label.marker.x() : label.box.right() < label.marker.x(),
                             qPrintable(what));
                    for (const MapRenderer::MarkerLabel& other : labels) {
                        const QRectF marker(other.marker - QPointF(ring, ring), QSizeF(2 * ring, 2 * ring));
                        QVERIFY2(!label.box.intersects(marker), qPrintable(what + QStringLiteral(" / ") + other.text));
                        if (&other != &label)
                            QVERIFY2(!label.box.intersects(other.box), qPrintable(what));
                    }
                }
            }
        }
    }
}

void TestOverviewPage::tilesReflowWithTheWidth()
{
    QCOMPARE(m_app->open(QSize(1400, 900)), QString());
    const QList<DashboardTile*> tiles = overview()->dashboardTiles();
    // Wide: the offences trend on the left, the treaty and the map stacked on its right.
    QVERIFY(overview()->tiles()->width() >= DashboardGrid::sideBySideWidth);
    QVERIFY(tiles.at(0)->geometry().right() < tiles.at(1)->geometry().left());
    QCOMPARE(tiles.at(1)->geometry().left(), tiles.at(2)->geometry().left());
    QVERIFY(tiles.at(1)->geometry().bottom() < tiles.at(2)->geometry().top());
    QVERIFY(tiles.at(0)->width() > tiles.at(1)->width());

    // Narrow: one column, in order, each as wide as the grid.
    m_app->window->resize(820, 600);
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QVERIFY(overview()->tiles()->width() < DashboardGrid::sideBySideWidth);
    for (int i = 0; i < tiles.size(); ++i) {
        QCOMPARE(tiles.at(i)->width(), overview()->tiles()->width());
        if (i > 0)
            QVERIFY(tiles.at(i - 1)->geometry().bottom() < tiles.at(i)->geometry().top());
    }
}

void TestOverviewPage::aLaptopWindowNeedsNoScroll()
{
    // A 1280×800 window, the common laptop size, shows the whole dashboard at once in either language:
    // the map tile's centres and the charts' captions are not below the fold.
    QCOMPARE(m_app->open(QSize(1280, 800)), QString());
    auto* scroll = overview()->findChild<QScrollArea*>(QStringLiteral("overviewScroll"));
    QVERIFY(scroll);
    for (const Language language : {Language::English, Language::French}) {
        m_app->switchTo(language);
        QTest::qWait(50);
        QCoreApplication::processEvents();
        const QWidget* content = scroll->widget();
        QVERIFY2(content->height() <= scroll->viewport()->height(), qPrintable(languageCode(language)));
        QVERIFY2(!scroll->verticalScrollBar()->isVisible(), qPrintable(languageCode(language)));
        for (DashboardTile* tile : overview()->dashboardTiles()) {
            const QRect inViewport(tile->mapTo(scroll->viewport(), QPoint(0, 0)), tile->size());
            QVERIFY2(scroll->viewport()->rect().contains(inViewport), qPrintable(tile->heading()->text()));
        }
    }
}

void TestOverviewPage::aCardOpensItsSourceFromTheKeyboard()
{
    QCOMPARE(m_app->open(QSize(1400, 900)), QString());
    KpiCard* card = overview()->kpiCard();
    // Read as one sentence: the figure, its change, its source, and what Enter does.
    QCOMPARE(card->accessibleName(), QStringLiteral("Digital offences recorded in 2023"));
    const QString said = card->accessibleDescription();
    QVERIFY2(said.startsWith(QStringLiteral("278,770*. +40% in five years*. Source: ")), qPrintable(said));
    QVERIFY2(said.endsWith(QStringLiteral("Enter shows it on the Sources page.")), qPrintable(said));
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Return);
    QCOMPARE(m_app->window->currentPage(), m_app->page<SourcesPage>());
    m_app->switchTo(Language::French);
    QVERIFY2(overview()->kpiCard()->accessibleDescription().endsWith(
                 QStringLiteral("Entrée l'affiche dans la page Sources.")),
             qPrintable(overview()->kpiCard()->accessibleDescription()));
}

void TestOverviewPage::ctrlTShowsTheTableOfTheFocusedChart()
{
    // Two charts on the page: Ctrl+T is the focused one's, not an ambiguous key that does nothing.
    QCOMPARE(m_app->open(QSize(1400, 900)), QString());
    ChartView* offences = overview()->offencesChart();
    ChartView* treaty = overview()->treatyChart();
    m_app->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
    treaty->plot()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(treaty->plot()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(treaty->isTableShown());
    QVERIFY(!offences->isTableShown());
    offences->plot()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(offences->isTableShown());
    QVERIFY(treaty->isTableShown());
}

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
