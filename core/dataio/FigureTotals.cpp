// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataio/FigureTotals.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Vigie {

QString FigureTotals::rebuild(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM figure_total"))
        || !q.exec(QStringLiteral("INSERT INTO figure_total (unit, topic, year, figures, sum) "
                                  "SELECT unit, topic, substr(period, 1, 4), count(*), total(number) FROM figure "
                                  "WHERE number IS NOT NULL AND length(period) >= 4 GROUP BY 1, 2, 3")))
        return q.lastError().text();
    return {};
}

QString FigureTotals::rebuildSources(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM figure_total_source"))
        || !q.exec(QStringLiteral("INSERT INTO figure_total_source (unit, topic, year, source_id, figures, low) "
                                  "SELECT unit, topic, substr(period, 1, 4), source_id, count(*), "
                                  "sum(confidence = 'low') FROM figure "
                                  "WHERE number IS NOT NULL AND length(period) >= 4 GROUP BY 1, 2, 3, 4")))
        return q.lastError().text();
    return {};
}

void FigureTotals::count(const QByteArray& unit, const QByteArray& topic, const QByteArray& period,
                         std::optional<double> number, const QByteArray& sourceId, bool lowConfidence)
{
    if (!number || period.size() < 4)
        return;
    Group key {unit, topic, period.first(4)};
    auto it = m_groups.find(key);
    if (it == m_groups.end()) {
        // Deep copies for the key that stays: a reader's cells point into a buffer that its next block replaces.
        key.unit = QByteArray(unit.constData(), unit.size());
        key.topic = QByteArray(topic.constData(), topic.size());
        it = m_groups.insert(key, {});
    }
    ++it->figures;
    it->sum += *number;
    FromSource from {it.key(), sourceId};
    auto source = m_sources.find(from);
    if (source == m_sources.end()) {
        from.sourceId = QByteArray(sourceId.constData(), sourceId.size());
        source = m_sources.insert(from, {});
    }
    ++source->figures;
    source->low += lowConfidence ? 1 : 0;
}

QString FigureTotals::addTo(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO figure_total (unit, topic, year, figures, sum) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (unit, topic, year) DO UPDATE SET figures = figures + excluded.figures, "
                             "sum = sum + excluded.sum"));
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        q.addBindValue(QString::fromUtf8(it.key().unit));
        q.addBindValue(QString::fromUtf8(it.key().topic));
        q.addBindValue(QString::fromUtf8(it.key().year));
        q.addBindValue(it.value().figures);
        q.addBindValue(it.value().sum);
        if (!q.exec())
            return q.lastError().text();
    }
    QSqlQuery sources(db);
    sources.prepare(QStringLiteral("INSERT INTO figure_total_source (unit, topic, year, source_id, figures, low) "
                                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (unit, topic, year, source_id) DO UPDATE "
                                   "SET figures = figures + excluded.figures, low = low + excluded.low"));
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        sources.addBindValue(QString::fromUtf8(it.key().group.unit));
        sources.addBindValue(QString::fromUtf8(it.key().group.topic));
        sources.addBindValue(QString::fromUtf8(it.key().group.year));
        sources.addBindValue(QString::fromUtf8(it.key().sourceId));
        sources.addBindValue(it.value().figures);
        sources.addBindValue(it.value().low);
        if (!sources.exec())
            return sources.lastError().text();
    }
    return {};
}

} // namespace Vigie
