// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>

#include <QPointF>
#include <QRectF>
#include <QSizeF>

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
    /// The view that shows @p projected whole and as large as it fits in a view of @p size pixels, less
    /// @p keepFree pixels on each side, within the zoom's limits; the home view when nothing fits.
    static MapViewport framing(const QRectF& projected, const QSizeF& size, const QSizeF& keepFree = {})
    {
        const QRectF world = EqualEarth::worldBounds();
        // A zoom of 1 fits the world in the whole view, as MapRenderer::transform draws it.
        const double fit = std::min(size.width() / world.width(), size.height() / world.height());
        const QSizeF room = size - 2 * keepFree;
        if (fit <= 0 || room.width() <= 0 || room.height() <= 0 || projected.width() <= 0 || projected.height() <= 0)
            return home();
        const double scale = std::min(room.width() / projected.width(), room.height() / projected.height());
        return {std::clamp(scale / fit, minimumZoom, maximumZoom), projected.center()};
    }
};

} // namespace Vigie
