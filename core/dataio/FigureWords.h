// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Vigie {

/// Keeps the figure_search index (schema.sql) in step with the figure table: every writer of figures (the
/// database build, a migration, the import) adds the words of the figures it wrote, in its own transaction.
/// A figure's words are its key, topic, labels, value (a number also with its digits grouped, so that
/// "278 770" and "278,770" find 278770), unit, period, quote, notes, and its source's and relay's publisher
/// and title.
class FigureWords
{
public:
    /// Indexes the words of every figure whose rowid is above @p afterRowid. Returns an error text, or an
    /// empty string.
    static QString add(QSqlDatabase& db, qint64 afterRowid = 0);

    /// The FTS5 query for what a user typed: every word must begin a word of the figure, whatever its case
    /// and accents ("hôp" finds "Hôpital"). Empty when @p text holds no letter or digit (no filter).
    static QString matchQuery(const QString& text);
};

} // namespace Vigie
