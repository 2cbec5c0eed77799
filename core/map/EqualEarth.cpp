// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/EqualEarth.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Vigie {

namespace {

constexpr double A1 = 1.340264;
constexpr double A2 = -0.081106;
constexpr double A3 = 0.000893;
constexpr double A4 = 0.003796;
const double M = std::sqrt(3.0) / 2.0;
constexpr double degree = std::numbers::pi / 180.0;

} // namespace

QPointF EqualEarth::project(double longitude, double latitude)
{
    const double lambda = longitude * degree;
    const double phi = latitude * degree;
    const double theta = std::asin(M * std::sin(phi));
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    const double x = lambda * std::cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    const double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return {x, -y};
}

QPointF EqualEarth::inverse(const QPointF& projected)
{
    const double x = projected.x();
    const double y = -projected.y();
    double theta = y;
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    for (int i = 0; i < 12; ++i) {
        const double fy = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
        const double fpy = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
        const double delta = fy / fpy;
        theta -= delta;
        t2 = theta * theta;
        t6 = t2 * t2 * t2;
        if (std::abs(delta) < 1e-12)
            break;
    }
    const double lambda = M * x * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)) / std::cos(theta);
    const double phi = std::asin(std::clamp(std::sin(theta) / M, -1.0, 1.0));
    return {lambda / degree, phi / degree};
}

QRectF EqualEarth::worldBounds()
{
    const double halfWidth = project(180, 0).x();
    const double halfHeight = -project(0, 90).y();
    return QRectF(-halfWidth, -halfHeight, 2 * halfWidth, 2 * halfHeight);
}

} // namespace Vigie
