// SPDX-License-Identifier: GPL-3.0-or-later
// A database file Vigie did not just create is untrusted input: its schema must be exactly Vigie's (no
// trigger, no view, no object of another program), its code never runs, and no statement on it can hang.
// Each case changes nothing in the file.

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/data/SchemaCheck.h"
#include "core/data/SqliteDefences.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/data/UserDatabase.h"
#include "core/dataio/SqlConnection.h"

using namespace Vigie;

namespace {

const QByteArray csv = "key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
                       "source_url,quote,note_en,note_fr\n"
                       "mine.1,phishing,7,count,2023,Mine,Le mien,high,Me,My notes,,my words,,\n";

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

/// Runs @p statements on @p path through a plain connection, as another program would.
bool tamper(const QString& path, const QStringList& statements)
{
    SqlConnection other(path);
    if (!other.database().open())
        return false;
    QSqlQuery q(other.database());
    for (const QString& statement : statements) {
        if (!q.exec(statement)) {
            qWarning() << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

class TestForeignDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void vigiesOwnSchemaPasses();
    void refusedBeforeUse_data();
    void refusedBeforeUse();
    void anotherProgramsFileIsLeftAlone();
    void triggersNeverRun();
    void statementsAreBounded();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ThreatDatabase> m_embedded;
};

void TestForeignDatabase::initTestCase()
{
    m_embedded = ThreatDatabase::openEmbedded();
    QVERIFY(m_embedded);
    // The migrations and the script agree: a table added to the script needs its version's migration.
    QStringList migrated = SchemaCheck::tablesOf(SchemaCheck::currentVersion());
    QStringList scripted = SchemaCheck::tablesInScript();
    migrated.sort();
    scripted.sort();
    QCOMPARE(migrated, scripted);
    QCOMPARE(SchemaCheck::currentVersion(), 6);
}

void TestForeignDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("user.sqlite"));
    UserData user(m_path, *m_embedded);
    QFile file(m_dir->filePath(QStringLiteral("mine.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    QVERIFY(user.importFile(file.fileName()).ok());
}

void TestForeignDatabase::vigiesOwnSchemaPasses()
{
    QString error;
    QVERIFY2(ThreatDatabase::openFile(m_path, &error), qPrintable(error));
    QVERIFY2(UserDatabase::open(m_path, &error), qPrintable(error));
    QVERIFY(UserData::inspect(m_path).readable);
}

void TestForeignDatabase::refusedBeforeUse_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("reason");
    // Turns an imported 7 into 7000: the import must never run it.
    QTest::newRow("trigger") << QStringList{QStringLiteral(
        "CREATE TRIGGER inflate AFTER INSERT ON figure BEGIN "
        "UPDATE figure SET value = value * 1000, number = number * 1000 WHERE key = new.key; END")}
                             << QStringLiteral("trigger “inflate”");
    // A trigger whose RAISE text would pass for Vigie's own message.
    QTest::newRow("raise") << QStringList{QStringLiteral(
        "CREATE TRIGGER lie BEFORE INSERT ON figure BEGIN SELECT RAISE(ABORT, 'Vigie: your licence expired'); END")}
                           << QStringLiteral("trigger “lie”");
    // A recursive view named like one of Vigie's tables: reading it would never end.
    QTest::newRow("recursive view") << QStringList{QStringLiteral("DROP TABLE series"),
                                                   QStringLiteral("CREATE VIEW series AS WITH RECURSIVE n(i) AS "
                                                                  "(SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                                                  "SELECT i AS id, '' AS label_en, '' AS label_fr, "
                                                                  "'' AS unit FROM n")}
                                    << QStringLiteral("view “series”");
    QTest::newRow("extra table") << QStringList{QStringLiteral("CREATE TABLE spy (x)")} << QStringLiteral("“spy”");
    QTest::newRow("extra index") << QStringList{QStringLiteral("CREATE INDEX slow ON figure (quote)")}
                                 << QStringLiteral("“slow”");
    // The search index with another tokenizer (one that stems words) would find what was not typed.
    QTest::newRow("changed search index")
        << QStringList{QStringLiteral("DROP TABLE figure_search"),
                       QStringLiteral("CREATE VIRTUAL TABLE figure_search USING fts5 (words, tokenize = 'porter')")}
        << QStringLiteral("“figure_search” is not defined");
    QTest::newRow("table posing as the index's") << QStringList{QStringLiteral("CREATE TABLE figure_search_spy (x)")}
                                                 << QStringLiteral("“figure_search_spy”");
    // Version 4 had no search index: one in a file that says 4 is not Vigie's making.
    QTest::newRow("search index before its version") << QStringList{QStringLiteral("PRAGMA user_version = 4")}
                                                     << QStringLiteral("“figure_search”");
    QTest::newRow("virtual table") << QStringList{QStringLiteral("CREATE VIRTUAL TABLE spy USING fts5 (x)")}
                                   << QStringLiteral("“spy”");
    QTest::newRow("changed column") << QStringList{QStringLiteral("ALTER TABLE figure ADD COLUMN x")}
                                    << QStringLiteral("“figure” is not defined");
    QTest::newRow("newer version") << QStringList{QStringLiteral("PRAGMA user_version = 99")}
                                   << QStringLiteral("newer Vigie");
    QTest::newRow("no version") << QStringList{QStringLiteral("PRAGMA user_version = 0")}
                                << QStringLiteral("another program");
}

void TestForeignDatabase::refusedBeforeUse()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, reason);
    QVERIFY(tamper(m_path, statements));
    const QByteArray before = hashOf(m_path);

    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!UserDatabase::open(m_path, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    UserData user(m_path, *m_embedded);
    const FigureCsv::ImportResult imported = user.importFile(m_dir->filePath(QStringLiteral("mine.csv")));
    QVERIFY(!imported.ok());
    QVERIFY2(!imported.error.contains(QLatin1String("licence")), qPrintable(imported.error));
    QVERIFY(!user.backupTo(m_dir->filePath(QStringLiteral("backup.sqlite"))).isEmpty());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("backup.sqlite"))));
    // check-db's reading refuses it too, with the reason.
    const UserData::FileReport report = UserData::inspect(m_path);
    QVERIFY(!report.readable);
    QVERIFY2(!report.error.isEmpty(), qPrintable(report.error));
    QVERIFY2(timer.elapsed() < 20000, "nothing hangs");
    QCOMPARE(hashOf(m_path), before); // and nothing in the file changed
}

void TestForeignDatabase::anotherProgramsFileIsLeftAlone()
{
    // Another program's database named as Vigie's: Vigie adds no table to it and leaves its version alone.
    const QString theirs = m_dir->filePath(QStringLiteral("other.sqlite"));
    QVERIFY(tamper(theirs, {QStringLiteral("CREATE TABLE notes (body TEXT)"), QStringLiteral("PRAGMA user_version = 7")}));
    const QByteArray before = hashOf(theirs);
    UserData user(theirs, *m_embedded);
    QVERIFY(!user.backupTo(m_dir->filePath(QStringLiteral("backup.sqlite"))).isEmpty());
    QVERIFY(!user.importFile(m_dir->filePath(QStringLiteral("mine.csv"))).ok());
    QCOMPARE(hashOf(theirs), before);
}

void TestForeignDatabase::triggersNeverRun()
{
    // Even on a connection whose schema was not checked, a hardened connection runs no trigger.
    QVERIFY(tamper(m_path, {QStringLiteral("CREATE TABLE log (x)"),
                            QStringLiteral("CREATE TRIGGER record AFTER UPDATE ON source BEGIN "
                                           "INSERT INTO log VALUES (1); END")}));
    SqlConnection connection(m_path);
    QVERIFY(connection.database().open());
    QCOMPARE(SqliteDefences::harden(connection.database()), QString());
    QSqlQuery q(connection.database());
    q.exec(QStringLiteral("UPDATE source SET title = title"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestForeignDatabase::statementsAreBounded()
{
    SqlConnection connection(m_path);
    QVERIFY(connection.database().open());
    QElapsedTimer timer;
    timer.start();
    const StatementBudget budget(connection.database(), std::chrono::milliseconds(300));
    QSqlQuery q(connection.database());
    QVERIFY(!q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                   "SELECT count(*) FROM n")));
    QVERIFY(budget.expired());
    QVERIFY2(timer.elapsed() < 5000, "stopped at its budget");
}

QTEST_GUILESS_MAIN(TestForeignDatabase)
#include "TestForeignDatabase.moc"
