// SPDX-License-Identifier: GPL-3.0-or-later
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AppContext.h"
#include "ChartExporter.h"
#include "ChartRenderer.h"
#include "charts/ChartCatalog.h"
#include "data/ThreatDatabase.h"
#include "i18n/LanguageManager.h"
#include "i18n/Translations.h"
#include "map/MapCanvas.h"
#include "map/MapLocationModel.h"
#include "map/MapView.h"
#include "pages/MapPage.h"
#include "settings/Settings.h"

using namespace Vigie;

/// The map page on the embedded database: it loads the outlines off the UI thread, and says honestly when the
/// database has no centre yet.
class TestMapPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsAndShows();
    void honestWhenNoCentres();
    void retranslates();
    void exports();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<ThreatDatabase> m_database;
    std::unique_ptr<ChartCatalog> m_catalog;
    std::unique_ptr<ChartRenderer> m_renderer;
    std::unique_ptr<ChartExporter> m_exporter;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MapPage> m_page;
};

void TestMapPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_translations = std::make_unique<Translations>();
    m_languages = std::make_unique<LanguageManager>(*m_translations);
    m_languages->setLanguage(Language::English);
    QString error;
    m_database = ThreatDatabase::openEmbedded(&error);
    QVERIFY2(m_database, qPrintable(error));
    m_catalog = std::make_unique<ChartCatalog>(*m_database, *m_translations);
    m_renderer = std::make_unique<ChartRenderer>(*m_translations);
    m_exporter = std::make_unique<ChartExporter>(*m_renderer);
    m_context = std::make_unique<AppContext>(
        AppContext{*m_settings, *m_languages, *m_database, *m_catalog, *m_renderer, *m_exporter});
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

void TestMapPage::honestWhenNoCentres()
{
    const bool hasCentres = !m_database->centres().isEmpty();
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
    QCOMPARE(m_page->exportMap(path, options), QString());
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), QSize(900, 500));
}

QTEST_MAIN(TestMapPage)
#include "TestMapPage.moc"
