// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>

#include <QPolygonF>
#include <QTest>

#include "core/map/EqualEarth.h"

using namespace Vigie;

/// The Equal Earth projection: reference values, orientation and round trips.
class TestEqualEarth : public QObject
{
    Q_OBJECT

private slots:
    void origin();
    void referenceValues_data();
    void referenceValues();
    void dakarWestAndSouthOfPodgorica();
    void roundTrip_data();
    void roundTrip();
    void equalArea();
};

void TestEqualEarth::origin()
{
    const QPointF p = EqualEarth::project(0, 0);
    QCOMPARE(p.x(), 0.0);
    QCOMPARE(p.y(), 0.0);
}

void TestEqualEarth::referenceValues_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y"); // northwards, as in the paper; the class returns it negated
    // Values from d3-geo's geoEqualEarthRaw (same constants), radius 1.
    QTest::newRow("equator at 180°E") << 180.0 << 0.0 << 2.7066299836 << 0.0;
    QTest::newRow("north pole") << 0.0 << 90.0 << 0.0 << 1.3173627591574;
    QTest::newRow("south pole") << 0.0 << -90.0 << 0.0 << -1.3173627591574;
}

void TestEqualEarth::referenceValues()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    const QPointF p = EqualEarth::project(lon, lat);
    QVERIFY2(std::abs(p.x() - x) < 1e-6, qPrintable(QString::number(p.x(), 'g', 12)));
    QVERIFY2(std::abs(-p.y() - y) < 1e-6, qPrintable(QString::number(p.y(), 'g', 12)));
}

void TestEqualEarth::dakarWestAndSouthOfPodgorica()
{
    const QPointF dakar = EqualEarth::project(-17.45444, 14.71306);
    const QPointF podgorica = EqualEarth::project(19.2628917, 42.4412861);
    QVERIFY(dakar.x() < 0);
    QVERIFY(podgorica.x() > 0);
    QVERIFY(dakar.x() < podgorica.x());
    // Screen orientation: south is down, and Dakar is almost 28° of latitude further south.
    QVERIFY(dakar.y() > podgorica.y() + 0.3);
}

void TestEqualEarth::roundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("Dakar") << -17.45444 << 14.71306;
    QTest::newRow("Podgorica") << 19.2628917 << 42.4412861;
    QTest::newRow("Paris") << 2.3522 << 48.8566;
    QTest::newRow("Wellington") << 174.7762 << -41.2865;
    QTest::newRow("near the pole") << -120.0 << 85.0;
}

void TestEqualEarth::roundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    const QPointF back = EqualEarth::inverse(EqualEarth::project(lon, lat));
    QVERIFY2(std::abs(back.x() - lon) < 1e-7, qPrintable(QString::number(back.x(), 'g', 12)));
    QVERIFY2(std::abs(back.y() - lat) < 1e-7, qPrintable(QString::number(back.y(), 'g', 12)));
}

void TestEqualEarth::equalArea()
{
    // A 1°×1° cell covers (on the sphere) an area proportional to cos(latitude); an equal-area projection
    // keeps that ratio, where Mercator would make the northern cell larger, not smaller.
    auto area = [](double lat) {
        const QPointF a = EqualEarth::project(10, lat);
        const QPointF b = EqualEarth::project(11, lat);
        const QPointF c = EqualEarth::project(10, lat + 1);
        const QPointF d = EqualEarth::project(11, lat + 1);
        const QPolygonF cell{a, b, d, c};
        double sum = 0;
        for (int i = 0; i < 4; ++i)
            sum += cell[i].x() * cell[(i + 1) % 4].y() - cell[(i + 1) % 4].x() * cell[i].y();
        return std::abs(sum) / 2;
    };
    const double equator = area(0);
    const double north = area(60);
    const double expected = (std::sin(61 * M_PI / 180) - std::sin(60 * M_PI / 180)) / std::sin(1 * M_PI / 180);
    QVERIFY2(std::abs(north / equator - expected) < 0.01, qPrintable(QString::number(north / equator)));
}

QTEST_APPLESS_MAIN(TestEqualEarth)
#include "TestEqualEarth.moc"
