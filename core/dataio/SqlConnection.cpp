// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataio/SqlConnection.h"

#include <QUuid>

namespace Vigie {

SqlConnection::SqlConnection(const QString& path, const QString& connectOptions)
    : m_name(QStringLiteral("vigie-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name))
{
    m_db.setDatabaseName(path);
    if (!connectOptions.isEmpty())
        m_db.setConnectOptions(connectOptions);
}

SqlConnection::~SqlConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace Vigie
