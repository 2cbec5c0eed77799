// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include "core/data/Records.h"
#include "core/map/MapLayer.h"
#include "core/map/MapLocationModel.h"
#include "core/map/MapViewport.h"
#include "core/map/WorldMap.h"

namespace Vigie {

/// Everything a map picture depends on, so that the screen and an export draw the same thing. The centres
/// and the selection are read from their model, never copied.
struct MapScene {
    static constexpr double minimumZoom = MapViewport::minimumZoom;
    static constexpr double maximumZoom = MapViewport::maximumZoom;

    std::shared_ptr<const WorldMap> world;
    const MapLocationModel* locations = nullptr; ///< the centres and the selected one; not owned
    MapLayer layer;
    QString hoveredIso3; ///< the country under the pointer, or empty (screen only)
    /// How the legend shows. Files always give it whole; on screen it opens and folds to one line of swatches
    /// under a heading with a disclosure mark, as the user or the room decides.
    enum class LegendForm { Whole, Open, Folded };
    LegendForm legendForm = LegendForm::Whole;
    DatasetInfo dataset; ///< the data's version and when it was last checked: "data as of" in footers and citations
    double zoom = 1.0; ///< 1 shows the whole world
    QPointF centre; ///< projected point at the middle of the view
    /// A region, in projected units, that the centres' labels keep clear of (the small map's France), or null.
    QRectF labelsKeepClear;

    void setViewport(const MapViewport& viewport)
    {
        zoom = viewport.zoom;
        centre = viewport.centre;
    }
    const QList<Centre>& centres() const
    {
        static const QList<Centre> none;
        return locations ? locations->centres() : none;
    }
    QString selectedId() const { return locations ? locations->selectedId() : QString(); }
    const Centre* selectedCentre() const { return locations ? locations->selectedCentre() : nullptr; }
};

} // namespace Vigie
