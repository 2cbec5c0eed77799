// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/TreatyDates.h"
#include "core/i18n/Translations.h"
#include "core/map/MapLayer.h"
#include "core/map/TreatyTable.h"

using namespace Vigie;

namespace {
int noDataStatus()
{
    return int(MapLayer::Status::NoData);
}
} // namespace

/// The Budapest Convention as the embedded data has it, against a table of known states written by hand
/// from the research (the Council of Europe's chart, depositary notifications and
/// official gazettes), not derived from the curated file: status, and the dates behind it.
class TestTreatyStatus : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void knownStates_data();
    void knownStates();
    void partiesInForce();
    void chartCountsTheDatesAtEveryYearEnd();
    void cardSaysTheSame();
    void councilCountsMatchTheDates_data();
    void councilCountsMatchTheDates();

private:
    std::unique_ptr<ThreatDatabase> m_db;
    MapLayer m_budapest;
};

void TestTreatyStatus::initTestCase()
{
    m_db = ThreatDatabase::openEmbedded();
    QVERIFY(m_db);
    m_budapest = MapLayer(MapLayer::Kind::BudapestParties, m_db->treatyStatuses(QStringLiteral("ETS 185")));
    QVERIFY(!m_budapest.isEmpty());
}

void TestTreatyStatus::knownStates_data()
{
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("ratification");
    QTest::addColumn<QString>("inForce");
    QTest::addColumn<int>("protocol"); ///< under the Second Protocol, as of its own date
    QTest::addColumn<int>("un"); ///< under the UN Convention
    const int party = int(MapLayer::Status::Party);
    const int ratified = int(MapLayer::Status::Ratified);
    const int signatory = int(MapLayer::Status::Signatory);
    const int outside = int(MapLayer::Status::Outside);
    // The Second Protocol's and the UN Convention's lists are not known to be complete: a state absent
    // from them has no data there, never "not signed".
    const int noData = int(MapLayer::Status::NoData);
    QTest::newRow("France") << "FRA" << party << "2001-11-23" << "2006-01-10" << "2006-05-01" << signatory
                            << signatory;
    QTest::newRow("United States") << "USA" << party << "2001-11-23" << "2006-09-29" << "2007-01-01" << signatory
                                   << noData;
    QTest::newRow("Japan") << "JPN" << party << "2001-11-23" << "2012-07-03" << "2012-11-01" << ratified
                           << noData;
    QTest::newRow("Canada") << "CAN" << party << "2001-11-23" << "2015-07-08" << "2015-11-01" << signatory
                            << noData;
    QTest::newRow("Nigeria") << "NGA" << party << "" << "2022-07-06" << "2022-11-01" << noData << signatory;
    QTest::newRow("Brazil") << "BRA" << party << "" << "" << "2023-03-01" << noData << signatory;
    QTest::newRow("South Africa") << "ZAF" << signatory << "2001-11-23" << "" << "" << noData << noData;
    QTest::newRow("Ireland") << "IRL" << signatory << "2002-02-28" << "" << "" << noData << signatory;
    QTest::newRow("Russia") << "RUS" << outside << "" << "" << "" << noData << signatory;
    QTest::newRow("China") << "CHN" << outside << "" << "" << "" << noData << signatory;
    QTest::newRow("India") << "IND" << outside << "" << "" << "" << noData << noData;
}

void TestTreatyStatus::knownStates()
{
    QFETCH(QString, iso3);
    QFETCH(int, status);
    QFETCH(QString, signature);
    QFETCH(QString, ratification);
    QFETCH(QString, inForce);
    QFETCH(int, protocol);
    QFETCH(int, un);
    // Each layer of the map.
    QCOMPARE(int(m_budapest.status(iso3)), status);
    const MapLayer protocolLayer(MapLayer::Kind::SecondProtocol, m_db->treatyStatuses(QStringLiteral("CETS 224")));
    const MapLayer unLayer(MapLayer::Kind::UnSignatories, m_db->treatyStatuses(QStringLiteral("UNCC")));
    QCOMPARE(int(protocolLayer.status(iso3)), protocol);
    QCOMPARE(int(unLayer.status(iso3)), un);

    // The map's CSV: the same three statuses, in the words of the legend, and the Budapest dates.
    Translations translations;
    const TreatyTable table(*m_db, translations);
    QStringList row;
    for (const QStringList& candidate : table.rows(Language::English)) {
        if (candidate.value(0) == iso3)
            row = candidate;
    }
    QCOMPARE(TreatyTable::treaties(), (QStringList {"ETS 185", "CETS 224", "UNCC"}));
    const bool listed = !row.isEmpty();
    QCOMPARE(listed, status != int(MapLayer::Status::Outside) || un != noDataStatus());
    if (listed) {
        auto name = [&](int s) {
            return TreatyTable::statusName(translations, MapLayer::Status(s), Language::English);
        };
        QCOMPARE(row.value(2), name(status));
        QCOMPARE(row.value(3), signature);
        QCOMPARE(row.value(4), ratification);
        QCOMPARE(row.value(5), inForce);
        QCOMPARE(row.value(7), name(protocol));
        QCOMPARE(row.value(12), name(un));
    }

    const TreatyStatus* record = m_budapest.record(iso3);
    if (status == int(MapLayer::Status::Outside)) {
        QVERIFY(!record); // never signed: absent from the Council of Europe's chart
        return;
    }
    QVERIFY(record);
    QCOMPARE(record->signature, signature);
    QCOMPARE(record->ratification, ratification);
    QCOMPARE(record->entryIntoForce, inForce);
    QVERIFY(!record->source.publisher.isEmpty());
}

void TestTreatyStatus::partiesInForce()
{
    // 81 Parties and 2 signatories (Ireland, South Africa) at the research's date.
    QCOMPARE(m_budapest.count(MapLayer::Status::Party), 81);
    QCOMPARE(m_budapest.count(MapLayer::Status::Signatory), 2);
    QCOMPARE(m_budapest.count(MapLayer::Status::Ratified), 0);
    QCOMPARE(m_budapest.dataDate(), QStringLiteral("2026-01-14"));
}

void TestTreatyStatus::chartCountsTheDatesAtEveryYearEnd()
{
    // Parties in force at each year end, as the research counts them (budapest_parties_by_year.csv), and
    // the years that rest on an entry into force known only by its year.
    const int expected[] = {6, 11, 15, 21, 23, 26, 30, 31, 37, 40, 42, 47, 49, 55, 61, 64, 65, 66, 67, 68, 76, 81};
    const QList<int> assumedYears {2005, 2006, 2009, 2018, 2025};
    Translations translations;
    ChartCatalog catalog(*m_db, translations);
    const auto chart = catalog.chart(QStringLiteral("budapest-parties"));
    QVERIFY(chart);
    QCOMPARE(chart->segments.size(), 1);
    const QList<ChartPoint>& points = chart->segments.first().points;
    QCOMPARE(points.size(), qsizetype(std::size(expected)));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const int year = 2004 + int(i);
        QCOMPARE(int(points.at(i).x), year);
        QCOMPARE(int(points.at(i).y), expected[i]);
        QCOMPARE(points.at(i).provisional, assumedYears.contains(year));
    }
    QCOMPARE(chart->dataDate, QStringLiteral("2026-01-14"));
}

void TestTreatyStatus::cardSaysTheSame()
{
    Translations translations;
    ChartCatalog catalog(*m_db, translations);
    const auto kpi = catalog.kpi(QStringLiteral("budapest-parties"));
    QVERIFY(kpi);
    QCOMPARE(kpi->figure.number.value_or(0), 81.0);
    QCOMPARE(kpi->figure.period, QStringLiteral("2026-01-14"));
    QCOMPARE(kpi->figure.number.value_or(0), double(m_budapest.count(MapLayer::Status::Party)));
}

void TestTreatyStatus::councilCountsMatchTheDates_data()
{
    // The Council of Europe's own counts, as the Sources page gives them: it counts a state as a Party
    // from its deposit, before the entry into force that the map and the chart count from.
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<int>("count");
    QTest::newRow("April 2008") << "budapest.ratifications_count.2008-04" << "2008-04-30" << 22;
    QTest::newRow("September 2015") << "budapest.ratifications_count.2015-09" << "2015-09-30" << 47;
    QTest::newRow("7 February 2024") << "budapest.parties_count.2024-02-07" << "2024-02-07" << 69;
    QTest::newRow("19 April 2024") << "budapest.parties_count.2024-04-19" << "2024-04-19" << 71;
    QTest::newRow("20 June 2024") << "budapest.parties_count.2024-06-20" << "2024-06-20" << 75;
}

void TestTreatyStatus::councilCountsMatchTheDates()
{
    QFETCH(QString, figure);
    QFETCH(QString, asOf);
    QFETCH(int, count);
    const auto stored = m_db->figure(figure);
    QVERIFY2(stored, qPrintable(figure));
    QCOMPARE(stored->number.value_or(-1), double(count));
    QVERIFY2(stored->label.text(Language::English).contains(QStringLiteral("deposit")),
             qPrintable(stored->label.text(Language::English)));
    // Deposits by that date, from each state's dates: those known to the day surely count; those known
    // only to the month or the year count if that month or year is over, and may count if it is the same.
    int surely = 0;
    int maybe = 0;
    for (const TreatyStatus& record : m_db->treatyStatuses(QStringLiteral("ETS 185"))) {
        const QString deposit = TreatyDates::deposit(record);
        if (deposit.isEmpty())
            continue;
        const QString sameSpan = asOf.left(deposit.size()); // ISO dates compare as strings
        if (deposit.size() == asOf.size() ? deposit <= asOf : deposit < sameSpan)
            ++surely;
        else if (deposit == sameSpan)
            ++maybe;
    }
    QVERIFY2(surely <= count && count <= surely + maybe,
             qPrintable(QStringLiteral("%1 to %2 from the dates").arg(surely).arg(surely + maybe)));
}

QTEST_APPLESS_MAIN(TestTreatyStatus)
#include "TestTreatyStatus.moc"
