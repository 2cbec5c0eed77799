// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <future>
#include <memory>

#include "core/map/MapLayer.h"
#include "core/map/MapLocationModel.h"
#include "core/map/TreatyTable.h"
#include "core/map/WorldMap.h"
#include "widgets/export/ExportTypes.h"
#include "widgets/map/MapExporter.h"
#include "widgets/map/MapRenderer.h"
#include "widgets/map/MapScene.h"

namespace Vigie {

class ThreatDatabase;
class Translations;

/// The map's files in a batch (the window's Export All, `vigie export --chart map`): its pictures, drawn
/// as the window first shows the map (Europe and Africa with both centres) or, with a treaty layer, the
/// whole world coloured by status; and its CSV, the treaties state by state (TreatyTable).
class MapBatch {
public:
    MapBatch(const ThreatDatabase& database, const Translations& translations,
             MapLayer::Kind layer = MapLayer::Kind::None);
    ~MapBatch();

    /// Starts reading the outlines on a second thread, so that a caller can draw charts meanwhile.
    void startLoading();
    /// Writes one of MapExporter::plan's files; a picture waits for the outlines, a CSV does not need them.
    ExportResult write(const ExportFile& file);

private:
    bool ensureWorld(QString* error);

    MapRenderer m_renderer;
    MapExporter m_exporter;
    TreatyTable m_treaties;
    MapLocationModel m_locations;
    MapScene m_scene;
    std::future<std::pair<std::shared_ptr<const WorldMap>, QString>> m_loading;
    QString m_loadError;
    bool m_loaded = false;
};

} // namespace Vigie
