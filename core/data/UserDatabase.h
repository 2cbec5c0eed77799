// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/data/Records.h"

class QSqlDatabase;

namespace Vigie {

class SqlConnection;

/// The user's own figures, in a database of their own (never the embedded one), with the same schema.
/// Opening creates it, or migrates one made by an older Vigie: schema changes are additive, so migrating
/// means creating the tables it lacks and raising its version.
class UserDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::UserDatabase)

public:
    /// The schema script embedded with the application (":/data/schema.sql").
    static int schemaVersion(); ///< the version this Vigie writes (SchemaCheck::currentVersion())

    /// Where the user's database lives by default: the application-data folder.
    static QString defaultPath();

    /// Opens (creating or migrating) the database at @p path; returns null with @p error set on failure.
    static std::unique_ptr<UserDatabase> open(const QString& path, QString* error);

    /// Runs PRAGMA integrity_check on the file at @p path without changing it. Returns an empty string when
    /// the file is sound (or absent), else what is wrong.
    static QString checkIntegrity(const QString& path);

    /// What start-up finds in a user database.
    enum class Health
    {
        Missing,  ///< no file yet: nothing to check
        Sound,    ///< opened and checked (an interrupted write's journal rolled back on the way)
        InUse,    ///< another program held its lock past the wait
        Corrupt,  ///< SQLite's own checks found it damaged, or it is not a database at all
        Unusable, ///< it cannot be opened here (permissions, a folder…): not damage
    };
    struct Diagnosis
    {
        Health health = Health::Missing;
        QString detail; ///< SQLite's words, when not sound
    };
    /// Opens an existing file read-write, so that SQLite rolls back the hot journal an interrupted write left
    /// (a read-only open cannot, and would mistake it for damage), waits up to @p busyMs for another program's
    /// lock, and runs a quick check. Never creates the file.
    static Diagnosis diagnose(const QString& path, int busyMs = 3000);
    /// Moves a damaged file aside as PATH.damaged-YYYYMMDD-HHMMSS, with its journal and WAL files beside it
    /// under the same new name; returns the new path, or an empty string.
    static QString keepAside(const QString& path);

    ~UserDatabase();
    Q_DISABLE_COPY_MOVE(UserDatabase)

    QString path() const;
    int version() const;
    int figureCount() const;
    /// Empties every table, in one transaction: the file stays, a Vigie database with nothing of the user's.
    /// Returns a translated error, or an empty string.
    QString removeEverything();
    QList<Figure> figures() const;
    bool hasFigure(const QString& key) const;
    /// Writes a consistent copy of the whole database to @p target (SQLite's VACUUM INTO, which reads one
    /// snapshot), checks the copy, then moves it into place, so that @p target is either the previous file
    /// or a complete backup. Returns a translated error, or an empty string.
    QString backupTo(const QString& target) const;
    /// The same backup of the file at @p source, read without changing it: opened read-only and checked as an
    /// untrusted file, never migrated.
    static QString backupFile(const QString& source, const QString& target);
    /// The temporary a backup to @p target writes first, beside it: ".NAME.vigie-part-PID".
    static QString backupPart(const QString& target);
    /// True when @p part is the temporary of a backup whose process has ended: it is left over.
    static bool isBackupLeftOver(const QString& part);
    /// Removes what backups to @p target that were killed left beside it (their process is gone).
    static void removeStaleBackupParts(const QString& target);

    /// For the importer: the connection, inside which it runs its one transaction.
    SqlConnection& connection() { return *m_connection; }

private:
    UserDatabase();
    /// VACUUM INTO a temporary beside @p target, checked, then renamed over it.
    static QString vacuumInto(QSqlDatabase& source, const QString& sourcePath, const QString& target);
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace Vigie
