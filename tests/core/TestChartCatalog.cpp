// SPDX-License-Identifier: GPL-3.0-or-later
// Tests what the charts show, in data terms: segments split at series breaks, provisional points, sources,
// and the texts in both languages.

#include <QAbstractItemModelTester>
#include <QTest>

#include "charts/ChartCatalog.h"
#include "charts/ChartTableModel.h"
#include "data/ThreatDatabase.h"
#include "i18n/Translations.h"

using namespace Vigie;

class TestChartCatalog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyListedChartBuilds();
    void offencesByYearShowsTheBreak();
    void textsInBothLanguages();
    void headlineKpi();
    void tableShowsTheChartNumbers();
    void unknownChart();

private:
    std::unique_ptr<ThreatDatabase> m_db;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<ChartCatalog> m_catalog;
};

void TestChartCatalog::initTestCase()
{
    m_db = ThreatDatabase::openEmbedded();
    QVERIFY(m_db);
    m_translations = std::make_unique<Translations>();
    m_catalog = std::make_unique<ChartCatalog>(*m_db, *m_translations);
}

void TestChartCatalog::everyListedChartBuilds()
{
    for (const QString& id : ChartCatalog::chartIds()) {
        const auto chart = m_catalog->chart(id);
        QVERIFY2(chart, qPrintable(id));
        QCOMPARE(chart->id, id);
        QVERIFY(chart->pointCount() > 0);
        QVERIFY(!chart->sources().isEmpty());
        QVERIFY(!chart->dataDate.isEmpty());
    }
}

void TestChartCatalog::offencesByYearShowsTheBreak()
{
    const auto chart = m_catalog->chart(QStringLiteral("offences-by-year"));
    QVERIFY(chart);
    // 2022–2023, then 2024 with Thésée, then the provisional 2025 on a revised basis: never one line.
    QCOMPARE(chart->segments.size(), 3);
    QCOMPARE(chart->segments.at(0).points.size(), 2);
    QCOMPARE(chart->segments.at(0).points.last().y, 278770.0);
    QCOMPARE(chart->breaks.size(), 2);
    QCOMPARE(chart->breaks.at(0).x, 2023.5);
    QVERIFY(chart->breaks.at(0).reason.french.contains(QStringLiteral("Thésée")));
    QVERIFY(chart->segments.at(2).points.last().provisional);
    QVERIFY(!chart->segments.at(0).points.first().provisional);
    QCOMPARE(chart->sources().size(), 3);
    QCOMPARE(chart->dataDate, QStringLiteral("2025"));
}

void TestChartCatalog::textsInBothLanguages()
{
    const auto chart = m_catalog->chart(QStringLiteral("offences-by-year"));
    QVERIFY(chart);
    QCOMPARE(chart->title.english, QStringLiteral("Digital offences recorded in France"));
    QCOMPARE(chart->title.french, QStringLiteral("Atteintes numériques enregistrées en France"));
    QCOMPARE(chart->xLabel.french, QStringLiteral("Année"));
    QVERIFY2(chart->summary.english.startsWith(QStringLiteral("From 255,320 in 2022 to 453,200 in 2025, with 2 series breaks")),
             qPrintable(chart->summary.english));
    QVERIFY2(chart->summary.french.contains(QStringLiteral("255\u202F320 en 2022")), qPrintable(chart->summary.french));
    QVERIFY(chart->summary.french.contains(QStringLiteral("2 ruptures de série")));
}

void TestChartCatalog::headlineKpi()
{
    const auto kpi = m_catalog->kpi(QStringLiteral("offences-2023"));
    QVERIFY(kpi);
    QCOMPARE(kpi->figure.number.value_or(0), 278770.0);
    QVERIFY(kpi->change);
    QCOMPARE(kpi->change->number.value_or(0), 40.0);
    QCOMPARE(kpi->changeCaption.french, QStringLiteral("%1 en cinq ans"));
}

void TestChartCatalog::tableShowsTheChartNumbers()
{
    const auto chart = m_catalog->chart(QStringLiteral("offences-by-year"));
    QVERIFY(chart);
    ChartTableModel model(*m_translations);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setChart(*chart);
    QCOMPARE(model.rowCount(), chart->pointCount());
    int row = 0;
    for (const ChartSegment& segment : chart->segments) {
        for (const ChartPoint& point : segment.points) {
            QCOMPARE(model.index(row, ChartTableModel::ValueColumn).data(ChartTableModel::RawValueRole).toDouble(),
                     point.y);
            ++row;
        }
    }
    QCOMPARE(model.index(1, ChartTableModel::ValueColumn).data().toString(), QStringLiteral("278,770"));
    model.setLanguage(Language::French);
    QCOMPARE(model.index(1, ChartTableModel::ValueColumn).data().toString(), QStringLiteral("278\u202F770"));
    QCOMPARE(model.headerData(ChartTableModel::PeriodColumn, Qt::Horizontal).toString(), QStringLiteral("Année"));
    QCOMPARE(model.index(3, ChartTableModel::StatusColumn).data().toString(), QStringLiteral("Provisoire"));
}

void TestChartCatalog::unknownChart()
{
    QVERIFY(!m_catalog->chart(QStringLiteral("no-such-chart")));
    QVERIFY(!m_catalog->kpi(QStringLiteral("no-such-kpi")));
}

QTEST_GUILESS_MAIN(TestChartCatalog)
#include "TestChartCatalog.moc"
