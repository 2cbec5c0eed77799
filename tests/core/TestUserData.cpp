// SPDX-License-Identifier: GPL-3.0-or-later
// The user-data service: the one owner of the user's database. Reading never creates the file, an import
// says when figures changed (and only then), Export Data writes the user's figures (and Vigie's, marked, on
// request) in a file that imports again, a backup
// without data says so, and check-db's report reads a file without changing it.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QFileInfo>

#include "core/data/ThreatDatabase.h"
#include "core/data/SchemaCheck.h"
#include "core/data/UserData.h"
#include "core/dataio/SqlConnection.h"
#include "tests/support/SyntheticFigures.h"

using namespace Vigie;

namespace {

const QByteArray header = "key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
                          "source_url,quote,note_en,note_fr\n";
const QByteArray rows = "mine.1,phishing,12,count,2023,Mine,Le mien,high,Me,My notes,,my words,,\n"
                        "mine.2,phishing,30,count,2024,Mine,Le mien,high,Me,My notes,,my words,,\n";

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace

class TestUserData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void readingCreatesNothing();
    void importSignalsTheChange();
    void failedImportChangesNothing();
    void exportWritesBothDatabases();
    void backupNeedsData();
    void removingYourFiguresLeavesVigiesAndTheFile();
    void inspectReadsWithoutWriting();
    void backupNeverWritesItsSource();
    void corruptFileIsMovedWithItsJournal();
    void unopenableFileIsLeftAlone();
    void checkInTheBackgroundThenShowsTheFigures();
    void checkInTheBackgroundMovesADamagedFile();
    void removalInTheBackgroundKeepsTheWindowLive();
    void removalInTheBackgroundSaysWhyItCannot();

private:
    QString write(const QString& name, const QByteArray& contents);

    std::unique_ptr<ThreatDatabase> m_embedded;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<UserData> m_user;
};

void TestUserData::initTestCase()
{
    QString error;
    m_embedded = ThreatDatabase::openEmbedded(&error);
    QVERIFY2(m_embedded, qPrintable(error));
}

void TestUserData::init()
{
    m_user.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_user = std::make_unique<UserData>(m_dir->filePath(QStringLiteral("user.sqlite")), *m_embedded);
}

QString TestUserData::write(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(contents);
    return path;
}

void TestUserData::readingCreatesNothing()
{
    QVERIFY(!m_user->exists());
    QVERIFY(m_user->figures().isEmpty());
    QCOMPARE(m_user->figureCount(), 0);
    QVERIFY(!m_user->reader());
    QVERIFY(m_user->checkAtStart().isEmpty());
    QVERIFY(!m_user->exists());
}

void TestUserData::importSignalsTheChange()
{
    QSignalSpy changed(m_user.get(), &UserData::figuresChanged);
    const FigureCsv::ImportResult result = m_user->importFile(write(QStringLiteral("mine.csv"), header + rows));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 2);
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_user->exists());
    QCOMPARE(m_user->figureCount(), 2);
    const QList<Figure> figures = m_user->figures();
    QCOMPARE(figures.size(), 2);
    QVERIFY(figures.first().userData);
    // The totals the chart of the user's figures reads, through the same service.
    const ThreatDatabase* reader = m_user->reader();
    QVERIFY(reader);
    const QList<Total> byYear = reader->totalsByYear(QStringLiteral("phishing"));
    QCOMPARE(byYear.size(), 2);
    QCOMPARE(byYear.last().sum, 30.0);
}

void TestUserData::failedImportChangesNothing()
{
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
    const QByteArray before = hashOf(m_user->path());
    QSignalSpy changed(m_user.get(), &UserData::figuresChanged);
    // A key of Vigie's own is reserved: the whole file is refused, with its line.
    const QByteArray reused = "offences.total.2023,offences,1,count,2023,A,B,high,Me,T,,q,,\n";
    const FigureCsv::ImportResult result = m_user->importFile(write(QStringLiteral("bad.csv"), header + reused));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("2")), qPrintable(result.error));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(hashOf(m_user->path()), before);
    QCOMPARE(m_user->figureCount(), 2);
}

void TestUserData::exportWritesBothDatabases()
{
    const QString yours = m_dir->filePath(QStringLiteral("yours.csv"));
    QVERIFY(m_user->exportCsv(yours).contains(QLatin1String("no figures of your own")));
    QVERIFY(!QFile::exists(yours));
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());

    // By default, the user's own figures only, in a file that imports again as it was.
    QCOMPARE(m_user->exportCsv(yours), QString());
    QFile file(yours);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    file.close();
    QVERIFY(csv.contains("mine.2"));
    QVERIFY(!csv.contains("278770"));
    UserData other(m_dir->filePath(QStringLiteral("other.sqlite")), *m_embedded);
    FigureCsv::ImportResult again = other.importFile(yours);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.imported, 2);

    // With Vigie's figures, each marked: an import takes the user's and skips Vigie's.
    const QString all = m_dir->filePath(QStringLiteral("all.csv"));
    QCOMPARE(m_user->exportCsv(all, UserData::Export::AllFigures), QString());
    QFile allFile(all);
    QVERIFY(allFile.open(QIODevice::ReadOnly));
    const QByteArray allCsv = allFile.readAll();
    QVERIFY(allCsv.contains("278770"));
    QVERIFY(allCsv.contains(",vigie\n"));
    QVERIFY(allCsv.contains(",yours\n"));
    UserData third(m_dir->filePath(QStringLiteral("third.sqlite")), *m_embedded);
    again = third.importFile(all);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.imported, 2);
    QCOMPARE(again.skipped, m_embedded->count(QStringLiteral("figure")));

    // A folder that does not exist: a message, and no file.
    const QString missing = m_dir->filePath(QStringLiteral("missing/out.csv"));
    QVERIFY(!m_user->exportCsv(missing).isEmpty());
    QVERIFY(!QFile::exists(missing));
}

void TestUserData::backupNeedsData()
{
    const QString target = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(m_user->backupTo(target).contains(QLatin1String("no data of your own")));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!m_user->exists());
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
    QCOMPARE(m_user->backupTo(target), QString());
    QCOMPARE(UserData::inspect(target).count(QStringLiteral("figure")), 2);
}

void TestUserData::inspectReadsWithoutWriting()
{
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
    const QByteArray before = hashOf(m_user->path());
    const UserData::FileReport report = UserData::inspect(m_user->path());
    QVERIFY2(report.readable, qPrintable(report.error));
    QVERIFY(report.integrity.isEmpty());
    QVERIFY(report.schemaVersion > 0);
    QCOMPARE(report.counts.size(), UserData::countedTables().size());
    QCOMPARE(hashOf(m_user->path()), before);

    const UserData::FileReport missing = UserData::inspect(m_dir->filePath(QStringLiteral("none.sqlite")));
    QVERIFY(!missing.readable);
}

void TestUserData::backupNeverWritesItsSource()
{
    // A database of an earlier schema, backed up: copied as it is, never migrated on the way.
    {
        SqlConnection old(m_user->path());
        QVERIFY(old.database().open());
        QSqlQuery q(old.database());
        for (const QString& table : SchemaCheck::tablesOf(2))
            QVERIFY(q.exec(SchemaCheck::createStatement(table)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    const QByteArray before = hashOf(m_user->path());
    const QString target = m_dir->filePath(QStringLiteral("backup.sqlite"));
    QCOMPARE(m_user->backupTo(target), QString());
    QCOMPARE(hashOf(m_user->path()), before);
    const UserData::FileReport copy = UserData::inspect(target);
    QVERIFY2(copy.sound(), qPrintable(copy.error + copy.integrity));
    QCOMPARE(copy.schemaVersion, 2);
}

void TestUserData::corruptFileIsMovedWithItsJournal()
{
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
    m_user = std::make_unique<UserData>(m_user->path(), *m_embedded); // closes the connection
    QFile file(m_user->path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    // Keep the 100-byte file header, so that SQLite still opens it, and overwrite the schema and data pages.
    const qint64 size = file.size();
    QVERIFY(file.seek(2048));
    file.write(QByteArray(size - 2048, '\x5a'));
    file.close();
    write(QStringLiteral("user.sqlite-journal"), QByteArray()); // an empty journal: not hot, but part of the file

    const QString message = m_user->checkAtStart();
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("user.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 2); // the file and its journal, under one new name
    QVERIFY(message.contains(m_dir->filePath(aside.first())));
    QVERIFY(!QFile::exists(m_user->path()));
    QVERIFY(!QFile::exists(m_user->path() + QStringLiteral("-journal")));
    // Vigie starts again on a new database.
    QVERIFY(m_user->unavailableReason().isEmpty());
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
}

void TestUserData::unopenableFileIsLeftAlone()
{
    // A folder where the database should be: not damage, so nothing is moved, and the data is unavailable.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("user.sqlite")));
    const QString message = m_user->checkAtStart();
    QVERIFY2(!message.isEmpty(), "the user is told");
    QVERIFY(!m_user->unavailableReason().isEmpty());
    QVERIFY(QFileInfo(m_user->path()).isDir());
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}), QStringList());
    QVERIFY(!m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
}

void TestUserData::checkInTheBackgroundThenShowsTheFigures()
{
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
    const QByteArray before = hashOf(m_user->path());
    m_user = std::make_unique<UserData>(m_user->path(), *m_embedded);
    QSignalSpy checked(m_user.get(), &UserData::checked);
    QSignalSpy changed(m_user.get(), &UserData::figuresChanged);
    m_user->checkInBackground();
    // While it is checked, nothing of it is read or written, and an import says why it must wait.
    QVERIFY(m_user->isBusy());
    QVERIFY(!m_user->reader());
    const FigureCsv::ImportResult waiting = m_user->importFile(write(QStringLiteral("more.csv"), header + rows));
    QVERIFY(!waiting.ok());
    QVERIFY2(waiting.error.contains(QLatin1String("being checked")), qPrintable(waiting.error));
    QVERIFY(checked.wait(10000));
    QCOMPARE(checked.first().first().toString(), QString()); // sound: nothing to say
    QVERIFY(!m_user->isBusy());
    QCOMPARE(changed.size(), 1); // the pages read the figures now
    QVERIFY(m_user->reader());
    QCOMPARE(m_user->figureCount(), 2);
    QCOMPARE(hashOf(m_user->path()), before);
}

void TestUserData::checkInTheBackgroundMovesADamagedFile()
{
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
    m_user = std::make_unique<UserData>(m_user->path(), *m_embedded);
    QFile file(m_user->path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(2048));
    file.write(QByteArray(file.size() - 2048, '\x5a'));
    file.close();
    QSignalSpy checked(m_user.get(), &UserData::checked);
    QSignalSpy changed(m_user.get(), &UserData::figuresChanged);
    m_user->checkInBackground();
    QVERIFY(checked.wait(10000));
    const QString message = checked.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("damaged")), qPrintable(message));
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("user.sqlite.damaged-*")}).size(), 1);
    QCOMPARE(changed.size(), 0); // nothing of the user's to show
    QVERIFY(m_user->unavailableReason().isEmpty()); // and a new import may begin again
}

void TestUserData::removingYourFiguresLeavesVigiesAndTheFile()
{
    QCOMPARE(m_user->removeYourFigures(), QStringLiteral("You have no figures of your own to remove."));
    const QString csv = write(QStringLiteral("mine.csv"), header.trimmed() + ",topic_label_en,topic_label_fr\n"
                                                              "mine.1,phishing,12,count,2023,Mine,Le mien,high,Me,My "
                                                              "notes,,my words,,,Phishing,Hameçonnage\n");
    QVERIFY(m_user->importFile(csv).ok());
    const int vigie = m_embedded->count(QStringLiteral("figure"));
    QSignalSpy changed(m_user.get(), &UserData::figuresChanged);
    QCOMPARE(m_user->removeYourFigures(), QString());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_user->figureCount(), 0);
    // Every table is empty, the search index and the sums' sources too; the file is still a sound database.
    const UserData::FileReport report = UserData::inspect(m_user->path());
    QVERIFY2(report.sound(), qPrintable(report.error + report.integrity));
    const ThreatDatabase* reader = m_user->reader();
    QVERIFY(reader);
    for (const QString& table : SchemaCheck::tablesOf(SchemaCheck::currentVersion())) {
        if (table != QLatin1String("figure_search"))
            QCOMPARE(reader->count(table), 0);
    }
    QVERIFY(reader->topicLabels().isEmpty());
    QVERIFY(reader->totalTopics().isEmpty());
    SqlConnection direct(m_user->path());
    QVERIFY(direct.database().open());
    QSqlQuery q(direct.database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM figure_search WHERE figure_search MATCH 'mine'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    // Vigie's own stay, and the same file imports again.
    QCOMPARE(m_embedded->count(QStringLiteral("figure")), vigie);
    QVERIFY(m_user->importFile(csv).ok());
    QCOMPARE(m_user->figureCount(), 1);
}

void TestUserData::removalInTheBackgroundKeepsTheWindowLive()
{
    // Enough figures that the removal takes a while, so that the window's thread is seen to run meanwhile.
    const QString csv = m_dir->filePath(QStringLiteral("many.csv"));
    QVERIFY(SyntheticFigures::write(csv, 50000));
    const FigureCsv::ImportResult imported = m_user->importFile(csv);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    const qint64 fullSize = QFileInfo(m_user->path()).size();
    QSignalSpy removed(m_user.get(), &UserData::removed);
    QSignalSpy changed(m_user.get(), &UserData::figuresChanged);
    m_user->removeInBackground();
    // While the worker has the file, nothing of it is read or written here, and each asks to wait.
    QVERIFY(m_user->isBusy());
    QVERIFY(!m_user->reader());
    QVERIFY2(m_user->unavailableReason().contains(QLatin1String("being removed")),
             qPrintable(m_user->unavailableReason()));
    QVERIFY(!m_user->importFile(write(QStringLiteral("more.csv"), header + rows)).ok());
    QCOMPARE(m_user->removeYourFigures(), m_user->unavailableReason());
    int ticks = 0; // the window's thread, turning while the worker removes
    QTimer tick;
    connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(1);
    QVERIFY(removed.wait(60000));
    QCOMPARE(removed.first().first().toString(), QString());
    QVERIFY(ticks > 0);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_user->isBusy());
    QCOMPARE(m_user->figureCount(), 0);
    QCOMPARE(m_embedded->count(QStringLiteral("figure")) > 0, true);
    // The file gave its space back and is still a sound Vigie database that imports again.
    QVERIFY2(QFileInfo(m_user->path()).size() < fullSize / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(QFileInfo(m_user->path()).size()).arg(fullSize)));
    QVERIFY(UserData::inspect(m_user->path()).sound());
    QVERIFY(m_user->importFile(write(QStringLiteral("mine.csv"), header + rows)).ok());
    QCOMPARE(m_user->figureCount(), 2);
}

void TestUserData::removalInTheBackgroundSaysWhyItCannot()
{
    QSignalSpy removed(m_user.get(), &UserData::removed);
    QSignalSpy changed(m_user.get(), &UserData::figuresChanged);
    m_user->removeInBackground(); // no file
    QCOMPARE(removed.size(), 0); // said after the call returns, as a removal that ran
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.first().first().toString(), QStringLiteral("You have no figures of your own to remove."));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_user->exists());
}

QTEST_GUILESS_MAIN(TestUserData)
#include "TestUserData.moc"
