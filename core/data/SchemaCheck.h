// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Vigie {

/// Vigie's schema, version by version, and the check that a database file has exactly that schema: the tables
/// of its version with Vigie's own definitions, their automatic indexes, and nothing else (no trigger, no
/// view, no table or index of another program). Migrations are the versions' additions, applied in order.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::SchemaCheck)

public:
    /// The schema version this Vigie writes: the schema script's user_version.
    static int currentVersion();
    /// Every table the schema script creates (tablesOf(currentVersion()) must name the same).
    static QStringList tablesInScript();
    /// The tables that schema @p version added to the one before (version 1: the first tables).
    static QStringList tablesAddedIn(int version);
    /// Every table of schema @p version, in creation order.
    static QStringList tablesOf(int version);
    /// Vigie's CREATE TABLE statement for @p table, as the schema script writes it.
    static QString createStatement(const QString& table);

    /// What differs between @p database's schema and Vigie's of @p version, in words (translated); empty when
    /// they are the same.
    static QString problems(QSqlDatabase& database, int version);
};

} // namespace Vigie
