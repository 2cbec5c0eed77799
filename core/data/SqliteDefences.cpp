// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/SqliteDefences.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Vigie {

sqlite3* SqliteDefences::handle(QSqlDatabase& database)
{
    // QSQLITE documents handle() as a QVariant holding the connection's sqlite3*.
    const QVariant native = database.driver() ? database.driver()->handle() : QVariant();
    if (!native.isValid() || qstrcmp(native.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(native.data());
}

bool SqliteDefences::isReadOnly(QSqlDatabase& database)
{
    sqlite3* db = handle(database);
    return !db || sqlite3_db_readonly(db, "main") == 1;
}

QString SqliteDefences::harden(QSqlDatabase& database)
{
    sqlite3* db = handle(database);
    if (!db)
        return QStringLiteral("no SQLite handle");
    int off = 0;
    int on = 1;
    if (sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) != SQLITE_OK
        || sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &off) != SQLITE_OK
        || sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &off) != SQLITE_OK
        || sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &off) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return {};
}

StatementBudget::StatementBudget(QSqlDatabase& database, std::chrono::milliseconds budget)
    : m_handle(SqliteDefences::handle(database))
    , m_deadline(std::chrono::steady_clock::now() + budget)
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 1000, &StatementBudget::check, this);
}

StatementBudget::~StatementBudget()
{
    if (m_handle)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int StatementBudget::check(void* self)
{
    auto* budget = static_cast<StatementBudget*>(self);
    if (std::chrono::steady_clock::now() < budget->m_deadline)
        return 0;
    budget->m_expired = true;
    return 1; // interrupts the statement
}

} // namespace Vigie
