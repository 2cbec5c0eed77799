// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/NativeStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Vigie {

NativeStatement::NativeStatement(QSqlDatabase& database, const QString& sql)
{
    // QSQLITE documents handle() as a QVariant holding the connection's sqlite3*.
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("not an SQLite connection");
        return;
    }
    m_handle = *static_cast<sqlite3* const*>(handle.data());
    if (!m_handle) {
        m_error = QStringLiteral("the connection is not open");
        return;
    }
    if (sqlite3_prepare16_v2(m_handle, sql.utf16(), int(sql.size() * sizeof(QChar)), &m_statement, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        m_statement = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bind(int position, const QByteArray& utf8)
{
    // constData() is never null, so an empty cell is stored as '' rather than NULL.
    sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void NativeStatement::bind(int position, std::optional<double> number)
{
    if (number)
        sqlite3_bind_double(m_statement, position, *number);
    else
        sqlite3_bind_null(m_statement, position);
}

bool NativeStatement::exec()
{
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_DONE && result != SQLITE_ROW)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return result == SQLITE_DONE || result == SQLITE_ROW;
}

} // namespace Vigie
