// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/UserData.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSaveFile>
#include <QScopeGuard>
#include <QThread>

#include "core/data/ThreatDatabase.h"
#include "core/data/UserDatabase.h"

namespace Vigie {

UserData::UserData(const QString& path, const ThreatDatabase& embedded, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_embedded(embedded)
{
}

UserData::~UserData()
{
    // A check still running reads the file, a removal writes it: let it end (its time is bounded, and a
    // removal is whole or nothing) before the file may go.
    if (m_worker)
        m_worker->wait();
}

QString UserData::defaultPath()
{
    return UserDatabase::defaultPath();
}

bool UserData::exists() const
{
    return QFileInfo::exists(m_path);
}

UserDatabase* UserData::database(bool create, QString* error)
{
    if (!m_unavailable.isEmpty()) {
        if (error)
            *error = m_unavailable;
        return nullptr;
    }
    if (!m_database && (create || exists()))
        m_database = UserDatabase::open(m_path, error);
    return m_database.get();
}

QString UserData::backupPartsList() const
{
    return m_path + QStringLiteral(".backups-in-progress");
}

void UserData::noteBackupPart(const QString& part, bool add)
{
    QFile list(backupPartsList());
    QStringList parts;
    if (list.open(QIODevice::ReadOnly))
        parts = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
    list.close();
    parts.removeAll(part);
    if (add)
        parts.append(part);
    if (parts.isEmpty()) {
        QFile::remove(list.fileName());
        return;
    }
    if (list.open(QIODevice::WriteOnly | QIODevice::Truncate))
        list.write((parts.join(u'\n') + u'\n').toUtf8());
}

void UserData::removeLeftoverBackupParts()
{
    QFile list(backupPartsList());
    if (!list.open(QIODevice::ReadOnly))
        return;
    const QStringList parts = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
    list.close();
    QStringList running;
    for (const QString& part : parts) {
        if (!UserDatabase::isBackupLeftOver(part)) {
            running.append(part); // another Vigie's backup, still on its way
            continue;
        }
        QFile::remove(part);
        QFile::remove(part + QStringLiteral("-journal"));
    }
    QFile::remove(list.fileName());
    for (const QString& part : std::as_const(running))
        noteBackupPart(part, true);
}

void UserData::beginCheck()
{
    // A backup killed on the way left its temporary beside its target: this session starts, so none is running.
    removeLeftoverBackupParts();
    m_reader.reset();
    m_database.reset();
    m_unavailable.clear();
}

QString UserData::checkAtStart(int busyMs)
{
    beginCheck();
    return settleCheck(UserDatabase::diagnose(m_path, busyMs));
}

void UserData::checkInBackground(int busyMs)
{
    beginCheck();
    auto diagnosis = std::make_shared<UserDatabase::Diagnosis>();
    runInBackground(
        tr("Your database “%1” is being checked; try again in a moment.").arg(m_path),
        QStringLiteral("User data check"),
        [path = m_path, busyMs, diagnosis] {
            *diagnosis = UserDatabase::diagnose(path, busyMs);
            // A sound file of an older Vigie is migrated here too (its search index built over every figure),
            // not later on the window's thread.
            if (diagnosis->health == UserDatabase::Health::Sound) {
                QString error;
                if (!UserDatabase::open(path, &error))
                    *diagnosis = {UserDatabase::Health::Unusable, error};
            }
        },
        [this, diagnosis] {
            const QString message = settleCheck(*diagnosis);
            emit checked(message);
            if (m_unavailable.isEmpty() && exists())
                emit figuresChanged();
        });
}

void UserData::removeInBackground()
{
    if (QString refused = removalRefusal(); !refused.isEmpty()) {
        // Said the same way as a removal that ran, after this call returns.
        QMetaObject::invokeMethod(this, [this, refused] { emit removed(refused); }, Qt::QueuedConnection);
        return;
    }
    auto error = std::make_shared<QString>();
    runInBackground(
        tr("Your figures are being removed from “%1”; try again in a moment.").arg(m_path),
        QStringLiteral("User data removal"),
        [path = m_path, error] {
            // Its own connection: a connection is used only on the thread that opened it.
            if (const auto db = UserDatabase::open(path, error.get()))
                *error = db->removeEverything();
        },
        [this, error] {
            emit removed(*error);
            emit figuresChanged(); // whether removed or not, the pages read the file again
        });
}

void UserData::runInBackground(const QString& why, const QString& threadName, std::function<void()> work,
                               std::function<void()> done)
{
    // Nothing of the file stays open here while the worker has it.
    m_reader.reset();
    m_database.reset();
    m_busy = true;
    m_unavailable = why;
    if (m_worker)
        m_worker->wait();
    const int number = ++m_workNumber;
    m_worker.reset(QThread::create(std::move(work)));
    m_worker->setObjectName(threadName);
    connect(m_worker.get(), &QThread::finished, this, [this, number, done = std::move(done)] {
        if (number != m_workNumber)
            return; // an earlier work's end, arriving after a later one began
        m_busy = false;
        m_unavailable.clear();
        done();
    });
    m_worker->start();
}

QString UserData::settleCheck(const UserDatabase::Diagnosis& diagnosis)
{
    switch (diagnosis.health) {
    case UserDatabase::Health::Missing:
    case UserDatabase::Health::Sound:
        return {};
    case UserDatabase::Health::InUse:
        m_unavailable = tr("Your database “%1” is in use by another program.").arg(m_path);
        return m_unavailable + u' '
            + tr("Vigie starts without your figures and leaves the file as it is: restart Vigie once the other "
                 "program has finished.");
    case UserDatabase::Health::Unusable:
        m_unavailable = tr("Your database “%1” cannot be opened (%2).").arg(m_path, diagnosis.detail);
        return m_unavailable + u' ' + tr("Vigie starts without your figures and leaves the file as it is.");
    case UserDatabase::Health::Corrupt:
        break;
    }
    const QString aside = UserDatabase::keepAside(m_path);
    if (aside.isEmpty()) {
        m_unavailable = tr("Your database “%1” is damaged (%2).").arg(m_path, diagnosis.detail);
        return m_unavailable + u' ' + tr("It could not be moved aside: Vigie starts without your figures.");
    }
    return tr("Your database “%1” is damaged (%2). It was kept as “%3”, and Vigie starts on its own data.")
        .arg(m_path, diagnosis.detail, aside);
}

QList<Figure> UserData::figures()
{
    // Through the one read connection the service keeps, not a new view of the file for every reload.
    const ThreatDatabase* user = reader();
    QList<Figure> result = user ? user->figures() : QList<Figure>();
    for (Figure& f : result)
        f.userData = true;
    return result;
}

int UserData::figureCount()
{
    const ThreatDatabase* user = reader();
    return user ? user->count(QStringLiteral("figure")) : 0;
}

const ThreatDatabase* UserData::reader()
{
    // Opening the writer first migrates a database made by an older Vigie, so that it has the totals.
    if (!m_reader && database(false))
        m_reader = ThreatDatabase::openFile(m_path);
    return m_reader.get();
}

FigureCsv::ImportResult UserData::importFile(const QString& csvPath)
{
    // A file that cannot be a table is refused before the user's database is opened (or made).
    if (const QString refused = FigureCsv::refusal(csvPath); !refused.isEmpty())
        return {0, refused};
    QString error;
    UserDatabase* db = database(true, &error);
    if (!db)
        return {0, error};
    FigureCsv::ImportResult result = FigureCsv::importFile(csvPath, *db, m_embedded.figureKeys());
    if (result.ok() && result.imported > 0)
        emit figuresChanged();
    return result;
}

QString UserData::exportCsv(const QString& target, Export what)
{
    if (m_busy) // the user's figures are not readable yet: an export now would leave them out
        return m_unavailable;
    const ThreatDatabase* user = reader();
    if (what == Export::YourFigures && (!user || user->count(QStringLiteral("figure")) == 0)) {
        if (!m_unavailable.isEmpty())
            return m_unavailable;
        return tr("You have no figures of your own to export yet: import some first, or export all figures.");
    }
    // Written a figure at a time as the database is read: a million figures are never held at once.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(target, file.errorString());
    bool written = file.write(FigureCsv::headerLine()) >= 0;
    // The user's topics' names go with their figures, so that the file imports as it was.
    const QHash<QString, LocalizedText> topicLabels = user ? user->topicLabels() : QHash<QString, LocalizedText>();
    auto writeFigure = [&file, &written, &topicLabels](const Figure& f) {
        written = file.write(FigureCsv::line(f, f.userData ? topicLabels.value(f.topic) : LocalizedText())) >= 0;
        return written;
    };
    if (what == Export::AllFigures && written && !m_embedded.forEachFigure(writeFigure)) {
        file.cancelWriting();
        return tr("Cannot read Vigie's own figures: nothing was written.");
    }
    if (user && written) {
        const bool read = user->forEachFigure([&](const Figure& f) {
            Figure mine = f;
            mine.userData = true;
            return writeFigure(mine);
        });
        if (!read && written) {
            file.cancelWriting();
            return tr("Cannot read your figures from “%1”: nothing was written.").arg(m_path);
        }
    }
    if (!written || !file.commit())
        return tr("Cannot write “%1”: %2").arg(target, file.errorString());
    return {};
}

QString UserData::removalRefusal()
{
    if (m_busy) // the file is being checked, or emptied, on another thread
        return m_unavailable;
    if (!exists())
        return tr("You have no figures of your own to remove.");
    QString error;
    database(false, &error); // the file is one Vigie can open, migrated
    return error;
}

QString UserData::removeYourFigures()
{
    if (QString refused = removalRefusal(); !refused.isEmpty())
        return refused;
    if (QString problem = database(false)->removeEverything(); !problem.isEmpty())
        return problem;
    m_reader.reset(); // the file was compacted under it
    emit figuresChanged();
    return {};
}

QString UserData::backupTo(const QString& target)
{
    if (!exists())
        return tr("You have no data of your own yet (there is no user database at “%1”): "
                  "import some first.")
            .arg(m_path);
    if (!m_unavailable.isEmpty())
        return m_unavailable;
    // The backup's temporary is noted beside the database while it is written, so that the next start removes
    // it if this run is killed on the way.
    const QString part = UserDatabase::backupPart(target);
    noteBackupPart(part, true);
    const auto unnote = qScopeGuard([&] { noteBackupPart(part, false); });
    // Through the connection this session uses, or, when none is open yet (the command line), straight from the
    // file, read-only: a backup never changes the database it copies.
    if (m_database)
        return m_database->backupTo(target);
    return UserDatabase::backupFile(m_path, target);
}

QStringList UserData::countedTables()
{
    return {QStringLiteral("source"),       QStringLiteral("figure"), QStringLiteral("series"),
            QStringLiteral("series_point"), QStringLiteral("event"),  QStringLiteral("treaty_status"),
            QStringLiteral("centre")};
}

UserData::FileReport UserData::inspect(const QString& path)
{
    FileReport report;
    const QFileInfo info(path);
    if (!info.exists()) {
        report.error = tr("there is no such file");
        return report;
    }
    if (!info.isFile()) {
        report.error = tr("it is not a regular file");
        return report;
    }
    if (info.size() == 0) {
        report.error = tr("the file is empty, so it is not a Vigie database");
        return report;
    }
    // A file left with the journal of an interrupted write: opened read-only, SQLite cannot roll it back, and a
    // check must not change the file it reads. So the check reads a private copy of the file and its journal,
    // where SQLite rolls the write back as it would at Vigie's next start.
    QTemporaryDir copyDir;
    QString checked = path;
    const QStringList sides = {QStringLiteral("-journal"), QStringLiteral("-wal")};
    if (std::any_of(sides.cbegin(), sides.cend(), [&](const QString& side) { return QFileInfo::exists(path + side); })) {
        checked = copyDir.filePath(QStringLiteral("copy.sqlite"));
        bool copied = copyDir.isValid() && QFile::copy(path, checked);
        for (const QString& side : sides) {
            if (copied && QFileInfo::exists(path + side))
                copied = QFile::copy(path + side, checked + side);
        }
        if (!copied) {
            report.error = tr("it has the journal of an interrupted write, and no private copy could be made to "
                              "read it");
            return report;
        }
        const UserDatabase::Diagnosis diagnosis = UserDatabase::diagnose(checked, 0);
        if (diagnosis.health != UserDatabase::Health::Sound) {
            report.error = diagnosis.detail;
            return report;
        }
        report.recovered = true;
    }
    const auto db = ThreatDatabase::openFile(checked, &report.error);
    report.integrity = UserDatabase::checkIntegrity(checked);
    if (!db)
        return report;
    report.readable = true;
    report.schemaVersion = db->schemaVersion();
    for (const QString& table : countedTables())
        report.counts.append({table, db->count(table)});
    report.foreignKeys = db->foreignKeyProblems();
    return report;
}

} // namespace Vigie
