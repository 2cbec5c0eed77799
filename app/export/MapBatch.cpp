// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/MapBatch.h"

#include "core/data/ThreatDatabase.h"
#include "core/map/MapViewport.h"
#include "widgets/export/ImageWriter.h"

namespace Vigie {

MapBatch::MapBatch(const ThreatDatabase& database, const Translations& translations, MapLayer::Kind layer)
    : m_renderer(translations)
    , m_exporter(m_renderer)
    , m_treaties(database, translations)
{
    m_locations.setCentres(database.centres());
    m_scene.locations = &m_locations;
    m_scene.dataset = database.dataset();
    m_scene.setViewport(MapViewport::home());
    if (layer != MapLayer::Kind::None) { // the whole world, coloured by its status under the treaty
        m_scene.layer = MapLayer(layer, database.treatyStatuses(MapLayer::treatyId(layer)));
        m_scene.zoom = 1;
        m_scene.centre = QPointF(0, 0);
    }
}

// A loading still under way is waited for by the future's destructor: the thread never outlives the batch.
MapBatch::~MapBatch() = default;

void MapBatch::startLoading()
{
    if (m_loaded || m_loading.valid())
        return;
    m_loading = std::async(std::launch::async, [] {
        QString error;
        std::shared_ptr<const WorldMap> world = WorldMap::loadEmbedded(&error);
        return std::make_pair(std::move(world), error);
    });
}

bool MapBatch::ensureWorld(QString* error)
{
    if (!m_loaded) {
        startLoading();
        auto [world, loadError] = m_loading.get();
        m_scene.world = std::move(world);
        m_loadError = loadError;
        m_loaded = true;
    }
    if (!m_scene.world)
        *error = m_loadError;
    return bool(m_scene.world);
}

ExportResult MapBatch::write(const ExportFile& file)
{
    if (file.options.format == ExportFormat::Csv)
        return ImageWriter::saveBytes(m_treaties.toCsv(file.options.language), file.path);
    QString error;
    if (!ensureWorld(&error))
        return {error};
    return m_exporter.exportToFile(m_scene, file.path, file.options);
}

} // namespace Vigie
