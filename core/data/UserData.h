// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include "core/data/FigureCsv.h"
#include "core/data/UserDatabase.h"
#include "core/data/Records.h"

namespace Vigie {

class ThreatDatabase;
class UserDatabase;

/// The user's own data, and the one owner of the user database: the window's pages and the command line
/// import, export, back up and read through it, and nothing else opens the file. The file is created by the
/// first import, never by reading, and figuresChanged() tells every reader when an import added to it.
class UserData : public QObject {
    Q_OBJECT

public:
    /// The database at @p path; @p embedded is Vigie's own data (its keys are reserved, and Export Data writes
    /// its figures too).
    UserData(const QString& path, const ThreatDatabase& embedded, QObject* parent = nullptr);
    ~UserData() override;
    Q_DISABLE_COPY_MOVE(UserData)

    /// Where the user's database lives by default: the application-data folder.
    static QString defaultPath();

    QString path() const { return m_path; }
    /// True once the user has a database (after a first import, or a file left by an earlier run).
    bool exists() const;

    /// Checks the file at start-up. SQLite recovers an interrupted write; a file locked by another program, or
    /// one that cannot be opened here, is left as it is and the user's data is marked unavailable; only a file
    /// that SQLite finds corrupt is moved aside, with its journal. Returns a message for the user (translated),
    /// or an empty string when all is well.
    QString checkAtStart(int busyMs = 3000);
    /// The same check on a worker thread, so that the window opens at once whatever the file's size (a
    /// million figures take a second or two to check). Until it ends, the user's data is unavailable, as
    /// being checked; then checked() gives the message (empty when all is well), and figuresChanged() lets
    /// the pages read the figures.
    void checkInBackground(int busyMs = 3000);
    /// True while a worker checks the file or removes the user's figures: nothing else reads or writes it.
    bool isBusy() const { return m_busy; }
    /// Why the user's data cannot be used in this session (translated), or empty when it can.
    QString unavailableReason() const { return m_unavailable; }

    /// The user's figures (marked userData); empty when there are none or the file cannot be read.
    QList<Figure> figures();
    int figureCount();
    /// The user's figures and the totals the importer keeps, for reading: null when the user has none.
    const ThreatDatabase* reader();

    /// Adds the figures of a CSV file, all or none; emits figuresChanged() when some were added.
    FigureCsv::ImportResult importFile(const QString& csvPath);
    /// What Export Data writes.
    enum class Export
    {
        YourFigures, ///< the user's own figures: what a backup in CSV is
        AllFigures,  ///< Vigie's too, marked as Vigie's so that an import skips them
    };
    /// Writes figures as CSV to @p target, atomically. Returns a translated error, or an empty string.
    QString exportCsv(const QString& target, Export what = Export::YourFigures);
    /// Removes every figure of the user's (their sources, totals and topic names with them), all or nothing;
    /// Vigie's own are never touched. Emits figuresChanged(). Returns a translated error, or an empty string.
    QString removeYourFigures();
    /// The same removal on a worker thread, since overwriting a million figures takes seconds: until it ends,
    /// the user's data is unavailable, as being removed; then removed() gives the error (empty when done), and
    /// figuresChanged() lets the pages read again.
    void removeInBackground();
    /// Copies the whole user database to @p target, checked, replaced only when complete. Returns a translated
    /// error, or an empty string.
    QString backupTo(const QString& target);

    /// What check-db reports of a database file.
    struct FileReport {
        bool readable = false;
        QString error; ///< why it cannot be read, when it cannot
        int schemaVersion = 0;
        QList<QPair<QString, int>> counts; ///< rows by table
        QString integrity; ///< empty when the integrity check passed
        QStringList foreignKeys; ///< rows that refer to a row that is not there
        bool recovered = false;  ///< an interrupted write was rolled back, in a private copy
        bool sound() const { return readable && integrity.isEmpty() && foreignKeys.isEmpty(); }
        /// The rows counted in @p table, or 0.
        int count(const QString& table) const
        {
            for (const auto& [name, rows] : counts) {
                if (name == table)
                    return rows;
            }
            return 0;
        }
    };
    /// Reads @p path without changing it (a file with a hot journal is read through a private copy): schema,
    /// counts, integrity and foreign keys, with a reason for every failure.
    static FileReport inspect(const QString& path);
    /// The tables check-db counts, in order.
    static QStringList countedTables();

signals:
    /// An import added figures, or the check at start-up made them available: pages that show the user's
    /// figures read them again.
    void figuresChanged();
    /// The check that checkInBackground() began has ended, with its message for the user, or an empty one.
    void checked(const QString& message);
    /// The removal that removeInBackground() began has ended, with a translated error, or an empty string.
    void removed(const QString& error);

private:
    /// The open connection, opened (and migrated) on first use. With @p create false, nothing is created:
    /// null when the file does not exist. Null with @p error set when it cannot be opened.
    UserDatabase* database(bool create, QString* error = nullptr);
    /// The list, beside the database, of the backup temporaries being written.
    QString backupPartsList() const;
    void noteBackupPart(const QString& part, bool add);
    void removeLeftoverBackupParts();
    /// Why the user's figures cannot be removed now (translated), or empty when they can; opens the file.
    QString removalRefusal();
    /// What start-up does before the check: leftovers removed, nothing open, nothing available yet.
    void beginCheck();
    /// What start-up does with the check's verdict; returns the message for the user, or an empty string.
    QString settleCheck(const UserDatabase::Diagnosis& diagnosis);
    /// Runs @p work on the worker thread, the file closed here and marked unavailable with @p why until it
    /// ends; then @p done runs on this thread. A later start makes an earlier end not count.
    void runInBackground(const QString& why, const QString& threadName, std::function<void()> work,
                         std::function<void()> done);

    QString m_path;
    const ThreatDatabase& m_embedded;
    std::unique_ptr<UserDatabase> m_database;
    std::unique_ptr<ThreatDatabase> m_reader;
    QString m_unavailable;
    bool m_busy = false;
    int m_workNumber = 0; ///< the work whose end counts
    std::unique_ptr<QThread> m_worker;
};

} // namespace Vigie
