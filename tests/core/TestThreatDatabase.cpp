// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the embedded database as the app opens it: read-only, and every figure with its source.

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include "core/data/ThreatDatabase.h"

using namespace Vigie;

class TestThreatDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensReadOnly();
    void headlineFigureHasItsSource();
    void everyFigureHasSourceAndQuote();
    void offencesSeriesBreaksAt2024();
    void missingFileIsAnError();
    void notADatabaseIsAnError();
    void leftoverCopiesAreRemoved();

private:
    std::unique_ptr<ThreatDatabase> m_db;
};

void TestThreatDatabase::initTestCase()
{
    QString error;
    m_db = ThreatDatabase::openEmbedded(&error);
    QVERIFY2(m_db, qPrintable(error));
}

void TestThreatDatabase::opensReadOnly()
{
    QVERIFY(m_db->schemaVersion() >= 1);
    QVERIFY(!m_db->isWritable());
}

void TestThreatDatabase::headlineFigureHasItsSource()
{
    const auto figure = m_db->figure(QStringLiteral("offences.total.2023"));
    QVERIFY(figure);
    QCOMPARE(figure->number.value_or(0), 278770.0);
    QCOMPARE(figure->period, QStringLiteral("2023"));
    QVERIFY(!figure->source.publisher.isEmpty());
    // The primary publication, and the relay whose page printed the quoted words, with a link.
    QCOMPARE(figure->source.publisher, QStringLiteral("Ministère de l'Intérieur – COMCYBER-MI"));
    QVERIFY(figure->source.via);
    QCOMPARE(figure->source.via->publisher, QStringLiteral("KultureGeek"));
    QVERIFY(figure->source.via->url.startsWith(QStringLiteral("https://")));
    QVERIFY(figure->quote.contains(QStringLiteral("278 770")));
    QCOMPARE(figure->source.shortName.french, QStringLiteral("COMCYBER-MI"));

    const auto growth = m_db->figure(QStringLiteral("offences.growth_5y.2023"));
    QVERIFY(growth);
    QCOMPARE(growth->number.value_or(0), 40.0);
    QCOMPARE(growth->unit, QStringLiteral("percent"));

    // The communiqué's variant is kept, with a note saying which figure Vigie uses.
    const auto variant = m_db->figure(QStringLiteral("offences.total.2023.communique"));
    QVERIFY(variant);
    QCOMPARE(variant->number.value_or(0), 278703.0);
    QVERIFY(variant->note.english.contains(QStringLiteral("278,770")));
}

void TestThreatDatabase::everyFigureHasSourceAndQuote()
{
    const QList<Figure> figures = m_db->figures();
    QCOMPARE(figures.size(), m_db->count(QStringLiteral("figure")));
    const QStringList keys = m_db->figureKeys(); // what an import may not reuse
    QCOMPARE(keys.size(), figures.size());
    QVERIFY(keys.contains(QStringLiteral("offences.total.2023")));
    QVERIFY(figures.size() >= 10);
    for (const Figure& f : figures) {
        QVERIFY2(!f.quote.isEmpty(), qPrintable(f.key));
        QVERIFY2(!f.source.title.isEmpty(), qPrintable(f.key));
        QVERIFY2(!f.label.english.isEmpty() && !f.label.french.isEmpty(), qPrintable(f.key));
        if (f.confidence == Confidence::Low)
            QVERIFY2(!f.note.english.isEmpty(), qPrintable(f.key + QStringLiteral(": low confidence needs a note")));
    }
    // The 2023 categories add up to the headline, as the research found.
    double sum = 0;
    for (const Figure& f : figures) {
        if (f.key.startsWith(QStringLiteral("offences.category.")) && f.period == QStringLiteral("2023"))
            sum += f.number.value_or(0);
    }
    QCOMPARE(sum, 278770.0);
}

void TestThreatDatabase::offencesSeriesBreaksAt2024()
{
    const auto series = m_db->series(QStringLiteral("offences.recorded"));
    QVERIFY(series);
    QVERIFY(series->points.size() >= 4);
    for (const SeriesPoint& p : series->points) {
        QCOMPARE(p.breakBefore, p.year >= 2024);
        if (p.breakBefore)
            QVERIFY(p.breakReason.english.contains(QStringLiteral("Thésée"))
                    || p.breakReason.english.contains(QStringLiteral("revised")));
        QVERIFY(!p.source.id.isEmpty());
    }
    QVERIFY(series->points.last().provisional);
}

void TestThreatDatabase::missingFileIsAnError()
{
    QString error;
    QVERIFY(!ThreatDatabase::openFile(QStringLiteral("/nonexistent/vigie.sqlite"), &error));
    QVERIFY(!error.isEmpty());
}

void TestThreatDatabase::notADatabaseIsAnError()
{
    QString error;
    QVERIFY(!ThreatDatabase::openFile(QStringLiteral(VIGIE_SOURCE_DIR "/resources/data/schema.sql"), &error));
    QVERIFY(!error.isEmpty());
}

void TestThreatDatabase::leftoverCopiesAreRemoved()
{
    // A run killed before it could clean up leaves its copy of the embedded database in the temporary
    // folder; the next run removes it, and leaves alone the copy of a run still alive (this one).
    QProcess probe; // the pid of a process that has ended
    probe.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    QVERIFY(probe.waitForFinished());
    const QString pid = QString::fromLatin1(probe.readAllStandardOutput()).trimmed();
    QVERIFY(!pid.isEmpty());
    const QDir temp(QDir::tempPath());
    const QString leftover = QStringLiteral("vigie-embedded-%1-test").arg(pid);
    QVERIFY(temp.mkpath(leftover + QStringLiteral("/inner")));
    QFile file(temp.filePath(leftover + QStringLiteral("/vigie.sqlite")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("copy");
    file.close();
    const QString alive = QStringLiteral("vigie-embedded-%1-test").arg(QCoreApplication::applicationPid());
    QVERIFY(temp.mkpath(alive));

    const auto db = ThreatDatabase::openEmbedded();
    QVERIFY(db);
    QVERIFY(!temp.exists(leftover));
    QVERIFY(temp.exists(alive));
    QVERIFY(QDir(temp.filePath(alive)).removeRecursively());
}

QTEST_GUILESS_MAIN(TestThreatDatabase)
#include "TestThreatDatabase.moc"
