// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace Vigie {

/// Keeps the figure_total table (schema.sql) in step with the figure table. The database build and a
/// migration rebuild it from the rows in SQL; the import counts its rows as it writes them and adds the sums
/// at the end, because grouping a million fresh rows again in SQL would cost more than writing them.
class FigureTotals
{
public:
    /// Recomputes the whole table from the figures. Returns an error text, or an empty string.
    static QString rebuild(QSqlDatabase& db);
    /// Recomputes figure_total_source (schema 6) from the figures. Returns an error text, or an empty string.
    static QString rebuildSources(QSqlDatabase& db);

    /// Counts one figure as it is written, by the same rule as rebuild(): a number and a period of a year or more.
    void count(const QByteArray& unit, const QByteArray& topic, const QByteArray& period, std::optional<double> number,
               const QByteArray& sourceId, bool lowConfidence);
    /// Adds what was counted to the table, in the caller's transaction. Returns an error text, or an empty string.
    QString addTo(QSqlDatabase& db) const;

private:
    /// A group's key, kept apart: a topic may hold any character, a line break included.
    struct Group
    {
        QByteArray unit;
        QByteArray topic;
        QByteArray year;
        bool operator==(const Group&) const = default;
    };
    friend size_t qHash(const Group& group, size_t seed = 0) { return qHashMulti(seed, group.unit, group.topic, group.year); }
    struct Sum
    {
        qint64 figures = 0;
        double sum = 0;
    };
    struct FromSource
    {
        Group group;
        QByteArray sourceId;
        bool operator==(const FromSource&) const = default;
    };
    friend size_t qHash(const FromSource& from, size_t seed = 0) { return qHashMulti(seed, from.group, from.sourceId); }
    struct Counted
    {
        qint64 figures = 0;
        qint64 low = 0;
    };
    QHash<Group, Sum> m_groups;
    QHash<FromSource, Counted> m_sources;
};

} // namespace Vigie
