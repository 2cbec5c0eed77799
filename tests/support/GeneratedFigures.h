// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "core/dataio/FigureTotals.h"
#include "core/dataio/FigureWords.h"

// Fills a user database with many figures straight in SQL, as an import would leave them (with their words
// and totals), for the tests and benchmarks of a million figures: far faster to make than a CSV import.
namespace GeneratedFigures {

constexpr int topicCount = 10;
constexpr int hospitalEvery = 1000; ///< one figure in this many is labelled as a hospital's

inline QString key(int row) { return QStringLiteral("generated.%1").arg(row); }
inline qint64 value(int row) { return (qint64(row) * 7919) % 100000; }

/// Adds figures 1 to @p rows to @p db in one transaction; returns an error text, or an empty string.
inline QString fill(QSqlDatabase& db, int rows)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN")))
        return q.lastError().text();
    q.exec(QStringLiteral("INSERT INTO source (id, publisher, title, url, language, short_en, short_fr) VALUES "
                          "('user-generated', 'Générateur', 'Generated rows', 'https://example.org/g', 'other', "
                          "'Générateur', 'Générateur')"));
    q.prepare(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO figure (key, topic, value, number, unit, period, label_en, label_fr, confidence, source_id, quote) "
        "SELECT 'generated.' || i, 'generated-' || (i % %1), (i * 7919) % 100000, (i * 7919) % 100000, 'count', "
        "1990 + i % 35, CASE WHEN i % %2 = 0 THEN 'Hospital figure ' || i ELSE 'Generated figure ' || i END, "
        "CASE WHEN i % %2 = 0 THEN 'Chiffre d''hôpital ' || i ELSE 'Chiffre généré ' || i END, "
        "CASE i % 3 WHEN 0 THEN 'high' WHEN 1 THEN 'medium' ELSE 'low' END, 'user-generated', "
        "'generated for testing ' || i FROM n")
                  .arg(topicCount)
                  .arg(hospitalEvery));
    q.addBindValue(rows);
    if (!q.exec())
        return q.lastError().text();
    if (QString error = Vigie::FigureWords::add(db); !error.isEmpty())
        return error;
    if (QString error = Vigie::FigureTotals::rebuild(db); !error.isEmpty())
        return error;
    return q.exec(QStringLiteral("COMMIT")) ? QString() : q.lastError().text();
}

} // namespace GeneratedFigures
