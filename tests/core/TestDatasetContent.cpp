// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the content of the embedded dataset against what the policy text and the research state: the
// headline figures, dates and counts, each with a source and its exact quote.

#include <QRegularExpression>
#include <QTest>

#include "core/data/ThreatDatabase.h"

using namespace Vigie;

class TestDatasetContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theEmbeddedDatabaseHasVigiesSchema();
    void tablesAreFilled_data();
    void tablesAreFilled();
    void policyHeadlines_data();
    void policyHeadlines();
    void anssiRansomwareSeries();
    void centres();
    void treaties();
    void eventsAreDatedAndSourced();
    void everyFigureInBothLanguages();

private:
    std::unique_ptr<ThreatDatabase> m_db;
};

void TestDatasetContent::initTestCase()
{
    m_db = ThreatDatabase::openEmbedded();
    QVERIFY(m_db);
    QCOMPARE(m_db->schemaVersion(), 6);
}

void TestDatasetContent::theEmbeddedDatabaseHasVigiesSchema()
{
    // Vigie trusts its own copy at start-up and skips the schema check there: it is checked here instead.
    QString error;
    const auto checked = ThreatDatabase::openFile(m_db->path(), &error);
    QVERIFY2(checked, qPrintable(error));
    QCOMPARE(error, QString());
}

void TestDatasetContent::tablesAreFilled_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("minimum");
    QTest::newRow("source") << "source" << 100;
    QTest::newRow("figure") << "figure" << 300;
    QTest::newRow("series") << "series" << 2;
    QTest::newRow("event") << "event" << 15;
    QTest::newRow("treaty_status") << "treaty_status" << 150;
    QTest::newRow("centre") << "centre" << 2;
    QTest::newRow("centre_fact") << "centre_fact" << 15;
}

void TestDatasetContent::tablesAreFilled()
{
    QFETCH(QString, table);
    QFETCH(int, minimum);
    QVERIFY2(m_db->count(table) >= minimum, qPrintable(QStringLiteral("%1: %2").arg(table).arg(m_db->count(table))));
}

void TestDatasetContent::policyHeadlines_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("278,770 in 2023") << "offences.total.2023" << "278770";
    QTest::newRow("+40% in five years") << "offences.growth_5y.2023" << "40";
    QTest::newRow("UNSC meeting") << "unsc.ransomware.date" << "2024-11-08";
    QTest::newRow("resolution 79/243") << "uncc.resolution" << "A/RES/79/243";
    QTest::newRow("UN adoption") << "uncc.adoption_date" << "2024-12-24";
    QTest::newRow("Budapest opened") << "budapest.opening_for_signature" << "2001-11-23";
    QTest::newRow("France signs the UN Convention") << "uncc.france_signature" << "2025-10-25";
    QTest::newRow("72 signatories") << "uncc.signatories_count" << "72";
    QTest::newRow("ENVR inaugurated") << "envr.inauguration" << "2018-11-06";
    QTest::newRow("WB3C treaty") << "wb3c.treaty_signature" << "2023-10-16";
    QTest::newRow("ANSSI +30% in 2023") << "anssi.ransomware.change_yoy.2022-2023" << "30";
}

void TestDatasetContent::policyHeadlines()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const auto figure = m_db->figure(key);
    QVERIFY2(figure, qPrintable(key));
    QCOMPARE(figure->value, value);
    QVERIFY(!figure->source.publisher.isEmpty());
    // A link to follow: the publication's own, or the relay's where its text was read.
    QVERIFY(!figure->source.url.isEmpty() || (figure->source.via && !figure->source.via->url.isEmpty()));
    QVERIFY(!figure->quote.isEmpty());
}

void TestDatasetContent::anssiRansomwareSeries()
{
    const auto series = m_db->series(QStringLiteral("anssi.ransomware"));
    QVERIFY(series);
    // Known values: ANSSI's counts, 2019 to 2025, on one basis.
    const QList<std::pair<int, double>> expected {{2019, 54}, {2020, 192}, {2021, 203}, {2022, 109},
                                                  {2023, 143}, {2024, 141}, {2025, 128}};
    QCOMPARE(series->points.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(series->points.at(i).year, expected.at(i).first);
        QCOMPARE(series->points.at(i).value, expected.at(i).second);
        QVERIFY(!series->points.at(i).breakBefore);
    }
    // Health establishments' declared incidents (CERT Santé / ANS observatory); 2022 is preliminary.
    const auto health = m_db->series(QStringLiteral("health.incidents"));
    QVERIFY(health);
    const QList<std::pair<int, double>> declared {{2018, 327}, {2019, 392}, {2020, 369}, {2021, 733},
                                                  {2022, 588}, {2023, 581}, {2024, 749}};
    QCOMPARE(health->points.size(), declared.size());
    for (qsizetype i = 0; i < declared.size(); ++i) {
        QCOMPARE(health->points.at(i).year, declared.at(i).first);
        QCOMPARE(health->points.at(i).value, declared.at(i).second);
        QCOMPARE(health->points.at(i).provisional, declared.at(i).first == 2022);
    }
}

void TestDatasetContent::centres()
{
    const QList<Centre> centres = m_db->centres();
    QCOMPARE(centres.size(), 2);
    const Centre& envr = centres.at(0);
    QCOMPARE(envr.id, QStringLiteral("envr"));
    QCOMPARE(envr.countryIso3, QStringLiteral("SEN"));
    QVERIFY(qAbs(envr.latitude - 14.71306) < 1e-6);
    QVERIFY(qAbs(envr.longitude + 17.45444) < 1e-6);
    QCOMPARE(envr.partnerIso3, (QStringList{QStringLiteral("FRA"), QStringLiteral("SEN")}));
    QVERIFY(envr.facts.size() >= 6);
    QCOMPARE(envr.facts.at(1).value.french, QStringLiteral("6 novembre 2018"));
    const Centre& wb3c = centres.at(1);
    QCOMPARE(wb3c.city.english, QStringLiteral("Podgorica"));
    QCOMPARE(wb3c.beneficiaryIso3.size(), 6);
    QVERIFY(wb3c.beneficiaryIso3.contains(QStringLiteral("XKX")));
    for (const Centre& c : centres) {
        for (const CentreFact& fact : c.facts)
            QVERIFY2(!fact.source.title.isEmpty(), qPrintable(fact.key));
    }
}

void TestDatasetContent::treaties()
{
    const QList<TreatyStatus> budapest = m_db->treatyStatuses(QStringLiteral("ETS 185"));
    QVERIFY(budapest.size() >= 50);
    const auto france = std::find_if(budapest.cbegin(), budapest.cend(),
                                     [](const TreatyStatus& t) { return t.iso3 == QLatin1String("FRA"); });
    QVERIFY(france != budapest.cend());
    QVERIFY(france->isParty());
    QCOMPARE(france->ratification, QStringLiteral("2006-01-10"));

    const QList<TreatyStatus> un = m_db->treatyStatuses(QStringLiteral("UNCC"));
    QVERIFY(un.size() >= 60);
    const auto franceUn = std::find_if(un.cbegin(), un.cend(),
                                       [](const TreatyStatus& t) { return t.iso3 == QLatin1String("FRA"); });
    QVERIFY(franceUn != un.cend());
    QCOMPARE(franceUn->signature, QStringLiteral("2025-10-25"));
    QVERIFY(!franceUn->isParty()); // signed, not ratified
    QVERIFY(m_db->treatyStatuses(QStringLiteral("'; DROP TABLE figure; --")).isEmpty());
    QVERIFY(m_db->count(QStringLiteral("figure")) > 300);
}

void TestDatasetContent::eventsAreDatedAndSourced()
{
    const QList<Event> events = m_db->events();
    QVERIFY(events.size() >= 15);
    QString previous;
    for (const Event& e : events) {
        QVERIFY2(e.date >= previous, qPrintable(e.key));
        previous = e.date;
        QVERIFY(!e.title.english.isEmpty() && !e.title.french.isEmpty());
        QVERIFY(!e.source.publisher.isEmpty());
    }
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const Event& e) {
        return e.date == QLatin1String("2024-11-08") && e.kind == QLatin1String("un");
    }));
    // Known values: the hospitals' dates as their sources give them, to the day where they give the day.
    const QMap<QString, QString> hospitals {
        {QStringLiteral("chu_rouen"), QStringLiteral("2019-11-15")},
        {QStringLiteral("dax"), QStringLiteral("2021-02-09")},
        {QStringLiteral("villefranche"), QStringLiteral("2021-02-15")},
        {QStringLiteral("chsf_corbeil"), QStringLiteral("2022-08-21")},
        {QStringLiteral("ch_versailles"), QStringLiteral("2022-12-03")},
        {QStringLiteral("chu_brest"), QStringLiteral("2023-03")},
        {QStringLiteral("chu_rennes"), QStringLiteral("2023-06-21")},
        {QStringLiteral("armentieres"), QStringLiteral("2024-02-11")},
        {QStringLiteral("cannes"), QStringLiteral("2024-04-16")},
    };
    for (auto it = hospitals.cbegin(); it != hospitals.cend(); ++it) {
        const QString key = QStringLiteral("event.hospital_case.") + it.key();
        const auto event = std::find_if(events.cbegin(), events.cend(), [&key](const Event& e) { return e.key == key; });
        QVERIFY2(event != events.cend(), qPrintable(key));
        QCOMPARE(event->date, it.value());
        const auto figure = m_db->figure(event->figureKey);
        QVERIFY2(figure && figure->value.startsWith(it.value()), qPrintable(event->figureKey));
    }
}

void TestDatasetContent::everyFigureInBothLanguages()
{
    // A French reader loses nothing: every label, value, unit and note exists in both languages, and a
    // number's pattern places it exactly once.
    QStringList missing;
    const QList<Figure> figures = m_db->figures();
    QVERIFY(figures.size() > 300);
    for (const Figure& f : figures) {
        auto need = [&](const LocalizedText& text, const char* what, bool required) {
            if (text.english.isEmpty() != text.french.isEmpty() || (required && text.english.isEmpty()))
                missing.append(QStringLiteral("%1: %2").arg(f.key, QLatin1String(what)));
        };
        need(f.label, "label", true);
        need(f.valueText, "value", true);
        need(f.unitText, "unit", false);
        need(f.note, "note", false);
        need(f.periodText, "period", false);
        // A period written in words is written in both languages, not left in the research's English.
        static const QRegularExpression letters(QStringLiteral("[A-Za-z]"));
        if (f.period.contains(letters) && f.periodText.isEmpty())
            missing.append(QStringLiteral("%1: period “%2”").arg(f.key, f.period));
        if (f.number) {
            for (const QString& pattern : {f.valueText.english, f.valueText.french}) {
                if (pattern.count(QLatin1String("%1")) != 1)
                    missing.append(QStringLiteral("%1: pattern “%2”").arg(f.key, pattern));
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestDatasetContent)
#include "TestDatasetContent.moc"
