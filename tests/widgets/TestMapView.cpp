// SPDX-License-Identifier: GPL-3.0-or-later
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QWheelEvent>
#include <QTimer>
#include <QWindow>

#include "core/i18n/LanguageManager.h"
#include "core/i18n/Translations.h"
#include "core/map/EqualEarth.h"
#include "core/map/MapLocationModel.h"
#include "core/map/MapViewport.h"
#include "tests/MapFixtures.h"
#include "tests/widgets/TextRecorder.h"
#include "widgets/map/MapCanvas.h"
#include "widgets/map/MapMarker.h"
#include "widgets/map/MapRenderer.h"
#include "widgets/map/MapView.h"

using namespace Vigie;

/// The map view: marker and country hit-testing, keyboard access, pan and zoom, layers, retranslation.
class TestMapView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickOnMarkerSelectsCentre();
    void markerButtonsAndKeyboard();
    void choosingACentreFramesItsRegion();
    void markersInTabOrder();
    void clickInCountryReportsItsName_data();
    void clickInCountryReportsItsName();
    void hoverShowsCountryName();
    void listSelectsCentre();
    void panAndZoom();
    void pinchOnTouchpad();
    void pinchOnTouchscreen();
    void keepsAspectRatio_data();
    void keepsAspectRatio();
    void layerToggle();
    void legendFoldsAndOpens();
    void foldedLegendStillExportsWhole();
    void retranslates();
    void noCentres();
    void contextMenusCopyCitations();

private:
    /// Opens @p target's context menu at @p pos as a right-click does, and triggers the entry at @p path
    /// ("Copy Citation/Inaugurated"; mnemonics ignored); returns the labels the menu offered at its top level.
    QStringList pickFromContextMenu(QWidget* target, const QPoint& pos, const QStringList& path);
    QPoint projectedToWidget(double lon, double lat) const;
    QPointF widgetToProjected(const QPointF& pos) const;

    QPointingDevice* m_touchscreen = nullptr; ///< registered with Qt, which keeps it
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MapRenderer> m_renderer;
    std::shared_ptr<const WorldMap> m_world;
    std::unique_ptr<MapLocationModel> m_locations;
    std::unique_ptr<MapView> m_view;
};

void TestMapView::initTestCase()
{
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->isComplete());
    m_languages = std::make_unique<LanguageManager>(*m_translations);
    m_renderer = std::make_unique<MapRenderer>(*m_translations);
    m_world = WorldMap::loadEmbedded();
    QVERIFY(m_world);
    m_touchscreen = QTest::createTouchDevice();
}

void TestMapView::init()
{
    m_languages->setLanguage(Language::English);
    m_locations = Fixtures::locations();
    m_view = std::make_unique<MapView>(*m_renderer, *m_locations);
    m_view->setWorld(m_world);
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestMapView::cleanup()
{
    m_view.reset();
    m_locations.reset();
}

QPoint TestMapView::projectedToWidget(double lon, double lat) const
{
    const MapCanvas* canvas = m_view->canvas();
    return MapRenderer::transform(canvas->rect(), canvas->scene()).map(EqualEarth::project(lon, lat)).toPoint();
}

QPointF TestMapView::widgetToProjected(const QPointF& pos) const
{
    const MapCanvas* canvas = m_view->canvas();
    return MapRenderer::transform(canvas->rect(), canvas->scene()).inverted().map(pos);
}

void TestMapView::clickOnMarkerSelectsCentre()
{
    MapCanvas* canvas = m_view->canvas();
    QVERIFY(m_view->selectedCentre().isEmpty());
    const QPoint dakar = canvas->markerPosition(QStringLiteral("envr"));
    QCOMPARE(dakar, projectedToWidget(-17.45444, 14.71306));
    QCOMPARE(canvas->centreAt(dakar), QStringLiteral("envr"));
    QCOMPARE(canvas->centreAt(dakar + QPoint(40, 40)), QString());
    QTest::mouseClick(canvas, Qt::LeftButton, {}, dakar);
    QCOMPARE(m_view->selectedCentre(), QStringLiteral("envr"));
    QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("National Cyber Academy in Dakar")));
    QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("6 November 2018")));
    QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("Ministère de l'Europe")));
    QCOMPARE(m_view->centreList()->currentIndex().row(), 0);
    // Dakar's partners are highlighted; Slovenia is WB3C's, not ENVR's.
    QCOMPARE(MapRenderer::highlight(canvas->scene(), QStringLiteral("SEN")), MapRenderer::Highlight::Partner);
    QCOMPARE(MapRenderer::highlight(canvas->scene(), QStringLiteral("SVN")), MapRenderer::Highlight::None);
}

void TestMapView::markerButtonsAndKeyboard()
{
    MapCanvas* canvas = m_view->canvas();
    QCOMPARE(canvas->markers().size(), 2);
    MapMarker* wb3c = canvas->marker(QStringLiteral("wb3c"));
    QVERIFY(wb3c);
    QVERIFY(wb3c->isVisible());
    QVERIFY(wb3c->geometry().contains(canvas->markerPosition(QStringLiteral("wb3c"))));
    QTest::mouseClick(wb3c, Qt::LeftButton);
    QCOMPARE(m_view->selectedCentre(), QStringLiteral("wb3c"));

    MapMarker* envr = canvas->marker(QStringLiteral("envr"));
    envr->setFocus();
    QTest::keyClick(envr, Qt::Key_Return);
    QCOMPARE(m_view->selectedCentre(), QStringLiteral("envr"));
}

void TestMapView::choosingACentreFramesItsRegion()
{
    // From the list or the map alike, a centre's region fills the view: every state it serves inside it,
    // closer than the home view, and its marker in sight.
    MapCanvas* canvas = m_view->canvas();
    const double home = canvas->scene().zoom;
    const struct {
        QString id;
        QStringList states;
    } centres[] = {
        {QStringLiteral("wb3c"), {QStringLiteral("ALB"), QStringLiteral("BIH"), QStringLiteral("XKX"), QStringLiteral("MNE"),
                                  QStringLiteral("MKD"), QStringLiteral("SRB"), QStringLiteral("SVN")}},
        {QStringLiteral("envr"), {QStringLiteral("SEN")}},
    };
    for (const auto& centre : centres) {
        m_view->centreList()->setCurrentIndex(m_view->model()->index(m_view->model()->rowOf(centre.id)));
        QCOMPARE(m_view->selectedCentre(), centre.id);
        QVERIFY2(canvas->scene().zoom > home * 1.5, qPrintable(centre.id));
        const QTransform t = MapRenderer::transform(canvas->rect(), canvas->scene());
        for (const QString& iso3 : centre.states) {
            const CountryShape* shape = m_world->country(iso3);
            QVERIFY2(shape, qPrintable(iso3));
            QVERIFY2(QRectF(canvas->rect()).contains(t.mapRect(shape->bounds)), qPrintable(centre.id + u' ' + iso3));
        }
        QVERIFY(canvas->marker(centre.id)->isVisible());
    }
    // Reset view goes back home.
    canvas->resetView();
    QCOMPARE(canvas->scene().zoom, home);
}

void TestMapView::markersInTabOrder()
{
    MapCanvas* canvas = m_view->canvas();
    MapMarker* envr = canvas->marker(QStringLiteral("envr"));
    MapMarker* wb3c = canvas->marker(QStringLiteral("wb3c"));
    // The next widget that Tab reaches: skip those that take no keyboard focus.
    auto nextTab = [](QWidget* w) {
        do
            w = w->nextInFocusChain();
        while (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible());
        return w;
    };
    QCOMPARE(nextTab(canvas), envr);
    QCOMPARE(nextTab(envr), wb3c);
    QCOMPARE(nextTab(wb3c), m_view->centreList());
    QCOMPARE(envr->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(envr->accessibleName(), QStringLiteral("ENVR — Dakar, capacity centre (Senegal)"));
}

void TestMapView::clickInCountryReportsItsName_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("senegal");
    QTest::newRow("English") << Language::English << QStringLiteral("Senegal");
    QTest::newRow("French") << Language::French << QStringLiteral("Sénégal");
}

void TestMapView::clickInCountryReportsItsName()
{
    QFETCH(Language, language);
    QFETCH(QString, senegal);
    m_languages->setLanguage(language);
    QCoreApplication::processEvents(); // LanguageChange is posted
    MapCanvas* canvas = m_view->canvas();
    canvas->zoomBy(4, projectedToWidget(-15, 14));
    // Inland Senegal, away from the Dakar marker.
    const QPoint pos = projectedToWidget(-14.0, 14.3);
    QCOMPARE(canvas->centreAt(pos), QString());
    QCOMPARE(canvas->countryAt(pos), QStringLiteral("SEN"));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, pos);
    QCOMPARE(m_view->infoLabel()->text(), senegal);
    QCOMPARE(canvas->countryNameAt(pos), senegal);
    QVERIFY(m_view->selectedCentre().isEmpty());
    // The sea has no name.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, projectedToWidget(-30, 30));
    QCOMPARE(m_view->infoLabel()->text(), QString());
}

void TestMapView::hoverShowsCountryName()
{
    MapCanvas* canvas = m_view->canvas();
    canvas->zoomBy(4, projectedToWidget(19, 42.7));
    const QPointF pos = projectedToWidget(19.0, 42.7);
    // QTest::mouseMove does not send a move without a button on every platform: send the event itself.
    QMouseEvent move(QEvent::MouseMove, pos, canvas->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    QCOMPARE(canvas->scene().hoveredIso3, QStringLiteral("MNE"));
    QCOMPARE(m_view->infoLabel()->text(), QStringLiteral("Montenegro"));
}

void TestMapView::listSelectsCentre()
{
    m_view->centreList()->setCurrentIndex(m_view->model()->index(1));
    QCOMPARE(m_view->selectedCentre(), QStringLiteral("wb3c"));
    QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("Slovenia")));
    QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("Kosovo"))); // a country served
    QCOMPARE(MapRenderer::highlight(m_view->scene(), QStringLiteral("SRB")), MapRenderer::Highlight::Beneficiary);
}

void TestMapView::panAndZoom()
{
    MapCanvas* canvas = m_view->canvas();
    canvas->setFocus();
    const QPointF start = canvas->scene().centre;
    QTest::keyClick(canvas, Qt::Key_Right);
    QVERIFY(canvas->scene().centre.x() > start.x()); // the view moves east
    QTest::keyClick(canvas, Qt::Key_Down);
    QVERIFY(canvas->scene().centre.y() > start.y()); // and south
    QTest::keyClick(canvas, Qt::Key_Plus);
    QVERIFY(canvas->scene().zoom > 1.0);
    const double zoomed = canvas->scene().zoom;
    QTest::keyClick(canvas, Qt::Key_Minus);
    QVERIFY(canvas->scene().zoom < zoomed);

    // Dragging moves the map with the pointer.
    const QPoint from = projectedToWidget(0, 0);
    const QPointF projectedBefore
        = MapRenderer::transform(canvas->rect(), canvas->scene()).inverted().map(QPointF(from));
    QTest::mousePress(canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(canvas, from + QPoint(30, 0));
    QTest::mouseMove(canvas, from + QPoint(60, 0));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, from + QPoint(60, 0));
    const QPointF projectedAfter
        = MapRenderer::transform(canvas->rect(), canvas->scene()).inverted().map(QPointF(from + QPoint(60, 0)));
    QVERIFY2(QLineF(projectedBefore, projectedAfter).length() < 0.02,
             qPrintable(QStringLiteral("%1 %2").arg(projectedBefore.x()).arg(projectedAfter.x())));

    // The wheel zooms around the pointer: Podgorica stays under it.
    const QPoint podgorica = canvas->markerPosition(QStringLiteral("wb3c"));
    QWheelEvent wheel(podgorica, canvas->mapToGlobal(podgorica), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(canvas, &wheel);
    QVERIFY(canvas->scene().zoom > 1.0);
    QVERIFY((canvas->markerPosition(QStringLiteral("wb3c")) - podgorica).manhattanLength() <= 2);

    canvas->resetView();
    QCOMPARE(canvas->scene().zoom, MapViewport::home().zoom);
    QCOMPARE(canvas->scene().centre.x(), MapViewport::home().centre.x());
    // Vertically, the view stays on the globe: no band of nothing above the pole.
    const QRectF globe = MapRenderer::transform(canvas->rect(), canvas->scene()).mapRect(EqualEarth::worldBounds());
    QVERIFY(globe.top() <= 0.5 && globe.bottom() >= canvas->height() - 0.5);
    QTest::keyClick(canvas, Qt::Key_0);
    QCOMPARE(canvas->scene().zoom, 1.0);
    QCOMPARE(canvas->scene().centre, QPointF());
    QTest::keyClick(canvas, Qt::Key_Home);
    QCOMPARE(canvas->scene().zoom, MapViewport::home().zoom);
}

void TestMapView::pinchOnTouchpad()
{
    MapCanvas* canvas = m_view->canvas();
    QWindow* window = m_view->windowHandle();
    QVERIFY(window);
    // The window's coordinates must differ from the canvas's, or mixing them up would go unseen.
    QVERIFY(canvas->mapTo(m_view.get(), QPoint()).y() > 0);
    const QPointingDevice touchpad(QStringLiteral("test touchpad"), 4242, QInputDevice::DeviceType::TouchPad,
                                   QPointingDevice::PointerType::Finger, QInputDevice::Capability::Position, 2, 0);
    // As the platform delivers it: to the window, positioned in the window; the window hands it on to the widget
    // under the pointer.
    auto pinch = [&](Qt::NativeGestureType type, const QPoint& pos, double value) {
        const QPointF inWindow = canvas->mapTo(m_view.get(), QPointF(pos));
        QNativeGestureEvent event(type, &touchpad, 2, inWindow, inWindow, canvas->mapToGlobal(QPointF(pos)), value, {});
        QApplication::sendEvent(window, &event);
        return event.isAccepted();
    };

    // Spreading two fingers zooms in by 1 + value, about the point between them: Tunis stays under them.
    const QPoint tunis = projectedToWidget(10.18, 36.8);
    const QPointF tunisProjected = widgetToProjected(tunis);
    QCOMPARE(canvas->childAt(tunis), nullptr);
    const double zoom = canvas->scene().zoom;
    QVERIFY(pinch(Qt::ZoomNativeGesture, tunis, 0.25));
    QCOMPARE(canvas->scene().zoom, zoom * 1.25);
    QVERIFY(QLineF(widgetToProjected(tunis), tunisProjected).length() < 1e-3);

    // Over a marker, the map zooms all the same, about the marker.
    const QPoint podgorica = canvas->markerPosition(QStringLiteral("wb3c"));
    QCOMPARE(canvas->childAt(podgorica), canvas->marker(QStringLiteral("wb3c")));
    QVERIFY(pinch(Qt::ZoomNativeGesture, podgorica, 0.5));
    QCOMPARE(canvas->scene().zoom, zoom * 1.25 * 1.5);
    QVERIFY((canvas->markerPosition(QStringLiteral("wb3c")) - podgorica).manhattanLength() <= 1);

    // Other gestures leave the zoom alone; pinching in stops at the whole world.
    QVERIFY(!pinch(Qt::RotateNativeGesture, tunis, 30));
    QCOMPARE(canvas->scene().zoom, zoom * 1.25 * 1.5);
    for (int i = 0; i < 10; ++i)
        pinch(Qt::ZoomNativeGesture, tunis, -0.5);
    QCOMPARE(canvas->scene().zoom, MapScene::minimumZoom);
}

void TestMapView::pinchOnTouchscreen()
{
    MapCanvas* canvas = m_view->canvas();
    QSignalSpy clicks(canvas, &MapCanvas::countryClicked);
    const QPoint tunis = projectedToWidget(10.18, 36.8);
    const QPointF tunisProjected = widgetToProjected(tunis);
    const double zoom = canvas->scene().zoom;
    // Two fingers on either side of Tunis, 100 pixels apart, then 150, then 200. Qt recognizes the pinch; the
    // first finger also becomes a mouse press and drag, which must not pan the map under the pinch.
    const QPoint apart(50, 0);
    QTest::touchEvent(canvas, m_touchscreen).press(0, tunis - apart);
    // The first finger "moves" where it is: QTest sends a stationary() point at (0, 0).
    QTest::touchEvent(canvas, m_touchscreen).move(0, tunis - apart).press(1, tunis + apart);
    QTest::touchEvent(canvas, m_touchscreen).move(0, tunis - apart * 3 / 2).move(1, tunis + apart * 3 / 2);
    QTest::touchEvent(canvas, m_touchscreen).move(0, tunis - apart * 2).move(1, tunis + apart * 2);
    QTest::touchEvent(canvas, m_touchscreen).release(0, tunis - apart * 2).release(1, tunis + apart * 2);
    QCOMPARE(canvas->scene().zoom, zoom * 2);
    QVERIFY2(QLineF(widgetToProjected(tunis), tunisProjected).length() < 1e-3,
             qPrintable(QStringLiteral("%1 %2").arg(widgetToProjected(tunis).x()).arg(tunisProjected.x())));
    QCOMPARE(clicks.count(), 0); // lifting the fingers is not a click
}

void TestMapView::keepsAspectRatio_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("wide") << QSize(1000, 300);
    QTest::newRow("tall") << QSize(400, 700);
    QTest::newRow("square") << QSize(600, 600);
}

void TestMapView::keepsAspectRatio()
{
    QFETCH(QSize, size);
    MapCanvas canvas(*m_renderer, *m_locations);
    canvas.setWorld(m_world);
    canvas.showWholeWorld();
    canvas.resize(size);
    const QImage image = canvas.grab().toImage();
    // The ocean's extent on screen is the globe's: its width-to-height ratio must be the projection's.
    const QRgb ocean = MapStyle::light().ocean.rgb();
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == ocean) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    QVERIFY(right > left && bottom > top);
    const double ratio = double(right - left + 1) / (bottom - top + 1);
    const QRectF world = EqualEarth::worldBounds();
    QVERIFY2(std::abs(ratio - world.width() / world.height()) < 0.06, qPrintable(QString::number(ratio)));
}

void TestMapView::layerToggle()
{
    m_view->setTreatyStatuses(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    QRadioButton* budapest = m_view->layerButton(MapLayer::Kind::BudapestParties);
    QVERIFY(budapest);
    budapest->click();
    QCOMPARE(m_view->layerKind(), MapLayer::Kind::BudapestParties);
    QCOMPARE(m_view->scene().layer.status(QStringLiteral("FRA")), MapLayer::Status::Party);
    QCOMPARE(m_view->layerNote()->text(), QStringLiteral("Status as of 1 September 2025."));

    m_view->layerButton(MapLayer::Kind::UnSignatories)->click();
    QCOMPARE(m_view->scene().layer.kind(), MapLayer::Kind::UnSignatories);
    QVERIFY(m_view->scene().layer.isEmpty());
    QCOMPARE(m_view->layerNote()->text(), QStringLiteral("No treaty data in this version yet."));
}

void TestMapView::legendFoldsAndOpens()
{
    m_view->setTreatyStatuses(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    m_view->layerButton(MapLayer::Kind::BudapestParties)->click();
    MapCanvas* canvas = m_view->canvas();
    const QList<MapRenderer::LegendEntry> entries =
        m_renderer->legend(canvas->screenScene(), Language::English, MapStyle::light());
    QVERIFY(entries.size() >= 3);

    // Wide enough, the legend is open: a heading and one line per entry, inside the map.
    QVERIFY(!canvas->legendFolded());
    const QRect open = canvas->legendRect();
    QVERIFY2(canvas->rect().contains(open), qPrintable(QStringLiteral("%1 in %2").arg(open.height()).arg(canvas->height())));
    QVERIFY(canvas->legendTip().contains(QStringLiteral("fold")));

    // On a small map it folds by itself to one line, still inside the map.
    m_view->resize(640, 420);
    QTRY_VERIFY(canvas->width() < 500);
    QVERIFY(canvas->legendFolded());
    const QRect folded = canvas->legendRect();
    QVERIFY(canvas->rect().contains(folded));
    QVERIFY(folded.height() * 3 < open.height());
    // Folded, its tooltip names every entry of the whole legend, under the layer's name.
    const QString tip = canvas->legendTip();
    QVERIFY(tip.contains(QStringLiteral("Budapest Convention parties")));
    for (const MapRenderer::LegendEntry& entry : entries)
        QVERIFY2(tip.contains(entry.text.toHtmlEscaped()), qPrintable(entry.text));
    // And its swatches are drawn: the Parties' colour shows inside the folded box.
    const QImage picture = canvas->grab().toImage();
    bool partyShown = false;
    for (int y = folded.top(); y <= folded.bottom() && !partyShown; ++y) {
        for (int x = folded.left(); x <= folded.right() && !partyShown; ++x)
            partyShown = picture.pixelColor(x, y) == MapStyle::light().party;
    }
    QVERIFY(partyShown);

    // A click on it opens it, and the user's choice holds at any size; L folds it again.
    QSignalSpy chosen(canvas, &MapCanvas::legendFoldChosen);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, folded.center());
    QVERIFY(!canvas->legendFolded());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.last().at(0).toBool(), false);
    QCOMPARE(m_view->scene().layer.kind(), MapLayer::Kind::BudapestParties); // the click selected nothing
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_L);
    QVERIFY(canvas->legendFolded());
    QCOMPARE(chosen.last().at(0).toBool(), true);
    m_view->resize(1200, 700);
    QTRY_VERIFY(canvas->width() > 700);
    QVERIFY(canvas->legendFolded());
}

void TestMapView::foldedLegendStillExportsWhole()
{
    // A file has no pointer to open a folded legend: the page shows every entry's text.
    m_view->setTreatyStatuses(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    m_view->layerButton(MapLayer::Kind::BudapestParties)->click();
    MapCanvas* canvas = m_view->canvas();
    canvas->setLegendFolded(true);
    const MapScene scene = canvas->screenScene();
    QCOMPARE(scene.legendForm, MapScene::LegendForm::Folded);
    Testing::TextRecorder page(QSize(1600, 900), 96);
    QPainter painter(&page);
    m_renderer->paintPage(painter, QSizeF(1600, 900), scene, Language::English, MapStyle::light());
    painter.end();
    QStringList drawn;
    for (const Testing::RecordedText& text : page.texts())
        drawn.append(text.text);
    for (const MapRenderer::LegendEntry& entry : m_renderer->legend(scene, Language::English, MapStyle::light()))
        QVERIFY2(drawn.contains(entry.text), qPrintable(entry.text + u" not in " + drawn.join(u'|')));
    QVERIFY(!drawn.join(QString()).contains(QChar(0x25B8))); // no disclosure mark in a file
}

void TestMapView::retranslates()
{
    m_view->selectCentre(QStringLiteral("wb3c"));
    m_languages->setLanguage(Language::French);
    // LanguageChange is posted: wait for it.
    QTRY_COMPARE(m_view->layerButton(MapLayer::Kind::BudapestParties)->text(),
             QStringLiteral("Parties à la Convention de Budapest"));
    QCOMPARE(m_view->model()->index(1).data().toString(), QStringLiteral("C3BO — Podgorica"));
    QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("Balkans occidentaux")));
    QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("Slovénie")));
    QCOMPARE(m_view->canvas()->marker(QStringLiteral("envr"))->accessibleName(),
             QStringLiteral("ENVR — Dakar, centre de renforcement des capacités (Sénégal)"));
    m_languages->setLanguage(Language::English);
    QTRY_COMPARE(m_view->layerButton(MapLayer::Kind::BudapestParties)->text(),
             QStringLiteral("Budapest Convention parties"));
    QVERIFY(m_view->details()->toPlainText().contains(QStringLiteral("Western Balkans")));
}

void TestMapView::noCentres()
{
    m_view->selectCentre(QStringLiteral("envr"));
    m_locations->setCentres({});
    QVERIFY(m_view->canvas()->markers().isEmpty());
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(m_view->selectedCentre().isEmpty());
    QVERIFY(m_view->details()->toPlainText().startsWith(QStringLiteral("Select a centre")));
    QTest::mouseClick(m_view->canvas(), Qt::LeftButton, {}, projectedToWidget(-17.45444, 14.71306));
    QVERIFY(m_view->selectedCentre().isEmpty());
    QVERIFY(!m_view->canvas()->grab().isNull());
}

QTEST_MAIN(TestMapView)
QStringList TestMapView::pickFromContextMenu(QWidget* target, const QPoint& pos, const QStringList& path)
{
    QStringList offered;
    // The menu runs its own event loop: pick the entry from inside it.
    QTimer::singleShot(0, this, [&offered, path] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        auto* top = menu;
        for (QAction* action : top->actions())
            offered.append(action->text().remove(u'&'));
        for (int depth = 0; depth < path.size(); ++depth) {
            QAction* found = nullptr;
            for (QAction* action : menu->actions()) {
                if (action->text().remove(u'&') == path.at(depth))
                    found = action;
            }
            if (!found)
                break;
            if (depth + 1 < path.size() && found->menu()) {
                menu = found->menu();
                continue;
            }
            if (depth + 1 == path.size())
                found->trigger();
            break;
        }
        top->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, target->mapToGlobal(pos));
    QApplication::sendEvent(target, &event);
    return offered;
}

void TestMapView::contextMenusCopyCitations()
{
    // A marker: each of its centre's facts, by its figure's key.
    MapCanvas* canvas = m_view->canvas();
    QSignalSpy figures(m_view.get(), &MapView::citationRequested);
    MapMarker* dakar = canvas->marker(QStringLiteral("envr"));
    QVERIFY(dakar);
    QCOMPARE(pickFromContextMenu(dakar, dakar->rect().center(), {QStringLiteral("Copy Citation"),
                                                                 QStringLiteral("People trained")}),
             QStringList {QStringLiteral("Copy Citation")});
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.at(0).at(0).toString(), QStringLiteral("envr.trainees"));

    // The details and the list: the selected centre's facts.
    m_view->selectCentre(QStringLiteral("wb3c"));
    QTextBrowser* details = m_view->details();
    const QStringList offered = pickFromContextMenu(details->viewport(), QPoint(5, 5),
                                                    {QStringLiteral("Copy Citation"), QStringLiteral("Treaty signed")});
    QVERIFY2(offered.contains(QStringLiteral("Copy Citation")), qPrintable(offered.join(u'|')));
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures.at(1).at(0).toString(), QStringLiteral("wb3c.treaty_signature"));
    QListView* list = m_view->centreList();
    const QRect first = list->visualRect(list->model()->index(0, 0));
    pickFromContextMenu(list->viewport(), first.center(), {QStringLiteral("Copy Citation"), QStringLiteral("Inaugurated")});
    QCOMPARE(figures.size(), 3);
    QCOMPARE(figures.at(2).at(0).toString(), QStringLiteral("envr.inauguration"));

    // A state under a treaty layer: its status as the tooltip gives it, the source and the data's date.
    QList<TreatyStatus> statuses = Fixtures::budapest();
    statuses[0].source.publisher = QStringLiteral("Council of Europe");
    statuses[0].source.title = QStringLiteral("Chart of signatures and ratifications of Treaty 185");
    m_view->setTreatyStatuses(MapLayer::Kind::BudapestParties, statuses);
    m_view->layerButton(MapLayer::Kind::BudapestParties)->click();
    canvas->setDataset({QStringLiteral("2026.1"), QStringLiteral("2026-03-12")});
    const QPoint paris = projectedToWidget(2.35, 46.5);
    QCOMPARE(canvas->countryAt(paris), QStringLiteral("FRA"));
    QSignalSpy texts(m_view.get(), &MapView::citationTextRequested);
    QCOMPARE(pickFromContextMenu(canvas, paris, {QStringLiteral("Copy Citation: France")}),
             QStringList {QStringLiteral("Copy Citation: France")});
    QCOMPARE(texts.size(), 1);
    QCOMPARE(texts.at(0).at(0).toString().split(u'\n'),
             (QStringList {QStringLiteral("Budapest Convention parties: France — Party: in force"),
                           QStringLiteral("Treaty status as of 1 September 2025"),
                           QStringLiteral("Signed: 23 November 2001"),
                           QStringLiteral("Ratified or acceded: 10 January 2006"),
                           QStringLiteral("In force: 1 May 2006"),
                           QStringLiteral("Source: Council of Europe, “Chart of signatures and ratifications of "
                                          "Treaty 185”"),
                           QStringLiteral("Data as of 12 March 2026 (Vigie dataset 2026.1)")}));
    // In French, as the interface speaks.
    m_languages->setLanguage(Language::French);
    QCoreApplication::processEvents();
    const QString french = m_renderer->countryCitation(canvas->scene(), QStringLiteral("FRA"), Language::French);
    QVERIFY2(french.startsWith(QStringLiteral("Parties à la Convention de Budapest\u00a0: France — Partie\u00a0: en vigueur\n")),
             qPrintable(french));
    QVERIFY2(french.contains(QStringLiteral("Signature\u00a0: 23 novembre 2001")), qPrintable(french));
    QVERIFY(french.endsWith(QStringLiteral("Données au 12 mars 2026 (jeu de données Vigie 2026.1)")));
    // The sea, and a state without a record, offer nothing.
    QVERIFY(m_renderer->countryCitation(canvas->scene(), QStringLiteral("DEU"), Language::English).isEmpty());
}

#include "TestMapView.moc"
