// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/OverviewPage.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/AppContext.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/LanguageManager.h"
#include "core/map/MapLocationModel.h"
#include "core/map/WorldLoader.h"
#include "widgets/AfterFirstPaint.h"
#include "widgets/ChartView.h"
#include "widgets/DashboardGrid.h"
#include "widgets/DashboardTile.h"
#include "widgets/KpiCard.h"
#include "widgets/KpiGrid.h"
#include "widgets/design/Typography.h"
#include "widgets/map/CentresMiniMap.h"
#include "widgets/map/MapRenderer.h"

namespace Vigie {

namespace {

const QString treatyChartId = QStringLiteral("budapest-parties");

// The tiles' least heights; a tile whose own texts need more takes more. The side column (treaty, then map)
// is kept low enough for a 1280×800 window to show the whole dashboard without a scroll.
constexpr int offencesHeight = 340;
constexpr int treatyHeight = 280;
constexpr int mapHeight = 200;

} // namespace

OverviewPage::OverviewPage(const AppContext& context, QWidget* parent)
    : ChartPage(context.exporter, parent)
    , m_world(context.world)
    , m_mapRenderer(std::make_unique<MapRenderer>(context.translations))
    , m_heading(new QLabel(this))
    , m_chart(new ChartView(context.renderer))
    , m_treatyChart(new ChartView(context.renderer))
    , m_active(m_chart)
    , m_locations(new MapLocationModel(this))
    , m_miniMap(new CentresMiniMap(*m_mapRenderer, *m_locations))
    , m_tiles(new DashboardGrid)
    , m_offencesTile(new DashboardTile(m_chart))
    , m_treatyTile(new DashboardTile(m_treatyChart))
    , m_mapTile(new DashboardTile(m_miniMap))
{
    Typography::apply(m_heading, Typography::Role::PageHeading);
    m_heading->setWordWrap(true);

    // Two charts on one page: Ctrl+T toggles the table of the one that has the focus.
    for (ChartView* view : {m_chart, m_treatyChart})
        view->setTableKeyLocal(true);
    auto* kpis = new KpiGrid(this);
    for (const QString& id : ChartCatalog::kpiIds()) {
        if (const auto kpi = context.catalog.kpi(id)) {
            auto* card = new KpiCard(this);
            card->setKpi(*kpi);
            connect(card, &KpiCard::sourceRequested, this, &OverviewPage::sourceRequested);
            connect(card, &KpiCard::citationRequested, this, &Page::citationRequested);
            m_kpis.append(card);
            kpis->addCard(card);
        }
    }
    const QString offencesId = ChartCatalog::chartIds().constFirst();
    // The two charts are drawn just after the window's first frame, as the small map's countries are: the
    // window opens on the figures, and the charts follow a moment later rather than holding it back.
    const ChartCatalog& catalog = context.catalog;
    AfterFirstPaint::watch(m_heading, [this, &catalog, offencesId] {
        if (const auto chart = catalog.chart(offencesId))
            m_chart->setChart(*chart);
        if (const auto chart = catalog.chart(treatyChartId))
            m_treatyChart->setChart(*chart);
        emit exportableChanged();
    });
    for (ChartView* chart : {m_chart, m_treatyChart}) {
        followChart(chart);
        connectChart(chart);
    }
    connect(m_offencesTile, &DashboardTile::opened, this, [this, offencesId] { emit chartRequested(offencesId); });
    connect(m_treatyTile, &DashboardTile::opened, this, [this] { emit chartRequested(treatyChartId); });
    connect(m_mapTile, &DashboardTile::opened, this, [this] { emit centreRequested(QString()); });
    connect(m_miniMap, &CentresMiniMap::activated, this, &OverviewPage::centreRequested);

    // The small map draws its markers at once and its countries once the outlines come: they are asked for
    // after the first frame, and parsed off this thread, so that start-up never waits for them.
    // Its markers, too, come just after that first frame: reading the centres is not worth holding it for.
    m_locations->setLanguage(context.languages.language());
    auto takeWorld = [this] { m_miniMap->setWorld(m_world.world()); };
    connect(&m_world, &WorldLoader::loaded, this, takeWorld);
    if (m_world.isLoaded())
        takeWorld();
    const ThreatDatabase& database = context.database;
    connect(m_miniMap, &CentresMiniMap::firstPainted, this, [this, &database] {
        m_locations->setCentres(database.centres());
        m_world.request();
    });

    m_tiles->addTile(m_offencesTile, offencesHeight);
    m_tiles->addTile(m_treatyTile, treatyHeight);
    m_tiles->addTile(m_mapTile, mapHeight);

    // The dashboard scrolls where the window is too short for it, rather than squeezing the charts.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(Spacing::loose);
    layout->addWidget(m_heading);
    layout->addWidget(kpis);
    layout->addWidget(m_tiles, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes to the cards and charts, which the area scrolls into view; the area itself is no stop.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

OverviewPage::~OverviewPage() = default;

QList<DashboardTile*> OverviewPage::dashboardTiles() const
{
    return {m_offencesTile, m_treatyTile, m_mapTile};
}

void OverviewPage::followChart(ChartView* chart)
{
    // Connected before the page forwards the request, so that the window exports this chart.
    connect(chart, &ChartView::exportRequested, this, [this, chart] { m_active = chart; });
    connect(chart, &ChartView::copyRequested, this, [this, chart] { m_active = chart; });
}

QString OverviewPage::pageTitle()
{
    return tr("Overview");
}

void OverviewPage::retranslate()
{
    m_heading->setText(tr("Cybercrime in France: the headline figures"));
    m_offencesTile->setTexts(tr("Recorded offences"), tr("All charts"),
                             tr("Open the Charts page at this chart"));
    m_treatyTile->setTexts(tr("Treaty progress"), tr("Open in Charts"),
                           tr("Open the Charts page at the Budapest Convention's parties"));
    m_mapTile->setTexts(tr("Capacity centres"), tr("Open the map"),
                        tr("Open the map of the centres that France backs"));
    m_locations->setLanguage(languageForLocale(QLocale()));
    emit titleChanged();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartPage::changeEvent(event);
}

} // namespace Vigie
