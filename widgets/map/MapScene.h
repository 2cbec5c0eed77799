// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QPointF>
#include <QString>

#include "core/data/Records.h"
#include "core/map/MapLayer.h"
#include "core/map/WorldMap.h"

namespace Vigie {

/// Everything a map picture depends on, so that the screen and an export draw the same thing.
struct MapScene
{
    static constexpr double minimumZoom = 1.0;
    static constexpr double maximumZoom = 16.0;

    std::shared_ptr<const WorldMap> world;
    QList<Centre> centres;
    MapLayer layer;
    QString selectedId;  ///< the selected centre, or empty
    QString hoveredIso3; ///< the country under the pointer, or empty (screen only)
    double zoom = 1.0;   ///< 1 shows the whole world
    QPointF centre;      ///< projected point at the middle of the view

    const Centre* selectedCentre() const
    {
        for (const Centre& c : centres) {
            if (c.id == selectedId)
                return &c;
        }
        return nullptr;
    }
};

} // namespace Vigie
