// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dataio/FigureWords.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QStringList>
#include <QVariant>

namespace Vigie {

QString FigureWords::add(QSqlDatabase& db, qint64 afterRowid)
{
    // One statement, so that SQLite does the work without a round trip a row. A database before version 4
    // has no figure_detail, but it is migrated to 5 (which adds this index) only after gaining it.
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO figure_search (rowid, words) "
        "SELECT f.rowid, f.key || ' ' || f.topic || ' ' || f.label_en || ' ' || f.label_fr || ' ' || f.value"
        " || CASE WHEN abs(f.number) >= 1000 AND abs(f.number) < 1e15"
        "         THEN ' ' || printf('%,d', CAST(f.number AS INTEGER)) ELSE '' END"
        " || ' ' || f.unit || coalesce(' ' || f.period, '') || ' ' || f.quote"
        " || coalesce(' ' || f.note_en, '') || coalesce(' ' || f.note_fr, '')"
        " || coalesce(' ' || d.value_en, '') || coalesce(' ' || d.value_fr, '')"
        " || coalesce(' ' || d.unit_en, '') || coalesce(' ' || d.unit_fr, '')"
        " || ' ' || s.publisher || ' ' || s.title"
        " || coalesce(' ' || v.publisher, '') || coalesce(' ' || v.title, '') "
        "FROM figure f JOIN source s ON s.id = f.source_id "
        "LEFT JOIN figure_detail d ON d.figure_key = f.key LEFT JOIN source v ON v.id = d.via_id "
        "WHERE f.rowid > ? ORDER BY f.rowid"));
    insert.addBindValue(afterRowid);
    if (!insert.exec())
        return insert.lastError().text();
    return {};
}

QString FigureWords::matchQuery(const QString& text)
{
    QStringList terms;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        // A word of punctuation alone would be an empty phrase, which FTS5 refuses; it narrows nothing.
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + QStringLiteral("\"*"));
    }
    return terms.join(u' ');
}

} // namespace Vigie
