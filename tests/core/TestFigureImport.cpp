// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the user database and the CSV import: valid files go in whole, every kind of bad file is refused
// with its line and reason and leaves the database exactly as it was, exports round-trip, damaged files are
// detected, older databases are migrated, the chart totals follow every import, and backups are whole.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/data/FigureCsv.h"
#include "core/data/SchemaCheck.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserDatabase.h"
#include "core/dataio/FigureTotals.h"
#include "core/dataio/SqlConnection.h"

using namespace Vigie;

namespace {

const QByteArray header = "key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
                          "source_url,quote,note_en,note_fr\n";
const QByteArray goodRow = "my.offences.2024,offences,348000,count,2024,Offences,Atteintes,high,Ministry,Report,"
                           "https://example.org/r,\"348 000 atteintes, selon le rapport\",,\n";

QList<QStringList> totalsTable(QSqlDatabase& db)
{
    QList<QStringList> rows;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT unit, topic, year, figures, sum FROM figure_total ORDER BY 1, 2, 3"))) {
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString()});
    }
    return rows;
}

QByteArray dump(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFigureImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsAValidFile();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void markupAndSqlStayText();
    void lineBreaksInQuotedFields();
    void exportRoundTrips();
    void topicNamesComeFromTheFile();
    void formulasAreDefused();
    void damagedDatabaseIsDetectedAndKeptAside();
    void olderDatabaseIsMigrated_data();
    void olderDatabaseIsMigrated();
    void totalsFollowTheFigures();
    void backsUpTheWholeDatabase();
    void backupRefusesBadTargets();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("user.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFigureImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFigureImport::importsAValidFile()
{
    QString error;
    auto db = UserDatabase::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->version(), UserDatabase::schemaVersion());
    QCOMPARE(db->version(), SchemaCheck::currentVersion());
    QCOMPARE(SchemaCheck::problems(db->connection().database(), db->version()), QString()); // exactly Vigie's
    const auto result = FigureCsv::import("\xEF\xBB\xBF" + header + goodRow, *db);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 1);
    const QList<Figure> figures = db->figures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.first().number.value_or(0), 348000.0);
    QCOMPARE(figures.first().quote, QStringLiteral("348 000 atteintes, selon le rapport"));
    QCOMPARE(figures.first().source.url, QStringLiteral("https://example.org/r"));
}

void TestFigureImport::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("reason");
    QByteArray row2 = goodRow;
    row2.replace("my.offences.2024", "other.key");
    QTest::newRow("empty file") << QByteArray() << "empty";
    QTest::newRow("wrong header") << QByteArray("key,value\nx,1\n") << "Line 1: the header must be";
    QTest::newRow("header only") << header << "no figure";
    QTest::newRow("text in a number column")
        << header + QByteArray(goodRow).replace(",348000,", ",lots,") << "Line 2: “lots” is not a number";
    QTest::newRow("past 2^53") << header + QByteArray(goodRow).replace(",348000,", ",9007199254740993,")
                               << "Line 2: “9007199254740993” is too large";
    QTest::newRow("400 digits") << header + QByteArray(goodRow).replace(",348000,", QByteArray("," + QByteArray(400, '9') + ","))
                                << "is too large to be kept exactly";
    QTest::newRow("negative past 2^53") << header + QByteArray(goodRow).replace(",348000,", ",-9223372036854775808,")
                                        << "is too large";
    QTest::newRow("17 significant digits")
        << header + QByteArray(goodRow).replace(",348000,", ",0.12345678901234567,") << "more than 15 significant";
    QTest::newRow("bad origin") << QByteArray(header).replace("note_fr\n", "note_fr,origin\n") + goodRow.chopped(1)
            + ",elsewhere\n"
                                << "Line 2: the origin must be";
    QTest::newRow("only Vigie's") << QByteArray(header).replace("note_fr\n", "note_fr,origin\n") + goodRow.chopped(1)
            + ",vigie\n"
                                  << "only Vigie's own figures";
    QTest::newRow("bad date") << header + QByteArray(goodRow).replace(",2024,", ",2024-13-45,") << "period";
    QTest::newRow("duplicate key") << header + goodRow + goodRow << "Line 3: the key “my.offences.2024” appears twice";
    QTest::newRow("reserved key") << header + QByteArray(goodRow).replace("my.offences.2024", "offences.total.2023")
                                  << "already in use";
    QTest::newRow("bad confidence") << header + QByteArray(goodRow).replace(",high,", ",sure,") << "confidence";
    QTest::newRow("low without note") << header + QByteArray(goodRow).replace(",high,", ",low,") << "needs a note";
    QTest::newRow("no quote") << header + QByteArray(goodRow).replace("\"348 000 atteintes, selon le rapport\"", "")
                              << "quote is empty";
    QTest::newRow("file url") << header + QByteArray(goodRow).replace("https://example.org/r", "file:///etc/passwd")
                              << "http";
    QTest::newRow("truncated last line") << header + row2 + QByteArray("x.y,offences,1,count,2024,L") << "Line 3";
    QTest::newRow("unclosed quote") << header + goodRow + QByteArray("a,b,\"open") << "Line 3";
    QTest::newRow("latin-1 bytes") << header + QByteArray(goodRow).replace("Atteintes", "Atteint\xE9s") << "UTF-8";
    QTest::newRow("50 MB line") << header + QByteArray(goodRow).replace("Offences", QByteArray(50 * 1024 * 1024, 'x'))
                                << "longer than";
    QTest::newRow("good then bad") << header + row2 + QByteArray(goodRow).replace(",high,", ",?,") << "Line 3";
}

void TestFigureImport::refusesBadFiles()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, reason);
    QString error;
    {
        auto db = UserDatabase::open(dbPath(), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(FigureCsv::import(header + QByteArray(goodRow).replace("my.offences.2024", "kept.1"), *db).ok());
    }
    const QByteArray before = dump(dbPath());
    {
        auto db = UserDatabase::open(dbPath(), &error);
        const auto result = FigureCsv::import(csv, *db, {QStringLiteral("offences.total.2023")});
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason), qPrintable(result.error.left(300)));
        QCOMPARE(db->figureCount(), 1);
    }
    QCOMPARE(dump(dbPath()), before); // byte for byte: nothing partial was written
}

void TestFigureImport::markupAndSqlStayText()
{
    QString error;
    auto db = UserDatabase::open(dbPath(), &error);
    QByteArray row = goodRow;
    row.replace("Offences", "\"<img src=x onerror=alert(1)>'; DROP TABLE figure; --\"");
    QVERIFY(FigureCsv::import(header + row, *db).ok());
    QCOMPARE(db->figures().first().label.english, QStringLiteral("<img src=x onerror=alert(1)>'; DROP TABLE figure; --"));
    QCOMPARE(db->figureCount(), 1);
}

void TestFigureImport::exportRoundTrips()
{
    QString error;
    auto first = UserDatabase::open(dbPath(), &error);
    QByteArray rows = goodRow;
    rows += "second,centres,\"Dakar, Senegal\",place,2018-11-06,\"Line\nbreak, \"\"quoted\"\"\",Deux,low,"
            "P,T,,q,why,pourquoi\n";
    rows += "third,,-13,percent,2023-2024,Change,Évolution,medium,P,T,http://x.org,\"=SUM(A1)\",,\n";
    QVERIFY2(FigureCsv::import(header + rows, *first).ok(), qPrintable(FigureCsv::import(header + rows, *first).error));
    const QByteArray exported = FigureCsv::write(first->figures());
    QVERIFY(exported.contains("'-13"));

    auto second = UserDatabase::open(m_dir->filePath(QStringLiteral("copy.sqlite")), &error);
    const auto result = FigureCsv::import(exported, *second);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(FigureCsv::write(second->figures()), exported);
    const QList<Figure> figures = second->figures();
    const auto third = std::find_if(figures.cbegin(), figures.cend(), [](const Figure& f) { return f.key == QLatin1String("third"); });
    QCOMPARE(third->value, QStringLiteral("-13"));
    QCOMPARE(third->quote, QStringLiteral("=SUM(A1)"));
    QCOMPARE(third->topic, QStringLiteral("user"));
}

void TestFigureImport::topicNamesComeFromTheFile()
{
    QString error;
    auto db = UserDatabase::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    const QByteArray named = header.trimmed() + ",topic_label_en,topic_label_fr\n";
    // A name in one language serves both; a later line may repeat it or leave it out.
    const QByteArray rows = "a.1,ransomware-local,3,count,2023,A,A,high,P,T,,q,,,Local ransomware,\n"
                            "a.2,ransomware-local,4,count,2024,A,A,high,P,T,,q,,,,\n"
                            "b.1,phishing,5,count,2024,B,B,high,P,T,,q,,,Phishing,Hameçonnage\n";
    const auto result = FigureCsv::import(named + rows, *db);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 3);
    {
        const auto view = ThreatDatabase::openFile(dbPath(), &error);
        QVERIFY2(view, qPrintable(error));
        const QHash<QString, LocalizedText> labels = view->topicLabels();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.value(QStringLiteral("ransomware-local")).english, QStringLiteral("Local ransomware"));
        QCOMPARE(labels.value(QStringLiteral("ransomware-local")).french, QStringLiteral("Local ransomware"));
        QCOMPARE(labels.value(QStringLiteral("phishing")).french, QStringLiteral("Hameçonnage"));
        // What Export Data writes names them again, and imports as it was.
        QList<Figure> mine = view->figures();
        for (Figure& f : mine)
            f.userData = true;
        const QByteArray exported = FigureCsv::write(mine, labels);
        QVERIFY(exported.startsWith(QByteArray(named.trimmed() + ",origin\n")));
        auto copy = UserDatabase::open(m_dir->filePath(QStringLiteral("copy.sqlite")), &error);
        QVERIFY2(FigureCsv::import(exported, *copy).ok(), qPrintable(FigureCsv::import(exported, *copy).error));
        const auto copied = ThreatDatabase::openFile(m_dir->filePath(QStringLiteral("copy.sqlite")), &error);
        QCOMPARE(copied->topicLabels().value(QStringLiteral("phishing")).english, QStringLiteral("Phishing"));
    }
    // A topic named two ways in one file is refused, with both lines, and nothing is written.
    const auto twice = FigureCsv::import(named + "c.1,x,1,count,2024,C,C,high,P,T,,q,,,One,Un\n"
                                                 "c.2,x,2,count,2024,C,C,high,P,T,,q,,,Two,Deux\n",
                                         *db);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error, QStringLiteral("Line 3: the topic “x” is named otherwise on line 2: a topic has one name in "
                                         "each language."));
    QCOMPARE(db->figureCount(), 3);
    // A file of several blocks names its topic on its first line and repeats the name a megabyte further.
    {
        const QString big = m_dir->filePath(QStringLiteral("big.csv"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(named);
        for (int i = 0; i < 20000; ++i)
            file.write(QStringLiteral("big.%1,big,%1,count,2024,Big figure,Grand chiffre,high,P,T,,a quote long enough "
                                      "to fill a block,,,Big topic,Grand thème\n")
                           .arg(i)
                           .toUtf8());
        file.close();
        QVERIFY(file.size() > 2 * 1024 * 1024);
        const auto blocks = FigureCsv::importFile(big, *db);
        QVERIFY2(blocks.ok(), qPrintable(blocks.error));
        const auto view = ThreatDatabase::openFile(dbPath(), &error);
        QCOMPARE(view->topicLabels().value(QStringLiteral("big")).french, QStringLiteral("Grand thème"));
    }
    // Old files, with or without the origin, import as they did; columns out of order do not.
    QVERIFY(FigureCsv::import(header + goodRow, *db).ok());
    QVERIFY(FigureCsv::import(header.trimmed() + ",origin\n" + "d.1,,1,count,2024,D,D,high,P,T,,q,,,yours\n", *db).ok());
    const auto swapped = FigureCsv::import(header.trimmed() + ",topic_label_fr,topic_label_en\n", *db);
    QVERIFY(swapped.error.startsWith(QStringLiteral("Line 1: the header must be:")));
}

void TestFigureImport::formulasAreDefused()
{
    Figure f;
    f.key = QStringLiteral("k");
    f.value = QStringLiteral("=HYPERLINK(\"http://evil\")");
    f.label = {QStringLiteral("+1"), QStringLiteral("@x")};
    const QString csv = QString::fromUtf8(FigureCsv::write({f}));
    for (const QString& cell : csv.split(u'\n').at(1).split(u','))
        QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()), qPrintable(cell));
}

void TestFigureImport::damagedDatabaseIsDetectedAndKeptAside()
{
    QString error;
    {
        auto db = UserDatabase::open(dbPath(), &error);
        QVERIFY(FigureCsv::import(header + goodRow, *db).ok());
    }
    QVERIFY(UserDatabase::checkIntegrity(dbPath()).isEmpty());
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    // Keep the 100-byte file header, so that SQLite still opens it, and overwrite the schema and data pages.
    const qint64 size = file.size();
    QVERIFY(file.seek(2048));
    file.write(QByteArray(size - 2048, '\x5a'));
    file.close();
    const QString problem = UserDatabase::checkIntegrity(dbPath());
    QVERIFY(!problem.isEmpty());
    const QString aside = UserDatabase::keepAside(dbPath());
    QVERIFY(!aside.isEmpty());
    QVERIFY(QFile::exists(aside));
    QVERIFY(!QFile::exists(dbPath()));
    auto fresh = UserDatabase::open(dbPath(), &error); // and Vigie can start again
    QVERIFY2(fresh, qPrintable(error));
    QCOMPARE(fresh->figureCount(), 0);
}

void TestFigureImport::olderDatabaseIsMigrated_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < SchemaCheck::currentVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestFigureImport::olderDatabaseIsMigrated()
{
    QFETCH(int, version);
    {
        // A user database of an earlier version, as that version made it: its tables only.
        SqlConnection old(dbPath());
        QVERIFY(old.database().open());
        QSqlQuery q(old.database());
        for (const QString& table : SchemaCheck::tablesOf(version))
            QVERIFY2(q.exec(SchemaCheck::createStatement(table)), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO source (id, publisher, title, language, short_en, short_fr) "
                                      "VALUES ('s', 'P', 'T', 'fr', 'P', 'P')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO figure VALUES ('old', 'x', '1', 1, 'count', '2020', 'A', 'B', "
                                      "'high', 's', 'q', NULL, NULL)")));
        if (version >= 3) // a version that keeps totals kept this figure's
            QVERIFY(q.exec(QStringLiteral("INSERT INTO figure_total VALUES ('count', 'x', '2020', 1, 1)")));
        if (version >= 5) // and one that indexes words, its words
            QVERIFY(q.exec(QStringLiteral("INSERT INTO figure_search (rowid, words) "
                                          "SELECT rowid, 'old x A B' FROM figure WHERE key = 'old'")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }
    QString error;
    auto db = UserDatabase::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->version(), UserDatabase::schemaVersion());
    QCOMPARE(db->version(), SchemaCheck::currentVersion());
    QCOMPARE(SchemaCheck::problems(db->connection().database(), db->version()), QString()); // exactly Vigie's
    QCOMPARE(db->figureCount(), 1); // kept
    QSqlQuery q(db->connection().database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM centre_fact")));
    QVERIFY(FigureCsv::import(header + goodRow, *db).ok());
    // The search index holds the figure the old file held (indexed by the migration) and the new one.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM figure_search WHERE figure_search MATCH '\"old\"'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM figure_search")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    q.finish();
    // The totals count the figure the old file already held: rebuilt from a file older than version 3.
    const auto view = ThreatDatabase::openFile(dbPath(), &error);
    QVERIFY2(view, qPrintable(error));
    const QList<Total> old = view->totalsByYear(QStringLiteral("x"));
    QCOMPARE(old.size(), 1);
    QCOMPARE(old.first().group, QStringLiteral("2020"));
    QCOMPARE(old.first().sum, 1.0);
    QCOMPARE(view->totalsByTopic(2024).size(), 1);
    // The sums' sources (schema 6) count it too: built from the figures by the migration.
    const QList<TotalSource> sources = view->totalSources(QStringLiteral("x"));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().year, QStringLiteral("2020"));
    QCOMPARE(sources.first().figures, 1);
    QCOMPARE(sources.first().source.publisher, QStringLiteral("P"));
}

void TestFigureImport::totalsFollowTheFigures()
{
    QString error;
    auto db = UserDatabase::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    const QByteArray tail = ",Label,Libellé,medium,P,T,,quote,,\n";
    // Counted: a number with a year, month, date or range. Not counted: no period, no number.
    const QByteArray first = header + "a1,crime,10,count,2023" + tail + "a2,crime,5.5,count,2023-11" + tail
        + "a3,crime,7,count,2023-11-08" + tail + "a4,fraud,100,count,2023" + tail + "a5,crime,3,count,2019-2023" + tail
        + "a6,crime,1000,count," + tail + "a7,crime,8 June,date,2023" + tail + "a8,crime,12.5,percent,2023" + tail;
    QVERIFY(FigureCsv::import(first, *db).ok());
    // A second import adds to the groups the first one made.
    QVERIFY(FigureCsv::import(header + "b1,crime,1,count,2023" + tail + "b2,,4,count,2024" + tail, *db).ok());

    const QList<QStringList> kept = totalsTable(db->connection().database());
    QVERIFY2(FigureTotals::rebuild(db->connection().database()).isEmpty(), "rebuild");
    QCOMPARE(kept, totalsTable(db->connection().database())); // the import's sums are SQL's sums

    const auto view = ThreatDatabase::openFile(dbPath(), &error);
    QVERIFY2(view, qPrintable(error));
    const QList<Total> crime = view->totalsByYear(QStringLiteral("crime"));
    QCOMPARE(crime.size(), 2);
    QCOMPARE(crime.at(0).group, QStringLiteral("2019"));
    QCOMPARE(crime.at(0).sum, 3.0);
    QCOMPARE(crime.at(1).group, QStringLiteral("2023"));
    QCOMPARE(crime.at(1).figures, 4);
    QCOMPARE(crime.at(1).sum, 23.5); // 10 + 5.5 + 7 + 1; the percentage and the date are not counts
    const QList<Total> in2023 = view->totalsByTopic(2023);
    QCOMPARE(in2023.size(), 2);
    QCOMPARE(in2023.at(1).group, QStringLiteral("fraud"));
    QCOMPARE(in2023.at(1).sum, 100.0);
    QCOMPARE(view->totalsByTopic(2024).first().group, QStringLiteral("user")); // an empty topic is "user"
}

void TestFigureImport::backsUpTheWholeDatabase()
{
    QString error;
    auto db = UserDatabase::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(FigureCsv::import(header + goodRow, *db).ok());
    const QString backup = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(db->backupTo(backup), QString());
    QCOMPARE(UserDatabase::checkIntegrity(backup), QString());
    {
        auto copy = UserDatabase::open(backup, &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->version(), UserDatabase::schemaVersion());
        QCOMPARE(copy->figures().size(), 1);
        QCOMPARE(copy->figures().first().quote, db->figures().first().quote);
    }
    // Backing up again replaces the old backup with the current data, and leaves no temporary file behind.
    QByteArray row2 = goodRow;
    row2.replace("my.offences.2024", "my.second");
    QVERIFY(FigureCsv::import(header + row2, *db).ok());
    QCOMPARE(db->backupTo(backup), QString());
    auto copy = UserDatabase::open(backup, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->figureCount(), 2);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // user.sqlite, backup.sqlite
}

void TestFigureImport::backupRefusesBadTargets()
{
    QString error;
    auto db = UserDatabase::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(FigureCsv::import(header + goodRow, *db).ok());
    const QByteArray before = dump(dbPath());

    const QString missingFolder = m_dir->filePath(QStringLiteral("no/such/folder/backup.sqlite"));
    QVERIFY(db->backupTo(missingFolder).contains(QLatin1String("backup.sqlite")));
    QVERIFY(!QFileInfo::exists(QFileInfo(missingFolder).absolutePath()));
    QVERIFY(db->backupTo(dbPath()).contains(QLatin1String("onto itself")));
    QVERIFY(db->backupTo(QStringLiteral("/dev/full")).contains(QLatin1String("not a regular file")));
    QVERIFY(db->backupTo(m_dir->path()).contains(QLatin1String("not a regular file"))); // a folder
    // SQLite's own side files: it would delete or replay them at the next open of the database.
    for (const char* side : {"-journal", "-wal", "-shm"})
        QVERIFY(db->backupTo(dbPath() + QLatin1String(side)).contains(QLatin1String("SQLite uses names")));
    QCOMPARE(dump(dbPath()), before);
    QCOMPARE(db->figureCount(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void TestFigureImport::lineBreaksInQuotedFields()
{
    // A quoted field may hold a line break anywhere: in the topic (which the totals group by), in a quote.
    QString error;
    auto db = UserDatabase::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    const QByteArray rows = "a,\"two\nlines\",12,count,2023,A,A,high,Me,T,,\"first\nsecond\",,\n"
                            "b,\"two\nlines\",30,count,2023,B,B,high,Me,T,,q,,\n";
    const FigureCsv::ImportResult result = FigureCsv::import(header + rows, *db);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 2);
    const auto view = ThreatDatabase::openFile(dbPath(), &error);
    QVERIFY2(view, qPrintable(error));
    QCOMPARE(view->figure(QStringLiteral("a"))->quote, QStringLiteral("first\nsecond"));
    const QList<Total> totals = view->totalsByYear(QStringLiteral("two\nlines"));
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.first().sum, 42.0);
}

QTEST_GUILESS_MAIN(TestFigureImport)
#include "TestFigureImport.moc"
