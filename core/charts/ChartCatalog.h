// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QMutex>
#include <QStringList>

#include "core/charts/ChartData.h"
#include "core/charts/Kpi.h"

namespace Vigie {

class ThreatDatabase;
class Translations;

/// Knows which charts and KPIs Vigie offers and builds them from the database: the one place that decides
/// what a chart shows (series, breaks, notes), so that the window, the exporter and the command line agree.
class ChartCatalog {
public:
    ChartCatalog(const ThreatDatabase& database, const Translations& translations);

    /// Chart ids, in dashboard order; the command line's --chart takes them.
    static QStringList chartIds();

    std::optional<ChartData> chart(const QString& id) const;
    /// Every chart of chartIds() that the database has data for, in order.
    QList<ChartData> charts() const;
    std::optional<Kpi> kpi(const QString& id) const;

    /// The id of the chart of the user's own figures, which is not in chartIds(): it comes from another database.
    static QString userFiguresId();
    /// The user's figures of unit "count", summed by the year their period starts in, one line per topic (the
    /// largest topics first), read from the totals of @p user. Nothing when there are none.
    std::optional<ChartData> userFigures(const ThreatDatabase& user) const;
    static QStringList kpiIds();
    /// A figure Vigie shows, by key: a stored one, or one counted here (the Parties in force), to cite.
    std::optional<Figure> figure(const QString& key) const;

private:
    /// A topic of the user's chart as the reader sees it named.
    LocalizedText userTopicName(const QString& topic, const QHash<QString, LocalizedText>& labels) const;
    /// Puts on a second axis the segments of a much smaller scale than the largest (ChartSegment::secondAxis).
    void splitScales(ChartData& chart) const;
    /// Gives @p kpi the trend of its figure in the chart @p chartId.
    void addTrend(Kpi& kpi, const QString& chartId) const;
    std::optional<ChartData> build(const QString& id) const;
    /// Adds to the chart's note the key to the caveat mark, when a point carries it.
    std::optional<ChartData> withCaveatNote(std::optional<ChartData> chart) const;
    /// A chart of one yearly series, a segment per basis.
    std::optional<ChartData> yearly(const QString& seriesId, const QString& chartId, const char* title,
                                    const char* yLabel, const char* note) const;
    std::optional<ChartData> offencesByYear() const;
    std::optional<ChartData> offencesByCategory() const;
    std::optional<ChartData> ransomware() const;
    /// Security incidents health establishments declared to the CERT Santé, by year.
    std::optional<ChartData> healthIncidents() const;
    std::optional<ChartData> budapestParties() const;
    /// The Parties in force as of the treaty data's date, counted from the states' dates, as a figure.
    std::optional<Figure> budapestPartiesNow() const;
    std::optional<ChartData> timeline() const;
    /// The Budapest Convention's states, read once: its chart and its KPI both count them.
    QList<TreatyStatus> budapestStates() const;
    LocalizedText localized(const char* sourceText) const;
    /// A chart with its id, kind, unit and translated title and axis labels (untranslated source texts in).
    ChartData newChart(const QString& id, ChartKind kind, const QString& unit, const char* title, const char* xLabel,
                       const char* yLabel = nullptr) const;

    const ThreatDatabase& m_database;
    const Translations& m_translations;
    QString m_checked; ///< the dataset's date, which every chart's footer gives
    /// Charts built once: the embedded data does not change while Vigie runs, and the Overview asks for a
    /// chart for its KPI's trend and again to draw it. Locked all the same, cheaply; the catalogue reads the
    /// database, whose connection belongs to the thread that opened it, so it is used on that thread only.
    mutable QMutex m_builtLock;
    mutable QHash<QString, std::optional<ChartData>> m_built;
    mutable std::optional<QList<TreatyStatus>> m_budapestStates;
};

} // namespace Vigie
