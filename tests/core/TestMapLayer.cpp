// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/map/MapLayer.h"
#include "tests/MapFixtures.h"

using namespace Vigie;

/// The treaty layers: which country gets which status, and the data date.
class TestMapLayer : public QObject {
    Q_OBJECT

private slots:
    void budapest_data();
    void budapest();
    void unConvention();
    void noneIsEmpty();
    void otherTreatiesIgnored();
};

void TestMapLayer::budapest_data()
{
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<int>("status");
    QTest::newRow("France ratified, in force") << "FRA" << int(MapLayer::Status::Party);
    QTest::newRow("Senegal acceded, in force") << "SEN" << int(MapLayer::Status::Party);
    QTest::newRow("New Zealand acceded, not yet in force") << "NZL" << int(MapLayer::Status::Ratified);
    QTest::newRow("Ecuador in force, year only") << "ECU" << int(MapLayer::Status::Party);
    QTest::newRow("Ireland signed only") << "IRL" << int(MapLayer::Status::Signatory);
    // The Budapest list is complete: a state absent from it has not signed.
    QTest::newRow("Russia not listed") << "RUS" << int(MapLayer::Status::Outside);
}

void TestMapLayer::budapest()
{
    QFETCH(QString, iso3);
    QFETCH(int, status);
    const MapLayer layer(MapLayer::Kind::BudapestParties, Fixtures::budapest());
    QCOMPARE(int(layer.status(iso3)), status);
    QCOMPARE(layer.count(MapLayer::Status::Party), 3);
    QCOMPARE(layer.dataDate(), QStringLiteral("2025-09-01"));
    QVERIFY(layer.isComplete());
}

void TestMapLayer::unConvention()
{
    const MapLayer layer(MapLayer::Kind::UnSignatories, Fixtures::unConvention());
    // Signed after the records' "status as of" date: the layer's date is the latest date it knows.
    QCOMPARE(layer.status(QStringLiteral("FRA")), MapLayer::Status::Signatory);
    QCOMPARE(layer.dataDate(), QStringLiteral("2025-10-25"));
    QCOMPARE(layer.count(MapLayer::Status::Signatory), 2);
    // Not known to be complete: a state absent from it has no data, not "not signed".
    QCOMPARE(layer.status(QStringLiteral("BRA")), MapLayer::Status::NoData);
    QCOMPARE(MapLayer::treatyId(MapLayer::Kind::UnSignatories), QStringLiteral("UNCC"));
}

void TestMapLayer::noneIsEmpty()
{
    const MapLayer layer(MapLayer::Kind::None, Fixtures::budapest());
    QVERIFY(layer.isEmpty());
    QCOMPARE(layer.status(QStringLiteral("FRA")), MapLayer::Status::NoData);
    QVERIFY(MapLayer::treatyId(MapLayer::Kind::None).isEmpty());
}

void TestMapLayer::otherTreatiesIgnored()
{
    // UN Convention records must not colour the Budapest layer.
    const MapLayer layer(MapLayer::Kind::BudapestParties, Fixtures::unConvention());
    QVERIFY(layer.isEmpty());
}

QTEST_APPLESS_MAIN(TestMapLayer)
#include "TestMapLayer.moc"
