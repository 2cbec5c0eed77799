// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/UserDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <filesystem>

#include "core/data/LeftoverFiles.h"
#include "core/data/SchemaCheck.h"
#include "core/data/SqliteDefences.h"
#include "core/data/ThreatDatabase.h"
#include "core/dataio/DatabaseBuilder.h"
#include "core/dataio/FigureTotals.h"
#include "core/dataio/FigureWords.h"
#include "core/dataio/SqlConnection.h"

namespace Vigie {


namespace {

const QString backupPartMarker = QStringLiteral(".vigie-part-");

/// What an integrity_check or quick_check that ran reports, other than "ok", joined; empty when sound.
QString checkProblems(QSqlQuery& check)
{
    QStringList problems;
    while (check.next()) {
        if (QString line = check.value(0).toString(); line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems.join(QStringLiteral("; "));
}

} // namespace

UserDatabase::UserDatabase() = default;
UserDatabase::~UserDatabase() = default;

int UserDatabase::schemaVersion()
{
    return SchemaCheck::currentVersion();
}

QString UserDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("user.sqlite"));
}

std::unique_ptr<UserDatabase> UserDatabase::open(const QString& path, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return nullptr;
    };
    if (QFileInfo::exists(path) && !QFileInfo(path).isFile())
        return fail(tr("“%1” is not a regular file, so it cannot be a database.").arg(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("Cannot create the folder of “%1”.").arg(path));
    std::unique_ptr<UserDatabase> db(new UserDatabase);
    db->m_connection = std::make_unique<SqlConnection>(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    QSqlDatabase& sql = db->m_connection->database();
    if (!sql.open())
        return fail(tr("Cannot open “%1”: %2").arg(path, sql.lastError().text()));
    // A file Vigie did not just create may hold triggers and views: they are off, and the schema is checked.
    if (const QString problem = SqliteDefences::harden(sql); !problem.isEmpty())
        return fail(tr("Cannot open “%1”: %2").arg(path, problem));
    const StatementBudget budget(sql, std::chrono::seconds(10));
    QSqlQuery(sql).exec(QStringLiteral("PRAGMA foreign_keys = ON"));

    const int target = SchemaCheck::currentVersion();
    QSqlQuery versionQuery(sql);
    if (!versionQuery.exec(QStringLiteral("PRAGMA user_version")) || !versionQuery.next()) {
        // SQLITE_BUSY (5): another program holds the file locked past the busy timeout. Say so, rather than
        // call a sound database unreadable.
        if (versionQuery.lastError().nativeErrorCode() == QLatin1String("5"))
            return fail(tr("“%1” is in use by another program (%2). Try again once it has finished.")
                            .arg(path, versionQuery.lastError().databaseText()));
        return fail(tr("“%1” is not a database Vigie can read.").arg(path));
    }
    const int current = versionQuery.value(0).toInt();
    versionQuery.finish();
    if (current > target)
        return fail(tr("“%1” was made by a newer Vigie (schema %2; this one knows %3).").arg(path).arg(current).arg(target));
    QSqlQuery objects(sql);
    const bool empty = objects.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && objects.next()
        && objects.value(0).toInt() == 0;
    objects.finish();
    if (current == 0 && !empty)
        return fail(tr("“%1” belongs to another program: it is not a Vigie database, and Vigie leaves it as it is.")
                        .arg(path));
    if (current > 0) {
        if (const QString problem = SchemaCheck::problems(sql, current); !problem.isEmpty())
            return fail(tr("“%1” is not a Vigie database as Vigie made it (%2), and Vigie leaves it as it is.")
                            .arg(path, problem));
    }
    // Migrations, version by version, in one transaction: a new file gets every table, an older one those it
    // lacks, and the totals are built from the figures it already holds.
    if (current < target) {
        sql.transaction();
        for (int version = current + 1; version <= target; ++version) {
            for (const QString& table : SchemaCheck::tablesAddedIn(version)) {
                QSqlQuery create(sql);
                if (!create.exec(SchemaCheck::createStatement(table))) {
                    sql.rollback();
                    return fail(tr("Cannot update “%1”: %2").arg(path, create.lastError().text()));
                }
                // The new tables that summarise figures start from those the database holds already.
                QString filled;
                if (table == QLatin1String("figure_total"))
                    filled = FigureTotals::rebuild(sql);
                else if (table == QLatin1String("figure_total_source"))
                    filled = FigureTotals::rebuildSources(sql);
                else if (table == QLatin1String("figure_search"))
                    filled = FigureWords::add(sql);
                if (!filled.isEmpty()) {
                    sql.rollback();
                    return fail(tr("Cannot update “%1”: %2").arg(path, filled));
                }
            }
        }
        QSqlQuery(sql).exec(QStringLiteral("PRAGMA user_version = %1").arg(target));
        if (!sql.commit())
            return fail(tr("Cannot update “%1”: %2").arg(path, sql.lastError().text()));
    }
    return db;
}

QString UserDatabase::checkIntegrity(const QString& path)
{
    if (!QFileInfo::exists(path))
        return {};
    if (!QFileInfo(path).isFile())
        return tr("it is not a regular file");
    SqlConnection connection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QSqlDatabase& sql = connection.database();
    if (!sql.open())
        return sql.lastError().text();
    if (QString problem = SqliteDefences::harden(sql); !problem.isEmpty())
        return problem;
    // A full check of a large file takes a while, but never without end.
    const StatementBudget budget(sql, std::chrono::minutes(2));
    QSqlQuery q(sql);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return budget.expired() ? tr("the integrity check took longer than two minutes") : q.lastError().text();
    return checkProblems(q);
}

UserDatabase::Diagnosis UserDatabase::diagnose(const QString& path, int busyMs)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {Health::Missing, {}};
    if (!info.isFile())
        return {Health::Unusable, tr("it is not a regular file")};
    SqlConnection connection(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyMs));
    QSqlDatabase& sql = connection.database();
    if (!sql.open())
        return {Health::Unusable, sql.lastError().text()};
    if (const QString problem = SqliteDefences::harden(sql); !problem.isEmpty())
        return {Health::Unusable, problem};
    // Bounded: a huge or hostile file makes start-up wait at most this long, then Vigie starts without it.
    const StatementBudget budget(sql, std::chrono::seconds(30));
    // The first read takes the lock, rolls back a hot journal, and reads the header: every verdict starts here.
    QSqlQuery q(sql);
    if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
        const QString code = q.lastError().nativeErrorCode();
        const QString text = q.lastError().databaseText();
        if (code == QLatin1String("5") || code == QLatin1String("6")) // SQLITE_BUSY, SQLITE_LOCKED
            return {Health::InUse, text};
        if (code == QLatin1String("11") || code == QLatin1String("26")) // SQLITE_CORRUPT, SQLITE_NOTADB
            return {Health::Corrupt, text};
        return {Health::Unusable, text};
    }
    if (QString problems = checkProblems(q); !problems.isEmpty())
        return {Health::Corrupt, problems};
    return {Health::Sound, {}};
}

QString UserDatabase::keepAside(const QString& path)
{
    QString aside = path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside))
        return {};
    // A journal is part of the file's state: it goes with it, never left to be applied to a new database.
    for (const QString& side : {QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + side))
            QFile::rename(path + side, aside + side);
    }
    return aside;
}

QString UserDatabase::path() const
{
    return m_connection->database().databaseName();
}

int UserDatabase::version() const
{
    QSqlQuery q(m_connection->database());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

int UserDatabase::figureCount() const
{
    QSqlQuery q(m_connection->database());
    return q.exec(QStringLiteral("SELECT count(*) FROM figure")) && q.next() ? q.value(0).toInt() : 0;
}

QString UserDatabase::removeEverything()
{
    QSqlDatabase& sql = m_connection->database();
    QSqlQuery q(sql);
    // What is removed is overwritten in the file, not only unlinked: removed data cannot be read back from it.
    q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (q.lastError().nativeErrorCode() == QLatin1String("5")) // SQLITE_BUSY
            return tr("Your database is in use by another program (%1). Nothing was removed; try again once it has "
                      "finished.")
                .arg(q.lastError().databaseText());
        return tr("Nothing was removed: %1").arg(q.lastError().text());
    }
    // Every table, its references checked at the commit; the search index by its own command, since a
    // contentless index cannot be deleted from row by row.
    q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const QString& table : SchemaCheck::tablesOf(version())) {
        const QString statement = table == QLatin1String("figure_search")
            ? QStringLiteral("INSERT INTO figure_search (figure_search) VALUES ('delete-all')")
            : QStringLiteral("DELETE FROM %1").arg(table);
        if (!q.exec(statement)) {
            const QString error = q.lastError().text();
            QSqlQuery(sql).exec(QStringLiteral("ROLLBACK"));
            return tr("Nothing was removed: %1").arg(error);
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString error = q.lastError().text();
        QSqlQuery(sql).exec(QStringLiteral("ROLLBACK"));
        return tr("Nothing was removed: %1").arg(error);
    }
    // The file gives its space back (a million figures are a quarter of a gigabyte). The removal stands if
    // this fails, say while another program reads the file: the pages are free for the next import.
    q.exec(QStringLiteral("VACUUM"));
    return {};
}

bool UserDatabase::hasFigure(const QString& key) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT 1 FROM figure WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next();
}

QString UserDatabase::backupTo(const QString& target) const
{
    return vacuumInto(m_connection->database(), path(), target);
}

QString UserDatabase::backupPart(const QString& target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(u'.' + info.fileName() + LeftoverFiles::ownName(backupPartMarker));
}

bool UserDatabase::isBackupLeftOver(const QString& part)
{
    return LeftoverFiles::leftByEndedRun(part, backupPartMarker);
}

void UserDatabase::removeStaleBackupParts(const QString& target)
{
    const QFileInfo info(target);
    const QDir dir = info.absoluteDir();
    for (const QString& name :
         dir.entryList({u'.' + info.fileName() + backupPartMarker + u'*'}, QDir::Files | QDir::Hidden)) {
        if (isBackupLeftOver(name))
            QFile::remove(dir.filePath(name));
    }
}

QString UserDatabase::backupFile(const QString& source, const QString& target)
{
    // Read-only, hardened and checked like any file Vigie did not just create: a backup never changes the file
    // it copies (no migration, no rollback; a file with a hot journal is refused, not repaired).
    const QFileInfo info(source);
    if (!info.exists())
        return tr("There is no user database at “%1”.").arg(source);
    if (!info.isFile())
        return tr("“%1” is not a regular file, so it cannot be a database.").arg(source);
    SqlConnection connection(source, QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
    QSqlDatabase& sql = connection.database();
    if (!sql.open())
        return tr("Cannot open “%1”: %2").arg(source, sql.lastError().text());
    if (const QString problem = SqliteDefences::harden(sql); !problem.isEmpty())
        return tr("Cannot open “%1”: %2").arg(source, problem);
    const StatementBudget budget(sql, std::chrono::seconds(10));
    QSqlQuery version(sql);
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return tr("“%1” cannot be read: %2").arg(source, version.lastError().text());
    const int current = version.value(0).toInt();
    version.finish();
    if (const QString problem = SchemaCheck::problems(sql, current); !problem.isEmpty())
        return tr("“%1” is not a Vigie database as Vigie made it (%2), and Vigie leaves it as it is.")
            .arg(source, problem);
    return vacuumInto(sql, source, target);
}

QString UserDatabase::vacuumInto(QSqlDatabase& source, const QString& sourcePath, const QString& target)
{
    const QFileInfo info(target);
    // SQLite owns the files beside a database named after it, and deletes or replays them at its next open.
    for (const QLatin1String side : {QLatin1String("-journal"), QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (info.fileName().endsWith(side))
            return tr("Cannot back up to “%1”: SQLite uses names ending in %2 for its own files. Choose another name.")
                .arg(target, side);
    }
    if (info.exists() && !info.isFile())
        return tr("Cannot write “%1”: it is not a regular file.").arg(target);
    if (info.exists() && info.canonicalFilePath() == QFileInfo(sourcePath).canonicalFilePath())
        return tr("Cannot back up “%1” onto itself: choose another file.").arg(target);
    // VACUUM INTO wants a new or empty file: write one beside the target, then rename it over the target in
    // one step, so that a failure never leaves half a backup where the user expects a whole one. The part's
    // name carries this process's id, so that the next backup (or start) can tell a killed run's leftover.
    removeStaleBackupParts(target);
    struct Part
    {
        QString path;
        bool keep = false;
        ~Part()
        {
            if (!keep) {
                QFile::remove(path);
                QFile::remove(path + QStringLiteral("-journal"));
            }
        }
    } part{backupPart(target)};
    QFile::remove(part.path);
    QFile partFile(part.path);
    if (!partFile.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(target, partFile.errorString());
    partFile.close();
    QSqlQuery vacuum(source);
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(part.path);
    if (!vacuum.exec())
        return tr("Cannot write “%1”: %2").arg(target, vacuum.lastError().text());
    const QString problem = checkIntegrity(part.path);
    if (!problem.isEmpty())
        return tr("The backup failed its integrity check, so “%1” was not written: %2").arg(target, problem);
    std::error_code failure;
    std::filesystem::rename(QFile::encodeName(part.path).toStdString(), QFile::encodeName(target).toStdString(),
                            failure);
    if (failure)
        return tr("Cannot write “%1”: %2").arg(target, QString::fromLocal8Bit(failure.message()));
    part.keep = true;
    return {};
}

QList<Figure> UserDatabase::figures() const
{
    // The same query code as the embedded database, through a read view of the same file.
    QString error;
    const auto view = ThreatDatabase::openFile(path(), &error);
    QList<Figure> result = view ? view->figures() : QList<Figure>();
    for (Figure& f : result)
        f.userData = true;
    return result;
}

} // namespace Vigie
