// SPDX-License-Identifier: GPL-3.0-or-later
// Faults around the user database, through the real binary: an import killed half-way, a database locked
// by another program, a backup, and an export into a folder the user may not write to. In each case the
// user's data must come out exactly as it was, and the message must say what happened.

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/data/UserDatabase.h"
#include "core/dataio/SqlConnection.h"
#include "tests/support/SyntheticFigures.h"

using namespace Vigie;

namespace {

const QByteArray smallFile = "key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
                             "source_url,quote,note_en,note_fr\n"
                             "mine.2024,offences,348000,count,2024,Offences,Atteintes,high,Ministry,Report,,"
                             "\"348 000 atteintes\",,\n";

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every row of the user's tables, as text: what "unchanged" is compared on.
QStringList contents(const QString& path)
{
    SqlConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.database().open())
        return {QStringLiteral("cannot open")};
    QStringList rows;
    QSqlQuery q(connection.database());
    for (const char* table : {"source", "figure", "figure_total"}) {
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QLatin1String(table))))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells.append(q.value(i).toString());
            rows.append(QLatin1String(table) + u':' + cells.join(u'|'));
        }
    }
    return rows;
}

} // namespace

class TestDataFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void killedImportLeavesTheDatabaseAsItWas();
    void lockedDatabaseIsReportedThenImportWorks_data();
    void lockedDatabaseIsReportedThenImportWorks();
    void backupCopiesTheWholeDatabase();
    void exportToAReadOnlyFolderFailsCleanly();
    void importIntoAReadOnlyDatabaseSaysSo();
    void checkDbGivesAReasonForEveryFailure();
    void killedBackupLeavesNothingBehind();
    void importRefusesWhatIsNotATable();

private:
    QProcessEnvironment environment() const;
    /// Runs vigie with @p arguments in English; returns its exit code, with its error output in @p err.
    int run(const QStringList& arguments, QString* err = nullptr, QString* out = nullptr, int timeoutMs = 120000);
    QString path(const QString& name) const { return m_dir->filePath(name); }
    /// Runs the binary with @p arguments as a user who cannot write what root made; returns its exit code, -2
    /// when that cannot be arranged, -1 on a failure to run it.
    int runUnprivileged(const QTemporaryDir& base, const QStringList& arguments, QString* err);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDataFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(path(QStringLiteral("runtime"))));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QFile file(path(QStringLiteral("small.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(smallFile) == smallFile.size());
}

QProcessEnvironment TestDataFaults::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("runtime")));
    return env;
}

int TestDataFaults::run(const QStringList& arguments, QString* err, QString* out, int timeoutMs)
{
    QProcess vigie;
    vigie.setProcessEnvironment(environment());
    vigie.start(QStringLiteral(VIGIE_BINARY), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    if (!vigie.waitForFinished(timeoutMs)) {
        vigie.kill();
        vigie.waitForFinished();
        if (err)
            *err = QStringLiteral("timed out");
        return -1;
    }
    if (err)
        *err = QString::fromUtf8(vigie.readAllStandardError());
    if (out)
        *out = QString::fromUtf8(vigie.readAllStandardOutput());
    return vigie.exitStatus() == QProcess::NormalExit ? vigie.exitCode() : -1;
}

void TestDataFaults::killedImportLeavesTheDatabaseAsItWas()
{
    const QString db = path(QStringLiteral("user.sqlite"));
    QString err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, path(QStringLiteral("small.csv"))}, &err), 0);
    const QStringList before = contents(db);
    QCOMPARE(before.filter(QStringLiteral("figure:")).size(), 1);
    const qint64 sizeBefore = QFileInfo(db).size();

    const QString big = path(QStringLiteral("big.csv"));
    QVERIFY(SyntheticFigures::write(big, 1000000));
    QProcess vigie;
    vigie.setProcessEnvironment(environment());
    vigie.start(QStringLiteral(VIGIE_BINARY), {QStringLiteral("import"), QStringLiteral("--database"), db, big});
    QVERIFY(vigie.waitForStarted());
    // Kill it once it has written pages into the database file itself, not only into its journal: the
    // hardest moment, when only the rollback journal can restore the file.
    QElapsedTimer waited;
    waited.start();
    while (QFileInfo(db).size() < sizeBefore + 16 * 1024 * 1024 && vigie.state() == QProcess::Running
           && waited.elapsed() < 120000) {
        QThread::msleep(2);
    }
    QVERIFY2(vigie.state() == QProcess::Running, "the import ended before it could be interrupted");
    QVERIFY(QFileInfo::exists(db + QStringLiteral("-journal")));
    QVERIFY(QFileInfo(db).size() >= sizeBefore + 16 * 1024 * 1024);
    vigie.kill(); // SIGKILL: no chance to clean up
    QVERIFY(vigie.waitForFinished());
    QCOMPARE(vigie.exitStatus(), QProcess::CrashExit);

    // check-db reads it without changing it: through a private copy of the file and its journal, where SQLite
    // rolls the interrupted write back. The file and its journal stay exactly as they were.
    {
        const QByteArray fileBefore = bytesOf(db);
        const QByteArray journalBefore = bytesOf(db + QStringLiteral("-journal"));
        QString out;
        QCOMPARE(run({QStringLiteral("check-db"), db}, &err, &out), 0);
        QVERIFY2(out.contains(QLatin1String("rolled back, in a private copy")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("figure: 1")), qPrintable(out));
        QCOMPARE(bytesOf(db), fileBefore);
        QCOMPARE(bytesOf(db + QStringLiteral("-journal")), journalBefore);
    }

    // Start-up's check opens it read-write, so that SQLite rolls the hot journal back: the file is sound, and
    // stays where it is, with the user's rows.
    {
        const auto embedded = ThreatDatabase::openEmbedded();
        QVERIFY(embedded);
        UserData user(db, *embedded);
        QCOMPARE(user.checkAtStart(), QString());
        QVERIFY(QFileInfo::exists(db));
        QCOMPARE(user.figureCount(), 1);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}), QStringList());
    }

    // The next open rolls the hot journal back: the same rows, and a sound file.
    QString error;
    {
        auto reopened = UserDatabase::open(db, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->figureCount(), 1);
    }
    QCOMPARE(UserDatabase::checkIntegrity(db), QString());
    QCOMPARE(contents(db), before);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
    // And the same file takes the import whole afterwards.
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, path(QStringLiteral("small.csv"))}, &err), 1);
    QVERIFY2(err.contains(QLatin1String("already in use")), qPrintable(err));
}

void TestDataFaults::lockedDatabaseIsReportedThenImportWorks_data()
{
    QTest::addColumn<QByteArray>("begin");
    // A writer that still lets others read (the import's own transaction waits), and one that lets no one
    // read (opening the database waits).
    QTest::newRow("writing") << QByteArray("BEGIN IMMEDIATE;\n");
    QTest::newRow("exclusive") << QByteArray("BEGIN EXCLUSIVE;\n");
}

void TestDataFaults::lockedDatabaseIsReportedThenImportWorks()
{
    QFETCH(QByteArray, begin);
    const QString db = path(QStringLiteral("user.sqlite"));
    QString err;
    {
        QString error;
        QVERIFY(UserDatabase::open(db, &error));
    }
    // Another program (SQLite's own shell) takes the write lock and keeps it.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), {db});
    QVERIFY2(holder.waitForStarted(), "sqlite3 is installed by scripts/common.sh");
    holder.write(begin
                 + "INSERT INTO source (id, publisher, title, language, short_en, short_fr) "
                 "VALUES ('theirs', 'Them', 'Their work', 'other', 'Them', 'Them');\n");
    // The shell does not flush its output into a pipe; its journal shows that it holds the lock and has written.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(db + QStringLiteral("-journal")) || holder.state() != QProcess::Running,
                             10000);
    QCOMPARE(holder.state(), QProcess::Running);

    if (begin.contains("EXCLUSIVE")) {
        // Start-up waits its time, then starts without the user's figures and leaves the file where it is.
        const auto embedded = ThreatDatabase::openEmbedded();
        QVERIFY(embedded);
        UserData user(db, *embedded);
        const QString message = user.checkAtStart(500);
        QVERIFY2(message.contains(QLatin1String("in use by another program")), qPrintable(message));
        QVERIFY(!user.unavailableReason().isEmpty());
        QVERIFY(QFileInfo::exists(db));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.damaged-*")}), QStringList());
        QVERIFY(!user.importFile(path(QStringLiteral("small.csv"))).ok());
    }

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, path(QStringLiteral("small.csv"))}, &err), 1);
    const qint64 waitedMs = timer.elapsed();
    QVERIFY2(err.contains(QLatin1String("in use by another program")), qPrintable(err));
    QVERIFY2(err.trimmed().count(u'\n') == 0, qPrintable(err)); // one line
    QVERIFY2(waitedMs >= 2500, "it gives the other program the busy timeout (3 s) before giving up");

    // The other program finishes; its work is kept, and the import now goes through.
    holder.write("COMMIT;\n.quit\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, path(QStringLiteral("small.csv"))}, &err), 0);
    const QStringList rows = contents(db);
    QVERIFY(rows.filter(QStringLiteral("source:theirs|")).size() == 1);
    QVERIFY(rows.filter(QStringLiteral("figure:mine.2024|")).size() == 1);
}

void TestDataFaults::backupCopiesTheWholeDatabase()
{
    const QString db = path(QStringLiteral("user.sqlite"));
    const QString backup = path(QStringLiteral("backup.sqlite"));
    QString err;
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--database"), db, backup}, &err), 1);
    QVERIFY2(err.contains(QLatin1String("no user database")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, path(QStringLiteral("small.csv"))}, &err), 0);
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--database"), db, backup}, &err), 0);
    QCOMPARE(contents(backup), contents(db));
    QCOMPARE(UserDatabase::checkIntegrity(backup), QString());
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--database"), db, path(QStringLiteral("none/b.sqlite"))}, &err), 1);
    QVERIFY2(err.contains(QLatin1String("Cannot write")), qPrintable(err));
    QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--database"), db}, &err), 2);
}

int TestDataFaults::runUnprivileged(const QTemporaryDir& base, const QStringList& arguments, QString* err)
{
    // root writes anywhere, so as root Vigie runs as "nobody", through setpriv, with a home of its own in a
    // world-readable folder that only root may write to.
    const QString home = base.filePath(QStringLiteral("home"));
    if (!QDir().mkpath(home + QStringLiteral("/runtime")))
        return -1;
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                           | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
    QStringList command = QStringList{QStringLiteral(VIGIE_BINARY), QStringLiteral("--lang"), QStringLiteral("en")}
        + arguments;
    if (geteuid() == 0) {
        if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            return -2;
        if (QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("nobody"), home}) != 0)
            return -1;
        command = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                              QStringLiteral("--clear-groups"), QStringLiteral("--")}
            + command;
    }
    QProcess vigie;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    vigie.setProcessEnvironment(env);
    vigie.start(command.first(), command.mid(1));
    if (!vigie.waitForFinished(60000) || vigie.exitStatus() != QProcess::NormalExit)
        return -1;
    *err = QString::fromUtf8(vigie.readAllStandardError());
    return vigie.exitCode();
}

/// A folder that Vigie, run by runUnprivileged(), may read but not write.
static QString readOnlyFolder(const QTemporaryDir& base, const QString& name)
{
    const QString folder = base.filePath(name);
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                                      | QFile::ReadGroup | QFile::ExeGroup);
    return folder;
}

void TestDataFaults::exportToAReadOnlyFolderFailsCleanly()
{
    QTemporaryDir base(QDir::tempPath() + QStringLiteral("/vigie-readonly-XXXXXX"));
    QVERIFY(base.isValid());
    const QString readOnly = readOnlyFolder(base, QStringLiteral("reports"));
    QString err;
    const int code = runUnprivileged(base,
                                     {QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("offences-by-year"),
                                      QStringLiteral("--format"), QStringLiteral("png,pdf"), QStringLiteral("--out"), readOnly},
                                     &err);
    if (code == -2)
        QSKIP("running as root without setpriv: a read-only folder cannot be made");
    QVERIFY2(code == 1, qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Cannot write")) && err.contains(QLatin1String("reports")), qPrintable(err));
    QCOMPARE(QDir(readOnly).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestDataFaults::importIntoAReadOnlyDatabaseSaysSo()
{
    // A database Vigie may read but not write: SQLite opens it read-only without a word, so the import must
    // say that the database is read-only, not blame a line of the CSV.
    QTemporaryDir base(QDir::tempPath() + QStringLiteral("/vigie-readonly-XXXXXX"));
    QVERIFY(base.isValid());
    const QString folder = base.filePath(QStringLiteral("data"));
    const QString db = folder + QStringLiteral("/user.sqlite");
    QVERIFY(QDir().mkpath(folder));
    QString err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, path(QStringLiteral("small.csv"))}, &err), 0);
    const QStringList before = contents(db);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    readOnlyFolder(base, QStringLiteral("data"));
    QFile csv(path(QStringLiteral("small.csv")));
    QVERIFY(csv.copy(base.filePath(QStringLiteral("other.csv"))));
    QFile other(base.filePath(QStringLiteral("other.csv")));
    QVERIFY(other.open(QIODevice::ReadWrite));
    QByteArray text = other.readAll().replace("mine.2024", "mine.2025");
    other.seek(0);
    other.write(text);
    other.close();
    QFile::setPermissions(other.fileName(), QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup);
    const int code = runUnprivileged(base, {QStringLiteral("import"), QStringLiteral("--database"), db, other.fileName()}, &err);
    if (code == -2)
        QSKIP("running as root without setpriv: a read-only database cannot be made");
    QVERIFY2(code == 1, qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("read-only")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("Line ")), qPrintable(err));
    QCOMPARE(contents(db), before);
}

void TestDataFaults::checkDbGivesAReasonForEveryFailure()
{
    QString err;
    QString out;
    // A FIFO with no writer would block an open: refused at once.
    const QString fifo = path(QStringLiteral("pipe.sqlite"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run({QStringLiteral("check-db"), fifo}, &err, &out), 1);
    QVERIFY2(err.contains(QLatin1String("not a regular file")), qPrintable(err));
    QVERIFY(timer.elapsed() < 20000);

    const QString empty = path(QStringLiteral("empty.sqlite"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QCOMPARE(run({QStringLiteral("check-db"), empty}, &err, &out), 1);
    QVERIFY2(err.contains(QLatin1String("empty")), qPrintable(err));

    // A figure whose source is gone: the schema is Vigie's, but the data does not hold together.
    const QString db = path(QStringLiteral("user.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, path(QStringLiteral("small.csv"))}, &err), 0);
    QCOMPARE(run({QStringLiteral("check-db"), db}, &err, &out), 0);
    QVERIFY2(out.contains(QLatin1String("foreign keys: ok")), qPrintable(out));
    {
        SqlConnection other(db);
        QVERIFY(other.database().open());
        QSqlQuery q(other.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM source")));
    }
    QCOMPARE(run({QStringLiteral("check-db"), db}, &err, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("refers to a missing “source”")), qPrintable(out));
}

void TestDataFaults::killedBackupLeavesNothingBehind()
{
    // A database large enough for the backup to take a moment, a backup killed while it writes its temporary:
    // the next backup to that target, and the next start, remove what it left.
    const QString db = path(QStringLiteral("user.sqlite"));
    const QString big = path(QStringLiteral("big.csv"));
    QVERIFY(SyntheticFigures::write(big, 300000));
    QString err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, big}, &err), 0);
    const QString backups = path(QStringLiteral("backups"));
    QVERIFY(QDir().mkpath(backups));
    const QString target = backups + QStringLiteral("/copy.sqlite");
    auto leftovers = [&] {
        return QDir(backups).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("vigie-part"));
    };

    for (int round = 0; round < 2; ++round) {
        QProcess vigie;
        vigie.setProcessEnvironment(environment());
        vigie.start(QStringLiteral(VIGIE_BINARY), {QStringLiteral("backup"), QStringLiteral("--database"), db, target});
        QVERIFY(vigie.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        while (leftovers().isEmpty() && vigie.state() == QProcess::Running && waited.elapsed() < 60000)
            QThread::usleep(200);
        QVERIFY2(vigie.state() == QProcess::Running, "the backup ended before it could be interrupted");
        vigie.kill();
        QVERIFY(vigie.waitForFinished());
        QVERIFY(!leftovers().isEmpty());
        QVERIFY(!QFileInfo::exists(target)); // never half a backup where the user expects a whole one

        if (round == 0) {
            // The next backup to the same target removes the killed run's temporary, and succeeds.
            QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--database"), db, target}, &err), 0);
            QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
            QVERIFY(QFile::remove(target));
        } else {
            // The next start (the window's check of the database) removes it too.
            const auto embedded = ThreatDatabase::openEmbedded();
            QVERIFY(embedded);
            UserData user(db, *embedded);
            QCOMPARE(user.checkAtStart(), QString());
            QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(u' ')));
            QVERIFY(!QFileInfo::exists(db + QStringLiteral(".backups-in-progress")));
        }
    }
}

QTEST_GUILESS_MAIN(TestDataFaults)
void TestDataFaults::importRefusesWhatIsNotATable()
{
    // Each ends in a message and leaves the user's figures as they were; none waits or fills the memory.
    const QString db = path(QStringLiteral("user.sqlite"));
    QString err;
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, path(QStringLiteral("small.csv"))}, &err), 0);
    const QStringList before = contents(db);

    // A pipe with no writer: opening it would wait forever.
    const QString fifo = path(QStringLiteral("pipe.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, fifo}, &err, nullptr, 30000), 1);
    QVERIFY2(err.contains(QStringLiteral("is not a regular file")), qPrintable(err));
    // A device that never ends, and a folder.
    for (const QString& notAFile : {QStringLiteral("/dev/zero"), path(QStringLiteral("runtime"))}) {
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, notAFile}, &err, nullptr, 30000), 1);
        QVERIFY2(err.contains(QStringLiteral("is not a regular file")), qPrintable(err));
    }
    // Nor is a database made for a file that cannot be imported.
    const QString none = path(QStringLiteral("never-made.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), none, fifo}, &err, nullptr, 30000), 1);
    QVERIFY(!QFileInfo::exists(none));

    // A line with no end, after a good one: reported at its own line, once the reader has read past the
    // longest record a table may have, not once it has read the whole file.
    const QString endless = path(QStringLiteral("endless.csv"));
    {
        QFile file(endless);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray good = smallFile;
        good.replace("mine.2024", "mine.2025");
        file.write(good);
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 24; ++i)
            file.write(block);
    }
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, endless}, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("Line 3: this line is longer than 4 MiB")), qPrintable(err));
    // A bad byte far into a file, after more than one block of good rows: its line, and nothing imported.
    const QString late = path(QStringLiteral("late.csv"));
    QVERIFY(SyntheticFigures::write(late, 20000));
    {
        QFile file(late);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.size() > 2 << 20);
        file.write("late.1,user,1,count,2024,\xff,x,high,P,T,,q,,\n");
    }
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--database"), db, late}, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("Line 20002: the file is not UTF-8")), qPrintable(err));
    QCOMPARE(contents(db), before);
}

#include "TestDataFaults.moc"
