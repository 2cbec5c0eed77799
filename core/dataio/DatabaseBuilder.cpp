// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataio/DatabaseBuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/dataio/CsvReader.h"
#include "core/dataio/FigureTotals.h"
#include "core/dataio/FigureWords.h"
#include "core/dataio/SqlConnection.h"

namespace Vigie {

namespace {

struct ColumnInfo
{
    QString name;
    QString type; // upper-case declared type
};

QList<ColumnInfo> tableColumns(QSqlDatabase& db, const QString& table)
{
    QList<ColumnInfo> columns;
    QSqlQuery query(db);
    // PRAGMA arguments cannot be bound; the name comes from our own file names and is checked below.
    query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    while (query.next())
        columns.append({query.value(1).toString(), query.value(2).toString().toUpper()});
    return columns;
}

bool isIdentifier(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_') || c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace

QString LoadError::toString() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason)
                    : QStringLiteral("%1: %2").arg(file, reason);
}

std::optional<QString> DatabaseBuilder::applySchema(QSqlDatabase& db, const QString& script)
{
    QString statement;
    const QStringList lines = script.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("--")) || line.isEmpty())
            continue;
        statement += line + u'\n';
        if (line.endsWith(u';')) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return QStringLiteral("%1 in: %2").arg(query.lastError().text(), statement.trimmed());
            statement.clear();
        }
    }
    if (!statement.trimmed().isEmpty())
        return QStringLiteral("statement without a final ';': %1").arg(statement.trimmed());
    return std::nullopt;
}

std::optional<LoadError> DatabaseBuilder::insertTable(QSqlDatabase& db, const QString& tableName,
                                                      const CsvTable& table, const QString& fileName)
{
    if (!isIdentifier(tableName))
        return LoadError{fileName, 0, QStringLiteral("'%1' is not a valid table name").arg(tableName)};
    const QList<ColumnInfo> columns = tableColumns(db, tableName);
    if (columns.isEmpty())
        return LoadError{fileName, 0, QStringLiteral("no table '%1' in the schema").arg(tableName)};

    QList<ColumnInfo> used;
    for (const QString& name : table.header) {
        auto it = std::find_if(columns.cbegin(), columns.cend(), [&](const ColumnInfo& c) { return c.name == name; });
        if (it == columns.cend())
            return LoadError{fileName, 1, QStringLiteral("unknown column '%1' for table '%2'").arg(name, tableName)};
        if (std::any_of(used.cbegin(), used.cend(), [&](const ColumnInfo& c) { return c.name == name; }))
            return LoadError{fileName, 1, QStringLiteral("column '%1' appears twice").arg(name)};
        used.append(*it);
    }

    QStringList names;
    QStringList marks;
    for (const ColumnInfo& c : used) {
        names.append(u'"' + c.name + u'"');
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                            .arg(tableName, names.join(u','), marks.join(u','))))
        return LoadError{fileName, 0, insert.lastError().text()};

    for (const CsvRow& row : table.rows) {
        for (qsizetype i = 0; i < used.size(); ++i) {
            const QString& text = row.cells.at(i);
            const ColumnInfo& column = used.at(i);
            if (text.isEmpty()) {
                insert.bindValue(int(i), QVariant());
                continue;
            }
            if (column.type.contains(QLatin1String("INT"))) {
                bool ok = false;
                const qlonglong v = text.toLongLong(&ok);
                if (!ok)
                    return LoadError{fileName, row.line,
                                     QStringLiteral("'%1' is not a whole number (column %2)").arg(text, column.name)};
                insert.bindValue(int(i), v);
            } else if (column.type.contains(QLatin1String("REAL"))) {
                bool ok = false;
                const double v = text.toDouble(&ok); // QString::toDouble uses the C locale: a dot as decimal point
                if (!ok)
                    return LoadError{fileName, row.line,
                                     QStringLiteral("'%1' is not a number (column %2)").arg(text, column.name)};
                insert.bindValue(int(i), v);
            } else {
                insert.bindValue(int(i), text);
            }
        }
        if (!insert.exec())
            return LoadError{fileName, row.line, insert.lastError().databaseText()};
    }
    return std::nullopt;
}

std::optional<LoadError> DatabaseBuilder::build(const QString& dbPath, const QString& schemaPath,
                                                const QStringList& csvPaths)
{
    QFile schemaFile(schemaPath);
    if (!schemaFile.open(QIODevice::ReadOnly))
        return LoadError{schemaPath, 0, schemaFile.errorString()};
    const QString schema = QString::fromUtf8(schemaFile.readAll());

    // Build beside the target and rename at the end, so a failed build never leaves a half-filled database.
    const QString partial = dbPath + QStringLiteral(".partial");
    QFile::remove(partial);
    std::optional<LoadError> error;
    {
        SqlConnection connection(partial);
        QSqlDatabase& db = connection.database();
        if (!db.open())
            return LoadError{dbPath, 0, db.lastError().text()};
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (auto schemaError = applySchema(db, schema)) {
            error = LoadError{schemaPath, 0, *schemaError};
        } else {
            db.transaction();
            for (const QString& path : csvPaths) {
                const QString fileName = QFileInfo(path).fileName();
                const CsvTable table = CsvReader::readFile(path);
                if (!table.ok()) {
                    error = LoadError{fileName, table.errorLine, table.error};
                    break;
                }
                if ((error = insertTable(db, QFileInfo(path).completeBaseName(), table, fileName)))
                    break;
            }
            if (!error) {
                if (const QString totals = FigureTotals::rebuild(db); !totals.isEmpty())
                    error = LoadError{dbPath, 0, totals};
                else if (const QString sources = FigureTotals::rebuildSources(db); !sources.isEmpty())
                    error = LoadError{dbPath, 0, sources};
                else if (const QString words = FigureWords::add(db); !words.isEmpty())
                    error = LoadError{dbPath, 0, words};
            }
            if (error) {
                db.rollback();
            } else if (!db.commit()) {
                error = LoadError{dbPath, 0, db.lastError().text()};
            } else {
                QSqlQuery(db).exec(QStringLiteral("VACUUM"));
            }
        }
        db.close();
    }
    if (error) {
        QFile::remove(partial);
        return error;
    }
    QFile::remove(dbPath);
    if (!QFile::rename(partial, dbPath))
        return LoadError{dbPath, 0, QStringLiteral("cannot move the new database into place")};
    return std::nullopt;
}

} // namespace Vigie
