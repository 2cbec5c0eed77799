// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <optional>

#include <QString>
#include <QStringList>

#include "core/data/Records.h"

class QSqlQuery;
class QTemporaryDir;

namespace Vigie {

class SqlConnection;

/// Read-only access to a threat database: the embedded one, or any file of the same schema. All of Vigie's
/// SQL for reading figures lives here; callers get plain records.
class ThreatDatabase
{
public:
    ~ThreatDatabase();
    Q_DISABLE_COPY_MOVE(ThreatDatabase)

    /// Opens the database built into the executable. QSQLITE cannot read a Qt resource, so it is copied
    /// to a private temporary folder first, and opened read-only.
    static std::unique_ptr<ThreatDatabase> openEmbedded(QString* error = nullptr);
    /// Opens a database file read-only.
    static std::unique_ptr<ThreatDatabase> openFile(const QString& path, QString* error = nullptr);

    int schemaVersion() const;
    /// True if a write would succeed. The embedded database must answer false.
    bool isWritable() const;
    QString path() const;

    std::optional<Figure> figure(const QString& key) const;
    QList<Figure> figures(const QString& topic = {}) const;
    /// Calls @p visit with each figure in the order of figures(), one at a time, so that a million of them are
    /// never held at once; @p visit returns false to stop. Returns false when the figures could not be read.
    bool forEachFigure(const std::function<bool(const Figure&)>& visit) const;
    /// The figures with these rowids, by rowid (the Sources list reads its visible rows so).
    QHash<qint64, Figure> figuresAt(const QList<qint64>& rowids) const;
    /// The rowid of the figure with @p key, or 0 when there is none.
    qint64 rowidOf(const QString& key) const;
    /// The key of every figure: what an import of the user's figures must not reuse.
    QStringList figureKeys() const;
    std::optional<Series> series(const QString& id) const;
    int count(const QString& table) const;
    /// The dataset's version and the date it was last checked; empty in a database without them.
    DatasetInfo dataset() const;
    /// Each row that refers to a row that is not there ("figure 12 → source"), in words; empty when none.
    QStringList foreignKeyProblems() const;

    // The aggregates a chart of many figures needs, read from the totals the writers keep (FigureTotals).
    /// Figures of unit "count" in @p topic, summed by the year their period starts in, oldest first.
    QList<Total> totalsByYear(const QString& topic) const;
    /// Figures of unit "count" whose period starts in @p year, summed by topic.
    QList<Total> totalsByTopic(int year) const;
    /// Every topic with figures of unit "count", the largest sum first.
    QList<Total> totalTopics() const;
    /// The sources that the sums of @p topic's counts come from, year by year, most figures first (schema 6).
    QList<TotalSource> totalSources(const QString& topic) const;
    /// The names that the user's files gave their topics, by topic (schema 6); empty for Vigie's own.
    QHash<QString, LocalizedText> topicLabels() const;

    // Empty for a database made before these tables existed (schema version 1).
    QList<Centre> centres() const;
    QList<TreatyStatus> treatyStatuses(const QString& treaty) const;
    QList<Event> events() const;

private:
    ThreatDatabase();
    /// Whether open() compares the file's tables with Vigie's schema: always, except for the copy of the
    /// database this build embeds, which was made from that schema (TestDatasetContent checks it).
    enum class SchemaCheckPolicy { Check, Skip };
    bool open(const QString& path, QString* error, SchemaCheckPolicy policy = SchemaCheckPolicy::Check);
    /// The one query for figures: those of @p topic (or all), in order, one at a time.
    bool readFigures(const QString& topic, const std::function<bool(const Figure&)>& visit) const;

    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<SqlConnection> m_connection;
    bool m_detailed = false; ///< schema version 4 or later: figure_detail, source_detail, dataset
    /// figure(key), prepared once: the window asks for a dozen figures as it opens, and preparing the join
    /// cost more than running it. Declared after the connection, so that it goes first.
    mutable std::unique_ptr<QSqlQuery> m_figureQuery;
};

} // namespace Vigie
