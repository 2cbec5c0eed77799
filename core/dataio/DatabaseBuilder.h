// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Vigie {

struct CsvTable;

/// Where and why loading data failed: "figures.csv:12: text in the number column value".
struct LoadError
{
    QString file;
    int line = 0;
    QString reason;

    QString toString() const;
};

/// Builds a SQLite database from a schema script and CSV files, one file per table (the file's base name is
/// the table's name, its header names the columns). Every value is checked against its column's declared
/// type and constraints, so a bad row stops the build with its file, line and reason.
class DatabaseBuilder
{
public:
    /// Writes a fresh database at @p dbPath. On failure the previous file, if any, is left as it was.
    static std::optional<LoadError> build(const QString& dbPath, const QString& schemaPath, const QStringList& csvPaths);

    /// Runs a schema script: statements end with ';' at the end of a line; lines starting with "--" are comments.
    static std::optional<QString> applySchema(QSqlDatabase& db, const QString& script);

    /// Inserts every row of @p table into @p tableName. Does not open or commit a transaction.
    static std::optional<LoadError> insertTable(QSqlDatabase& db, const QString& tableName, const CsvTable& table,
                                                const QString& fileName);
};

} // namespace Vigie
