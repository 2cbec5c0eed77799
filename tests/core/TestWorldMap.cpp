// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QTest>

#include "core/map/EqualEarth.h"
#include "core/map/WorldMap.h"

using namespace Vigie;

/// The country outlines: the embedded GeoJSON loads, names and codes are right, hit-testing finds countries.
class TestWorldMap : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsEveryCountry();
    void namesInBothLanguages_data();
    void namesInBothLanguages();
    void pointInCountry_data();
    void pointInCountry();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void smallCollection();
    void featureByFeatureReadsAsTheWholeDocument();
    void slicesKeepStringsAndNestingWhole_data();
    void slicesKeepStringsAndNestingWhole();

private:
    std::shared_ptr<const WorldMap> m_map;
};

void TestWorldMap::initTestCase()
{
    QString error;
    m_map = WorldMap::loadEmbedded(&error);
    QVERIFY2(m_map, qPrintable(error));
}

void TestWorldMap::loadsEveryCountry()
{
    // The README counts 241 features; every one has an outline.
    QCOMPARE(m_map->countries().size(), 241);
    QVERIFY(m_map->country(QStringLiteral("FRA")));
    QVERIFY(!m_map->country(QStringLiteral("XXX")));
    QVERIFY(m_map->memoryBytes() > 100000);
    QVERIFY(EqualEarth::worldBounds().contains(m_map->country(QStringLiteral("RUS"))->bounds.center()));
}

void TestWorldMap::namesInBothLanguages_data()
{
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("french");
    QTest::newRow("Senegal") << "SEN"
                             << "Senegal"
                             << "Sénégal";
    QTest::newRow("Montenegro") << "MNE"
                                << "Montenegro"
                                << "Monténégro";
    QTest::newRow("Kosovo") << "XKX"
                            << "Kosovo"
                            << "Kosovo";
    QTest::newRow("unknown code") << "ZZZ"
                                  << "ZZZ"
                                  << "ZZZ";
}

void TestWorldMap::namesInBothLanguages()
{
    QFETCH(QString, iso3);
    QFETCH(QString, english);
    QFETCH(QString, french);
    QCOMPARE(m_map->countryName(iso3, Language::English), english);
    QCOMPARE(m_map->countryName(iso3, Language::French), french);
}

void TestWorldMap::pointInCountry_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("iso3");
    QTest::newRow("Paris") << 2.3522 << 48.8566 << "FRA";
    QTest::newRow("Dakar") << -17.45444 << 14.71306 << "SEN";
    QTest::newRow("Podgorica") << 19.2628917 << 42.4412861 << "MNE";
    QTest::newRow("Ljubljana") << 14.5058 << 46.0569 << "SVN";
    QTest::newRow("Cayenne (French Guiana is part of France's outline)") << -52.33 << 4.92 << "FRA";
    QTest::newRow("Atlantic") << -30.0 << 30.0 << "";
    QTest::newRow("Mediterranean") << 18.0 << 35.0 << "";
    // Rings that cross the antimeridian are cut there, not drawn across the whole world.
    QTest::newRow("Fiji, east of 180°") << -179.93 << -16.47 << "FJI";
    QTest::newRow("Atlantic at Fiji's latitude") << 0.0 << -16.52 << "";
    QTest::newRow("Chukotka, east of 180°") << -175.0 << 66.5 << "RUS";
    QTest::newRow("Arctic Ocean north of Alaska") << -150.0 << 72.5 << "";
}

void TestWorldMap::pointInCountry()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, iso3);
    const QPointF p = EqualEarth::project(lon, lat);
    const CountryShape* found = m_map->countryAt(p);
    QCOMPARE(found ? found->iso3 : QString(), iso3);
    if (!iso3.isEmpty())
        QVERIFY(m_map->country(iso3)->path.contains(p));
}

void TestWorldMap::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{\"type\": ");
    QTest::newRow("not a collection") << QByteArray(R"({"type":"Feature"})");
    QTest::newRow("no features") << QByteArray(R"({"type":"FeatureCollection","features":[]})");
}

void TestWorldMap::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!WorldMap::fromGeoJson(json, &error));
    QVERIFY(!error.isEmpty());
}

void TestWorldMap::smallCollection()
{
    const QByteArray json = R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"iso_a3":"AAA","name_en":"Square","name_fr":"Carré"},
         "geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]],
                                                      [[4,4],[6,4],[6,6],[4,6],[4,4]]]}}]})";
    QString error;
    const auto map = WorldMap::fromGeoJson(json, &error);
    QVERIFY2(map, qPrintable(error));
    QCOMPARE(map->countries().size(), 1);
    QCOMPARE(map->countryName(QStringLiteral("AAA"), Language::French), QStringLiteral("Carré"));
    QVERIFY(map->countryAt(EqualEarth::project(2, 2)));
    QVERIFY(!map->countryAt(EqualEarth::project(5, 5))); // the hole
    QVERIFY(!map->countryAt(EqualEarth::project(20, 5)));
}

void TestWorldMap::featureByFeatureReadsAsTheWholeDocument()
{
    // The embedded outlines are read one feature at a time; a document laid out otherwise (a first element
    // that is not an object) is read whole. Both give the same world.
    QFile file(QStringLiteral(":/map/countries-50m.geojson"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QByteArray unusual = json;
    const QByteArray key = "\"features\":[";
    const qsizetype features = unusual.indexOf(key);
    QVERIFY(features > 0);
    unusual.insert(features + key.size(), "1,");
    const auto bySlices = WorldMap::fromGeoJson(json);
    const auto whole = WorldMap::fromGeoJson(unusual);
    QVERIFY(bySlices && whole);
    QCOMPARE(bySlices->countries().size(), whole->countries().size());
    for (qsizetype i = 0; i < whole->countries().size(); ++i) {
        QCOMPARE(bySlices->countries().at(i).iso3, whole->countries().at(i).iso3);
        QCOMPARE(bySlices->countries().at(i).name.french, whole->countries().at(i).name.french);
        QCOMPARE(bySlices->countries().at(i).bounds, whole->countries().at(i).bounds);
        QCOMPARE(bySlices->countries().at(i).path.elementCount(), whole->countries().at(i).path.elementCount());
    }
    // Cut in the middle of a feature: refused with the parser's message, as before.
    QString error;
    QVERIFY(!WorldMap::fromGeoJson(json.left(json.size() / 2), &error));
    QVERIFY(!error.isEmpty());
}

void TestWorldMap::slicesKeepStringsAndNestingWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("name");
    const QByteArray square = R"("geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[0,10],[0,0]]]})";
    auto collection = [&](const QByteArray& before, const QByteArray& properties,
                          const QByteArray& after) -> QByteArray {
        return "{" + before + R"("features":[ {"type":"Feature","properties":)" + properties + "," + square
            + R"(} , {"type":"Feature","properties":{"iso_a3":"BBB","name_en":"B","name_fr":"B"},)" + square + "}\n]"
            + after + "}";
    };
    QTest::newRow("quotes and brackets in a name") << collection(
        R"("type":"FeatureCollection",)", R"({"iso_a3":"AAA","name_en":"A \"q\" ]}[{","name_fr":"x"})", "")
                                                   << QStringLiteral("A \"q\" ]}[{");
    QTest::newRow("a name ending in a backslash")
        << collection(R"("type":"FeatureCollection",)", R"({"iso_a3":"AAA","name_en":"back\\","name_fr":"x"})", "")
        << QStringLiteral("back\\");
    QTest::newRow("type after the features")
        << collection("", R"({"iso_a3":"AAA","name_en":"Late","name_fr":"x"})", R"(, "type" : "FeatureCollection")")
        << QStringLiteral("Late");
    QTest::newRow("a second features key, which Qt keeps") << collection(
        R"("type":"FeatureCollection","features":[],)", R"({"iso_a3":"AAA","name_en":"Second","name_fr":"x"})", "")
                                                           << QStringLiteral("Second");
    QTest::newRow("features spelt with an escape") << collection(
        R"("type":"FeatureCollection","features":[],)", R"({"iso_a3":"AAA","name_en":"Escaped","name_fr":"x"})", "")
                                                   << QStringLiteral("Escaped");
    QTest::newRow("numbers, arrays and a features key inside")
        << collection(R"("bbox":[-1.5e2,[2,3]],"n":1,"type":"FeatureCollection",)",
                      R"({"features":[{"a":[]}],"iso_a3":"AAA","name_en":"Nested","name_fr":"x"})", "")
        << QStringLiteral("Nested");
}

void TestWorldMap::slicesKeepStringsAndNestingWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, name);
    QString error;
    const auto map = WorldMap::fromGeoJson(json, &error);
    QVERIFY2(map, qPrintable(error + QString::fromUtf8(json)));
    QCOMPARE(map->countries().size(), 2);
    QCOMPARE(map->countryName(QStringLiteral("AAA"), Language::English), name);
    QCOMPARE(map->countryName(QStringLiteral("BBB"), Language::English), QStringLiteral("B"));
    // A cut inside a string or an array is refused, never read as fewer countries.
    for (const qsizetype cut : {json.indexOf("AAA"), json.indexOf("[[[0,0]") + 3, json.size() - 2})
        QVERIFY(!WorldMap::fromGeoJson(json.left(cut), &error));
}

QTEST_APPLESS_MAIN(TestWorldMap)
#include "TestWorldMap.moc"
