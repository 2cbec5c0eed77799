// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Vigie {

/// Owns one named QSQLITE connection and removes it on destruction, which QSqlDatabase does not do itself.
class SqlConnection
{
public:
    explicit SqlConnection(const QString& path, const QString& connectOptions = {});
    ~SqlConnection();
    Q_DISABLE_COPY_MOVE(SqlConnection)

    QSqlDatabase& database() { return m_db; }
    const QSqlDatabase& database() const { return m_db; }
    QString name() const { return m_name; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace Vigie
