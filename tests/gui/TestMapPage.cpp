// SPDX-License-Identifier: GPL-3.0-or-later
#include <QImage>
#include <QLabel>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/AppContext.h"
#include "app/Services.h"
#include "app/pages/MapPage.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/LanguageManager.h"
#include "core/i18n/Translations.h"
#include "core/map/MapLocationModel.h"
#include "core/settings/Settings.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartRenderer.h"
#include "widgets/map/MapCanvas.h"
#include "widgets/map/MapView.h"

using namespace Vigie;

/// The map page on the embedded database: it loads the outlines off the UI thread, and says honestly when the
/// database has no centre yet.
class TestMapPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsAndShows();
    void loadsOnlyOnceShown();
    void honestWhenNoCentres();
    void retranslates();
    void exports();
    void remembersLayerAndLegend();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<AppContext> m_context;
    const ThreatDatabase* m_database = nullptr;
    LanguageManager* m_languages = nullptr;
    std::unique_ptr<MapPage> m_page;
};

void TestMapPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_services = std::make_unique<Services>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_languages = &m_services->languages();
    m_languages->setLanguage(Language::English);
    QString error;
    QVERIFY2(m_services->openDatabase(&error), qPrintable(error));
    m_context = std::make_unique<AppContext>(m_services->context());
    m_database = &m_context->database;
    m_page = std::make_unique<MapPage>(*m_context);
    m_page->resize(1200, 700);
    m_page->show();
}

void TestMapPage::loadsAndShows()
{
    if (!m_page->isWorldLoaded()) {
        QSignalSpy loaded(m_page.get(), &MapPage::worldLoaded);
        QVERIFY(loaded.wait(20000));
    }
    QVERIFY(m_page->mapView()->scene().world);
    QCOMPARE(m_page->title(), QStringLiteral("Map"));
    QVERIFY(!m_page->mapView()->canvas()->grab().isNull());
}

void TestMapPage::loadsOnlyOnceShown()
{
    // The outlines are parsed when the page is first shown, not while the window starts.
    MapPage hidden(*m_context);
    QTest::qWait(400);
    QVERIFY(!hidden.isWorldLoaded());
    QVERIFY(!hidden.mapView()->scene().world);
    QSignalSpy loaded(&hidden, &MapPage::worldLoaded);
    hidden.show();
    // Outlines another map already parsed are taken during show(); else they follow from the worker.
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    QVERIFY(hidden.mapView()->scene().world);
}

void TestMapPage::honestWhenNoCentres()
{
    const bool hasCentres = !m_database->centres().isEmpty();
    QVERIFY(hasCentres); // the embedded database has ENVR and WB3C: the notice stays hidden
    QCOMPARE(m_page->mapView()->model()->rowCount(), 2);
    QCOMPARE(m_page->mapView()->model()->rowCount(), int(m_database->centres().size()));
    QCOMPARE(m_page->notice()->isVisible(), !hasCentres);
    if (!hasCentres)
        QVERIFY(m_page->notice()->text().contains(QStringLiteral("not in this version's database yet")));
}

void TestMapPage::retranslates()
{
    QSignalSpy titleChanged(m_page.get(), &Page::titleChanged);
    m_languages->setLanguage(Language::French);
    QTRY_COMPARE(m_page->title(), QStringLiteral("Carte"));
    QTRY_VERIFY(titleChanged.size() >= 1); // the window renames its navigation entry on this signal
    if (m_database->centres().isEmpty())
        QVERIFY(m_page->notice()->text().startsWith(QStringLiteral("Les centres")));
    m_languages->setLanguage(Language::English);
    QTRY_COMPARE(m_page->title(), QStringLiteral("Map"));
}

void TestMapPage::exports()
{
    ExportOptions options;
    options.pixelSize = QSize(900, 500);
    const QString path = m_dir.filePath(QStringLiteral("page.png"));
    QCOMPARE(m_page->exportTo(path, options), QString());
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(900, 500));
}

void TestMapPage::remembersLayerAndLegend()
{
    Settings& settings = m_context->settings;
    QCOMPARE(settings.mapLayer(), QStringLiteral("none"));
    QVERIFY(!settings.mapLegendFolded());
    m_page->mapView()->layerButton(MapLayer::Kind::BudapestParties)->click();
    QCOMPARE(settings.mapLayer(), QStringLiteral("budapest"));
    MapCanvas* canvas = m_page->mapView()->canvas();
    canvas->setFocus();
    const bool folded = !canvas->legendFolded();
    QTest::keyClick(canvas, Qt::Key_L);
    QCOMPARE(settings.mapLegendFolded(), std::optional<bool>(folded));

    // A page opened later shows the same layer and the same legend.
    MapPage again(*m_context);
    QCOMPARE(again.mapView()->layerKind(), MapLayer::Kind::BudapestParties);
    QCOMPARE(again.mapView()->layerButton(MapLayer::Kind::BudapestParties)->isChecked(), true);
    QCOMPARE(again.mapView()->canvas()->legendFolded(), folded);

    // A value Vigie never wrote reads as no layer.
    settings.setMapLayer(QStringLiteral("=cmd|' /C calc'!A0"));
    MapPage odd(*m_context);
    QCOMPARE(odd.mapView()->layerKind(), MapLayer::Kind::None);
    settings.setMapLayer(QStringLiteral("none"));
}

QTEST_MAIN(TestMapPage)
#include "TestMapPage.moc"
