// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QPainterPath>
#include <QRectF>
#include <QString>

#include "core/i18n/Language.h"

namespace Vigie {

/// One country's outline, projected (Equal Earth), with its ISO 3166-1 alpha-3 code and its names.
struct CountryShape
{
    QString iso3; ///< "SEN"; empty for the few outlines without a code (Northern Cyprus, Somaliland…)
    LocalizedText name;
    QPainterPath path; ///< projected coordinates, odd-even fill so that lakes and enclaves stay holes
    /// The same outline simplified for small scales, coarsest first (see WorldMap::levelTolerances()).
    std::array<QPainterPath, 3> levels;
    QRectF bounds;     ///< path.boundingRect(), kept for fast hit-testing

    /// The coarsest path that still looks exact at @p pixelsPerUnit (pixels per projected unit).
    const QPainterPath& pathForScale(double pixelsPerUnit) const;
};

} // namespace Vigie
