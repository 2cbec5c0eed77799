// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

namespace Vigie {

/// The Equal Earth projection (Šavrič, Patterson, Jenny, 2018), for a sphere of radius 1.
///
/// Why Equal Earth: it is equal-area, so a choropleth of treaty parties does not inflate Europe against
/// Africa the way Mercator does, and its shapes stay pleasant near the centre, where both Europe and
/// Africa sit; it is the usual compromise for a world view of both continents.
///
/// Projected points use screen orientation: x grows eastwards, y grows southwards, so that paths can be
/// painted without flipping.
class EqualEarth
{
public:
    /// Projects a WGS84 longitude/latitude in degrees.
    static QPointF project(double longitude, double latitude);
    static QPointF project(const QPointF& lonLat) { return project(lonLat.x(), lonLat.y()); }
    /// The longitude/latitude in degrees of a projected point (Newton iteration on the parametric latitude).
    static QPointF inverse(const QPointF& projected);
    /// The whole world's extent in projected coordinates.
    static QRectF worldBounds();
};

} // namespace Vigie
