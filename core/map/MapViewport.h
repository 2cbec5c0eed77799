// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include "core/map/EqualEarth.h"

namespace Vigie {

/// Where the map looks: a zoom (1 shows the whole world) and the projected point at the middle of the view.
/// The home view belongs to the map's data, so that the window and `vigie export --chart map` open on the same.
struct MapViewport {
    static constexpr double minimumZoom = 1.0;
    static constexpr double maximumZoom = 16.0;

    double zoom = 1.0;
    QPointF centre;

    /// Europe and Africa: between Dakar and Podgorica, so that both centres and their partners show at a
    /// readable size.
    static MapViewport home() { return {2.0, EqualEarth::project(10, 19)}; }
    static MapViewport wholeWorld() { return {}; }
};

} // namespace Vigie
