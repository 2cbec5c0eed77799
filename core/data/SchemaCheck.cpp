// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/SchemaCheck.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "core/dataio/SqlConnection.h"

namespace Vigie {

namespace {

/// The embedded schema script (":/data/schema.sql"), read once.
const QString& script()
{
    static const QString text = [] {
        QFile file(QStringLiteral(":/data/schema.sql"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return text;
}

/// The schema script split into its CREATE TABLE statements, by table name.
const QHash<QString, QString>& statements()
{
    static const QHash<QString, QString> byTable = [] {
        QHash<QString, QString> result;
        static const QRegularExpression create(QStringLiteral("CREATE (?:VIRTUAL )?TABLE (\\w+) (?:USING fts5 )?\\((.*?)\\n\\);"),
                                               QRegularExpression::DotMatchesEverythingOption);
        for (auto it = create.globalMatch(script()); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            result.insert(m.captured(1), m.captured(0));
        }
        return result;
    }();
    return byTable;
}

/// A statement as SQLite stores it in sqlite_master, compared without comments, spacing or the final ';'.
QString normalised(QString sql)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    sql.remove(comment);
    sql.replace(space, QStringLiteral(" "));
    sql = sql.trimmed();
    if (sql.endsWith(u';'))
        sql.chop(1);
    return sql.trimmed();
}

/// A table SQLite's full-text search keeps behind one of the script's virtual tables.
struct ShadowTable
{
    QString owner; ///< the virtual table it belongs to
    QString definition; ///< normalised, as this SQLite writes it
};

/// Every shadow table of the script's virtual tables, by name: read off a scratch database in memory, once.
const QHash<QString, ShadowTable>& shadowTables()
{
    static const QHash<QString, ShadowTable> byName = [] {
        QHash<QString, ShadowTable> result;
        for (const QString& table : statements().keys()) {
            if (!statements().value(table).contains(QLatin1String("VIRTUAL")))
                continue;
            // One scratch database a virtual table, so that each shadow table is known by its owner.
            SqlConnection scratch(QStringLiteral(":memory:"));
            QSqlDatabase& db = scratch.database();
            QSqlQuery q(db);
            if (!db.open() || !q.exec(statements().value(table)))
                continue;
            q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name != ?"));
            q.addBindValue(table);
            if (q.exec()) {
                while (q.next())
                    result.insert(q.value(0).toString(), {table, normalised(q.value(1).toString())});
            }
        }
        return result;
    }();
    return byName;
}

/// Whether @p name is a shadow table, defined as SQLite defines it, of a virtual table in @p expected.
bool isShadowTable(const QString& name, const QString& sql, const QStringList& expected)
{
    const auto it = shadowTables().constFind(name);
    return it != shadowTables().constEnd() && it->definition == normalised(sql) && expected.contains(it->owner);
}

} // namespace

int SchemaCheck::currentVersion()
{
    // The script says it (and the database build writes it): one number, never a second copy of it here.
    static const QRegularExpression version(QStringLiteral("PRAGMA user_version = (\\d+);"));
    static const int current = version.match(script()).captured(1).toInt();
    return current;
}

QStringList SchemaCheck::tablesInScript()
{
    return statements().keys();
}

QStringList SchemaCheck::tablesAddedIn(int version)
{
    switch (version) {
    case 1:
        return {QStringLiteral("source"), QStringLiteral("figure"), QStringLiteral("series"),
                QStringLiteral("series_point")};
    case 2:
        return {QStringLiteral("event"), QStringLiteral("treaty_status"), QStringLiteral("centre"),
                QStringLiteral("centre_fact"), QStringLiteral("centre_country")};
    case 3:
        return {QStringLiteral("figure_total")};
    case 4:
        return {QStringLiteral("figure_detail"), QStringLiteral("source_detail"), QStringLiteral("dataset")};
    case 5:
        return {QStringLiteral("figure_search")};
    case 6:
        return {QStringLiteral("topic_label"), QStringLiteral("figure_total_source")};
    default:
        return {};
    }
}

QStringList SchemaCheck::tablesOf(int version)
{
    QStringList tables;
    for (int v = 1; v <= version; ++v)
        tables += tablesAddedIn(v);
    return tables;
}

QString SchemaCheck::createStatement(const QString& table)
{
    return statements().value(table);
}

QString SchemaCheck::problems(QSqlDatabase& database, int version)
{
    if (version < 1 || version > currentVersion())
        return tr("schema version %1 is not one of Vigie's (1 to %2)").arg(version).arg(currentVersion());
    const QStringList expected = tablesOf(version);
    QStringList found;
    QStringList wrong;
    QSqlQuery q(database);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
        return q.lastError().text();
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        const QString table = q.value(2).toString();
        if (type == QLatin1String("table") && expected.contains(name)) {
            if (normalised(q.value(3).toString()) != normalised(createStatement(name)))
                wrong.append(tr("the table “%1” is not defined as Vigie defines it").arg(name));
            found.append(name);
        } else if ((type == QLatin1String("index") && q.value(3).isNull() && expected.contains(table)
                    && name.startsWith(QStringLiteral("sqlite_autoindex_%1_").arg(table)))
                   || (type == QLatin1String("table") && isShadowTable(name, q.value(3).toString(), expected))) {
            // What SQLite makes itself: the index of a table's primary key, and the tables that full-text
            // search keeps its index in.
            continue;
        } else if (type == QLatin1String("trigger")) {
            wrong.append(tr("it holds a trigger “%1”, which Vigie never makes").arg(name));
        } else if (type == QLatin1String("view")) {
            wrong.append(tr("it holds a view “%1”, which Vigie never makes").arg(name));
        } else {
            wrong.append(tr("it holds “%1”, which is not Vigie's").arg(name));
        }
    }
    for (const QString& table : expected) {
        if (!found.contains(table))
            wrong.append(tr("the table “%1” is missing").arg(table));
    }
    return wrong.join(QStringLiteral("; "));
}

} // namespace Vigie
