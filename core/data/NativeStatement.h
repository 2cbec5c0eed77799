// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace Vigie {

/// A prepared SQLite statement on the native handle of an open QSQLITE connection, for the one loop that runs
/// a million times (import). QSqlQuery costs several microseconds a row in bookkeeping for each bound value;
/// this binds the file's UTF-8 bytes in place. Everywhere else, use QSqlQuery.
class NativeStatement
{
public:
    NativeStatement(QSqlDatabase& database, const QString& sql);
    ~NativeStatement();
    Q_DISABLE_COPY_MOVE(NativeStatement)

    bool isValid() const { return m_statement != nullptr; }

    /// Binds UTF-8 text by position, starting at 1. The bytes must outlive exec(): they are not copied.
    void bind(int position, const QByteArray& utf8);
    void bind(int position, std::optional<double> number);
    /// Runs the statement once and resets it for the next row. False with error() set on failure.
    bool exec();
    QString error() const { return m_error; }

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace Vigie
