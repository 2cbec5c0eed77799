// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "core/map/EqualEarth.h"
#include "core/map/MapLocationModel.h"
#include "tests/MapFixtures.h"

using namespace Vigie;

/// The centres' list model: consistent for QAbstractItemModelTester, roles, language switch, and the selection
/// it keeps as the map's one store.
class TestMapLocationModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void roles();
    void languageSwitch();
    void rowOf();
    void selection();
};

void TestMapLocationModel::modelTester()
{
    MapLocationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setCentres(Fixtures::centres());
    QCOMPARE(model.rowCount(), 2);
    model.setLanguage(Language::French);
    model.setCentres({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMapLocationModel::roles()
{
    MapLocationModel model;
    model.setCentres(Fixtures::centres());
    const QModelIndex dakar = model.index(0);
    QCOMPARE(dakar.data(MapLocationModel::IdRole).toString(), QStringLiteral("envr"));
    QCOMPARE(dakar.data(Qt::DisplayRole).toString(), QStringLiteral("ENVR — Dakar"));
    QCOMPARE(dakar.data(MapLocationModel::CountryRole).toString(), QStringLiteral("SEN"));
    QCOMPARE(dakar.data(MapLocationModel::LatitudeRole).toDouble(), 14.71306);
    QCOMPARE(dakar.data(MapLocationModel::ProjectedRole).toPointF(), EqualEarth::project(-17.45444, 14.71306));
    QVERIFY(!model.data(model.index(5), Qt::DisplayRole).isValid());
    QVERIFY(model.roleNames().contains(MapLocationModel::ProjectedRole));
}

void TestMapLocationModel::languageSwitch()
{
    MapLocationModel model;
    model.setCentres(Fixtures::centres());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLanguage(Language::French);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("C3BO — Podgorica"));
    QVERIFY(model.index(1).data(MapLocationModel::NameRole).toString().startsWith(QStringLiteral("Centre de")));
    model.setLanguage(Language::French);
    QCOMPARE(changed.size(), 1); // no change, no signal
    model.setLanguage(Language::English);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("WB3C — Podgorica"));
}

void TestMapLocationModel::rowOf()
{
    MapLocationModel model;
    model.setCentres(Fixtures::centres());
    QCOMPARE(model.rowOf(QStringLiteral("wb3c")), 1);
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QVERIFY(model.centre(0));
    QVERIFY(!model.centre(2));
}

void TestMapLocationModel::selection()
{
    MapLocationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCentres(Fixtures::centres());
    QSignalSpy selected(&model, &MapLocationModel::selectionChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.selectedId().isEmpty());
    QVERIFY(!model.selectedCentre());

    model.setSelectedId(QStringLiteral("wb3c"));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().first().toString(), QStringLiteral("wb3c"));
    QCOMPARE(model.selectedCentre()->countryIso3, QStringLiteral("MNE"));
    QVERIFY(model.index(1).data(MapLocationModel::SelectedRole).toBool());
    QVERIFY(!model.index(0).data(MapLocationModel::SelectedRole).toBool());
    QCOMPARE(changed.size(), 1); // the newly selected row

    model.setSelectedId(QStringLiteral("wb3c")); // no change, no signal
    model.setSelectedId(QStringLiteral("nope")); // unknown: ignored
    QCOMPARE(selected.size(), 1);
    QCOMPARE(model.selectedId(), QStringLiteral("wb3c"));

    model.setSelectedId(QStringLiteral("envr"));
    QCOMPARE(changed.size(), 3); // the row left and the row chosen
    model.setCentres(Fixtures::centres()); // the same centres again: the selection stays
    QCOMPARE(model.selectedId(), QStringLiteral("envr"));
    model.setCentres({}); // its centre gone: the selection goes too, and says so
    QVERIFY(model.selectedId().isEmpty());
    QCOMPARE(selected.size(), 3);
    QCOMPARE(selected.last().first().toString(), QString());
}

QTEST_GUILESS_MAIN(TestMapLocationModel)
#include "TestMapLocationModel.moc"
