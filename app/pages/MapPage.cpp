// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/MapPage.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "app/AppContext.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/LanguageManager.h"
#include "core/map/MapLocationModel.h"
#include "core/map/WorldLoader.h"
#include "core/settings/Settings.h"
#include "widgets/ChartExporter.h"
#include "widgets/export/ExportLimits.h"
#include "widgets/map/MapCanvas.h"
#include "widgets/map/MapExporter.h"
#include "widgets/map/MapRenderer.h"
#include "widgets/map/MapView.h"
#include "widgets/design/Typography.h"

namespace Vigie {

MapPage::MapPage(const AppContext& context, QWidget* parent)
    : Page(parent)
    , m_renderer(std::make_unique<MapRenderer>(context.languages.translations()))
    , m_exporter(std::make_unique<MapExporter>(*m_renderer))
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_locations(new MapLocationModel(this))
    , m_view(new MapView(*m_renderer, *m_locations, this))
    , m_world(context.world)
{
    connect(&m_world, &WorldLoader::loaded, this, [this] {
        // Taken once this page has asked for them: they may arrive while another page is in front.
        if (m_worldWanted)
            setWorld(m_world.world(), m_world.problem());
    });
    Typography::apply(m_heading, Typography::Role::PageHeading);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);

    m_view->canvas()->setDataset(context.database.dataset());
    const QList<Centre> centres = context.database.centres();
    m_hasCentres = !centres.isEmpty();
    m_locations->setCentres(centres);
    for (MapLayer::Kind kind : MapLayer::allKinds()) {
        if (kind != MapLayer::Kind::None)
            m_view->setTreatyStatuses(kind, context.database.treatyStatuses(MapLayer::treatyId(kind)));
    }
    connect(m_view, &MapView::exportRequested, this, &Page::exportRequested);
    connect(m_view, &MapView::citationRequested, this, &Page::citationRequested);
    connect(m_view, &MapView::citationTextRequested, this, &Page::citationTextRequested);
    // The layer and the legend's fold as the user left them.
    Settings& settings = context.settings;
    m_view->setLayerKind(MapLayer::kindFromName(settings.mapLayer()).value_or(MapLayer::Kind::None));
    if (const auto folded = settings.mapLegendFolded())
        m_view->canvas()->setLegendFolded(*folded);
    connect(m_view, &MapView::layerKindChosen, &settings,
            [&settings](MapLayer::Kind kind) { settings.setMapLayer(MapLayer::kindName(kind)); });
    connect(m_view->canvas(), &MapCanvas::legendFoldChosen, &settings, &Settings::setMapLegendFolded);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);

    retranslate();
}

MapPage::~MapPage() = default;

QString MapPage::pageTitle()
{
    return tr("Map");
}

void MapPage::loadWorld()
{
    m_worldWanted = true;
    if (m_world.isLoaded())
        setWorld(m_world.world(), m_world.problem());
    else
        m_world.request(); // once for the whole application; loaded() follows
}

void MapPage::setWorld(std::shared_ptr<const WorldMap> world, const std::optional<WorldMap::Problem>& problem)
{
    if (m_worldLoaded)
        return;
    m_worldLoaded = true;
    m_worldProblem = problem;
    m_view->setWorld(std::move(world));
    retranslate();
    emit worldLoaded();
}

void MapPage::retranslate()
{
    m_heading->setText(tr("Capacity centres backed by France"));
    QStringList notes;
    if (!m_hasCentres)
        notes.append(tr("The capacity centres (ENVR in Dakar, WB3C in Podgorica) are not in this version's "
                        "database yet: the map shows the countries and the treaty layers only."));
    if (m_worldProblem)
        notes.append(m_worldProblem->message() + u' '
                     + tr("The centres and their details are still listed beside the map."));
    m_notice->setText(notes.join(QLatin1Char('\n')));
    m_notice->setVisible(!notes.isEmpty());
    emit titleChanged();
}

void MapPage::showEvent(QShowEvent* event)
{
    // Not at construction: the parse would compete with the window's start-up for the CPU. Outlines already
    // parsed for another map are taken as they are.
    loadWorld();
    Page::showEvent(event);
}

void MapPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

std::optional<Page::Exportable> MapPage::exportable() const
{
    return Exportable{QStringLiteral("map"), tr("Export Map"),
                      ExportLimits::nearestAccepted(m_view->canvas()->size(), ExportLimits::screenDpi)};
}

QString MapPage::exportTo(const QString& path, const ExportOptions& options) const
{
    return m_exporter->exportToFile(m_view->scene(), path, options).error;
}

QImage MapPage::exportImage(const ExportOptions& options) const
{
    return m_exporter->renderImage(m_view->scene(), options);
}

} // namespace Vigie
