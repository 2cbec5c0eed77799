// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "app/pages/ChartPage.h"

class QLabel;

namespace Vigie {

struct AppContext;
class CentresMiniMap;
class ChartView;
class DashboardGrid;
class DashboardTile;
class KpiCard;
class MapLocationModel;
class MapRenderer;
class WorldLoader;

/// The first page, a dashboard: the headline KPIs, the trend of recorded digital offences with its series break,
/// the Budapest Convention's progress, and a small map of the centres. Each leads to the page that shows it whole.
class OverviewPage : public ChartPage
{
    Q_OBJECT

public:
    explicit OverviewPage(const AppContext& context, QWidget* parent = nullptr);
    ~OverviewPage() override;

    /// The page's name in the navigation, known before the page is built.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    /// The chart File → Export writes: the one whose Export… or Copy was last used, at first the offences.
    ChartView* activeChart() const override { return m_active; }
    /// The headline card (2023 offences) and all of them, in order.
    KpiCard* kpiCard() const { return m_kpis.value(0); }
    QList<KpiCard*> kpiCards() const { return m_kpis; }
    ChartView* offencesChart() const { return m_chart; }
    ChartView* treatyChart() const { return m_treatyChart; }
    CentresMiniMap* miniMap() const { return m_miniMap; }
    DashboardGrid* tiles() const { return m_tiles; }
    /// The offences, treaty and map tiles, in order.
    QList<DashboardTile*> dashboardTiles() const;

signals:
    /// A KPI card asked for its figure's source.
    void sourceRequested(const QString& figureKey);
    /// A tile's link asked for a chart on the Charts page.
    void chartRequested(const QString& chartId);
    /// The map tile asked for the Map page, with a centre selected (or none: an empty id).
    void centreRequested(const QString& centreId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    /// Makes @p chart the one File → Export writes when its own Export… or Copy is used.
    void followChart(ChartView* chart);

    WorldLoader& m_world;
    std::unique_ptr<MapRenderer> m_mapRenderer;
    QLabel* m_heading;
    QList<KpiCard*> m_kpis;
    ChartView* m_chart;
    ChartView* m_treatyChart;
    ChartView* m_active;
    MapLocationModel* m_locations;
    CentresMiniMap* m_miniMap;
    DashboardGrid* m_tiles;
    DashboardTile* m_offencesTile;
    DashboardTile* m_treatyTile;
    DashboardTile* m_mapTile;
};

} // namespace Vigie
