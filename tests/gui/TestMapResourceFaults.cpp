// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the whole window with the map's outlines taken out of the build, then with a truncated copy in
// their place: Vigie must start, say what is wrong on the Map page in the current language, keep the
// centres' list, and keep every other page working.

#include <QFile>
#include <QLabel>
#include <QResource>
#include <QSignalSpy>
#include <QTest>

#include "app/pages/MapPage.h"
#include "core/map/MapLocationModel.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/map/MapCanvas.h"
#include "widgets/map/MapScene.h"
#include "widgets/map/MapView.h"

using namespace Vigie;

class TestMapResourceFaults : public QObject
{
    Q_OBJECT

private slots:
    void missingOutlines();
    void corruptOutlines();
    void cleanupTestCase();

private:
    /// Opens the window, visits every page, and returns the Map page's notice in English and in French.
    QStringList startAndVisit();
};

QStringList TestMapResourceFaults::startAndVisit()
{
    WindowFixture app;
    if (const QString error = app.open(); !error.isEmpty())
        return {error};
    MainWindow& window = *app.window;
    for (int i = 0; i < window.pages().size(); ++i) {
        window.setCurrentPage(i);
        QCoreApplication::processEvents();
        if (window.pages().at(i)->grab().isNull())
            return {QStringLiteral("page %1 does not paint").arg(i)};
    }
    MapPage* map = app.page<MapPage>();
    if (!map)
        return {QStringLiteral("no map page")};
    if (!map->isWorldLoaded()) {
        QSignalSpy loaded(map, &MapPage::worldLoaded);
        if (!loaded.wait(20000))
            return {QStringLiteral("the map never finished loading")};
    }
    if (map->mapView()->scene().world || !map->notice()->isVisibleTo(map))
        return {QStringLiteral("the map claims to have outlines")};
    if (map->mapView()->canvas()->grab().isNull())
        return {QStringLiteral("the empty map does not paint")};
    QStringList notices{map->notice()->text()};
    app.switchTo(Language::French);
    notices.append(map->notice()->text());
    // The centres stay reachable without the map.
    notices.append(QString::number(map->mapView()->model()->rowCount()));
    return notices;
}

void TestMapResourceFaults::missingOutlines()
{
    Q_CLEANUP_RESOURCE(vigie_map); // what a build without the map resource would have
    QVERIFY(!QFile::exists(QStringLiteral(":/map/countries-50m.geojson")));
    const QStringList notices = startAndVisit();
    QVERIFY2(notices.size() == 3, qPrintable(notices.join(u'|')));
    QVERIFY2(notices.at(0).startsWith(QStringLiteral("The map outlines are missing from this build.")),
             qPrintable(notices.at(0)));
    QVERIFY2(notices.at(1).startsWith(QStringLiteral("Les contours de la carte manquent dans cette version.")),
             qPrintable(notices.at(1)));
    QCOMPARE(notices.at(2), QStringLiteral("2"));
}

void TestMapResourceFaults::corruptOutlines()
{
    QVERIFY(QResource::registerResource(QStringLiteral(CORRUPT_MAP_RCC)));
    QFile file(QStringLiteral(":/map/countries-50m.geojson"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() < 1000); // the truncated copy, not the real outlines
    const QStringList notices = startAndVisit();
    QVERIFY2(notices.size() == 3, qPrintable(notices.join(u'|')));
    QVERIFY2(notices.at(0).startsWith(QStringLiteral("The map outlines cannot be read:")), qPrintable(notices.at(0)));
    QVERIFY2(notices.at(1).startsWith(QStringLiteral("Les contours de la carte sont illisibles")), qPrintable(notices.at(1)));
    QCOMPARE(notices.at(2), QStringLiteral("2"));
}

void TestMapResourceFaults::cleanupTestCase()
{
    QResource::unregisterResource(QStringLiteral(CORRUPT_MAP_RCC));
    Q_INIT_RESOURCE(vigie_map);
}

QTEST_MAIN(TestMapResourceFaults)
#include "TestMapResourceFaults.moc"
