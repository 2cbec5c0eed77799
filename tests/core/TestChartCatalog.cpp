// SPDX-License-Identifier: GPL-3.0-or-later
// Tests what the charts show, in data terms: segments split at series breaks, provisional points, sources,
// and the texts in both languages.

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include "core/charts/ChartCatalog.h"
#include "core/charts/ChartTableModel.h"
#include "core/data/FigureCsv.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserDatabase.h"
#include "core/i18n/Translations.h"

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
    void kpiTrendsNeverCrossABreak();
    void tableShowsTheChartNumbers();
    void unknownChart();
    void userFiguresByTopicAndYear();
    void userFiguresNamedScaledAndCited();

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

void TestChartCatalog::kpiTrendsNeverCrossABreak()
{
    // Digital offences: 2022 and 2023, the former basis; the years after the break are another series.
    const auto offences = m_catalog->kpi(QStringLiteral("offences-2023"));
    QVERIFY(offences);
    QCOMPARE(offences->trend.size(), 2);
    QCOMPARE(offences->trend.first().x, 2022.0);
    QCOMPARE(offences->trend.last().y, 278770.0);
    QCOMPARE(offences->trendLabel.text(Language::French), QStringLiteral("Tendance, de 2022 à 2023"));
    // Every KPI trend is one segment of its chart, and holds the card's own value.
    for (const QString& id : ChartCatalog::kpiIds()) {
        const auto kpi = m_catalog->kpi(id);
        QVERIFY(kpi);
        if (kpi->trend.isEmpty())
            continue;
        QVERIFY2(std::any_of(kpi->trend.cbegin(), kpi->trend.cend(),
                             [&](const Kpi::TrendPoint& p) { return kpi->figure.number && p.y == *kpi->figure.number; }),
                 qPrintable(id));
    }
    const auto ransomware = m_catalog->kpi(QStringLiteral("anssi-ransomware-2023"));
    QVERIFY(ransomware && ransomware->trend.size() >= 3);
    // The Parties, counted from the states' dates: 6 in 2004 up to the card's 81.
    const auto parties = m_catalog->kpi(QStringLiteral("budapest-parties"));
    QVERIFY(parties && parties->trend.size() >= 10);
    QCOMPARE(parties->trend.last().y, *parties->figure.number);
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
    QCOMPARE(model.index(1, ChartTableModel::ValueColumn).data().toString(), QStringLiteral("278,770*")); // its caveat
    model.setLanguage(Language::French);
    QCOMPARE(model.index(1, ChartTableModel::ValueColumn).data().toString(), QStringLiteral("278\u202F770*"));
    QCOMPARE(model.headerData(ChartTableModel::PeriodColumn, Qt::Horizontal).toString(), QStringLiteral("Année"));
    QCOMPARE(model.index(3, ChartTableModel::StatusColumn).data().toString(), QStringLiteral("Provisoire"));
}

void TestChartCatalog::unknownChart()
{
    QVERIFY(!m_catalog->chart(QStringLiteral("no-such-chart")));
    QVERIFY(!m_catalog->kpi(QStringLiteral("no-such-kpi")));
}

void TestChartCatalog::userFiguresByTopicAndYear()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    QString error;
    auto user = UserDatabase::open(path, &error);
    QVERIFY2(user, qPrintable(error));
    {
        const auto empty = ThreatDatabase::openFile(path, &error);
        QVERIFY2(empty, qPrintable(error));
        QVERIFY(!m_catalog->userFigures(*empty)); // no figures of their own: no chart
    }
    // Seven topics, "t0" the largest; the chart keeps six lines.
    QByteArray csv = "key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
                     "source_url,quote,note_en,note_fr\n";
    for (int topic = 0; topic < 7; ++topic) {
        for (int year = 2020; year <= 2022; ++year)
            csv += QStringLiteral("k%1.%2,t%1,%3,count,%2,L,L,high,P,T,,q,,\n").arg(topic).arg(year).arg(700 - topic * 10 + year - 2020).toUtf8();
    }
    csv += "other,t0,12.5,percent,2021,L,L,high,P,T,,q,,\n"; // not a count: not summed
    const auto result = FigureCsv::import(csv, *user);
    QVERIFY2(result.ok(), qPrintable(result.error));

    const auto view = ThreatDatabase::openFile(path, &error);
    QVERIFY2(view, qPrintable(error));
    const auto chart = m_catalog->userFigures(*view);
    QVERIFY(chart);
    QCOMPARE(chart->id, ChartCatalog::userFiguresId());
    QCOMPARE(chart->segments.size(), 6);
    QCOMPARE(chart->segments.first().name.english, QStringLiteral("t0"));
    QCOMPARE(chart->segments.first().points.size(), 3);
    QCOMPARE(chart->segments.first().points.at(1).x, 2021.0);
    QCOMPARE(chart->segments.first().points.at(1).y, 701.0);
    QCOMPARE(chart->dataDate, QStringLiteral("2022"));
    // Each sum cites the source the file named (one here), as a chart of Vigie's figures does.
    QCOMPARE(chart->sources().size(), 1);
    QCOMPARE(chart->sources().first().publisher, QStringLiteral("P"));
    QCOMPARE(chart->sources().first().title, QStringLiteral("T"));
    QCOMPARE(chart->segments.first().points.first().source.publisher, QStringLiteral("P"));
    // Sums of one scale share one axis.
    QVERIFY(std::none_of(chart->segments.cbegin(), chart->segments.cend(), [](const ChartSegment& s) { return s.secondAxis; }));
    QVERIFY2(chart->note.english.contains(QStringLiteral("The 6 largest of 7 topics")), qPrintable(chart->note.english));
    QVERIFY2(chart->summary.french.contains(QStringLiteral("«\u00a0t0\u00a0»")), qPrintable(chart->summary.french));
    QCOMPARE(chart->title.french, QStringLiteral("Vos chiffres par année"));
}

void TestChartCatalog::userFiguresNamedScaledAndCited()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    QString error;
    auto user = UserDatabase::open(path, &error);
    QVERIFY2(user, qPrintable(error));
    // Two topics named by the file, of scales a thousand apart; the large one's 2024 adds up two sources,
    // one of whose figures has low confidence.
    const QByteArray csv =
        "key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,source_url,quote,"
        "note_en,note_fr,topic_label_en,topic_label_fr\n"
        "p.1,phishing,12000,count,2023,A,A,high,ANSSI,Report,,q,,,Phishing reports,Signalements d'hameçonnage\n"
        "p.2,phishing,15000,count,2024,A,A,high,ANSSI,Report,,q,,,,\n"
        "p.3,phishing,900,count,2024,A,A,low,Press,Article,,q,a guess,,,\n"
        "r.1,ransom,7,count,2023,B,B,high,CERT,Bulletin,,q,,,,\n"
        "r.2,ransom,9,count,2024,B,B,high,CERT,Bulletin,,q,,,,\n";
    const auto result = FigureCsv::import(csv, *user);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto view = ThreatDatabase::openFile(path, &error);
    QVERIFY2(view, qPrintable(error));
    const auto chart = m_catalog->userFigures(*view);
    QVERIFY(chart);
    QCOMPARE(chart->segments.size(), 2);
    // The names the file gave; a topic without one shows its key.
    QCOMPARE(chart->segments.at(0).name.english, QStringLiteral("Phishing reports"));
    QCOMPARE(chart->segments.at(0).name.french, QStringLiteral("Signalements d'hameçonnage"));
    QVERIFY(!chart->segments.at(0).secondAxis);
    // The small one is read on the right-hand axis, and says so.
    QVERIFY(chart->segments.at(1).secondAxis);
    QCOMPARE(chart->segments.at(1).name.english, QStringLiteral("ransom (right scale)"));
    QCOMPARE(chart->segments.at(1).name.french, QStringLiteral("ransom (échelle de droite)"));
    QVERIFY(!chart->y2Label.english.isEmpty());
    QVERIFY(chart->note.english.contains(QStringLiteral("right-hand axis")));
    QVERIFY2(chart->summary.french.contains(QStringLiteral("«\u00a0Signalements d'hameçonnage\u00a0»")),
             qPrintable(chart->summary.french));
    // 2024's sum cites both its sources, the one it adds most figures from first, with its caveat.
    const ChartPoint& sum2024 = chart->segments.at(0).points.at(1);
    QCOMPARE(sum2024.y, 15900.0);
    QCOMPARE(sum2024.source.publisher, QStringLiteral("ANSSI"));
    QCOMPARE(sum2024.alsoFrom.size(), 1);
    QCOMPARE(sum2024.alsoFrom.first().publisher, QStringLiteral("Press"));
    QVERIFY(sum2024.caveat);
    QCOMPARE(sum2024.note.english, QStringLiteral("1 of the 2 figures added up here has low confidence."));
    QVERIFY(!chart->segments.at(0).points.at(0).caveat);
    QStringList publishers;
    for (const Source& source : chart->sources())
        publishers.append(source.publisher);
    QCOMPARE(publishers, (QStringList {QStringLiteral("ANSSI"), QStringLiteral("Press"), QStringLiteral("CERT")}));
}

QTEST_GUILESS_MAIN(TestChartCatalog)
#include "TestChartCatalog.moc"
