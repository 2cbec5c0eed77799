// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QString>

class QSqlDatabase;
struct sqlite3;

namespace Vigie {

/// A database file is code: its triggers and views run when Vigie reads or writes it. Every connection Vigie
/// opens is hardened first: SQLite's defensive mode, no triggers, no views, and no functions from the schema.
/// Vigie's own schema needs none of them.
class SqliteDefences
{
public:
    /// Hardens an open connection; returns an error, or an empty string.
    static QString harden(QSqlDatabase& database);
    /// True when SQLite opened the file read-only, as it does without a word when the file or its folder may
    /// not be written.
    static bool isReadOnly(QSqlDatabase& database);
    /// The native handle of an open QSQLITE connection, or nullptr.
    static sqlite3* handle(QSqlDatabase& database);
};

/// While alive, stops any statement on its connection that runs past a time budget (SQLITE_INTERRUPT), so that
/// a hostile or huge file cannot hang Vigie: a quick check is bounded, and so is anything else.
class StatementBudget
{
public:
    StatementBudget(QSqlDatabase& database, std::chrono::milliseconds budget);
    ~StatementBudget();
    Q_DISABLE_COPY_MOVE(StatementBudget)

    /// True once a statement was stopped for running past the budget.
    bool expired() const { return m_expired; }

private:
    static int check(void* self);

    sqlite3* m_handle;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_expired = false;
};

} // namespace Vigie
