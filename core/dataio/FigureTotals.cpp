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

void FigureTotals::count(const QByteArray& unit, const QByteArray& topic, const QByteArray& period,
                         std::optional<double> number)
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
    return {};
}

} // namespace Vigie
