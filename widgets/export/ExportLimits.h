// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include "widgets/export/ExportTypes.h"

namespace Vigie {

/// The sizes Vigie exports: those at which every chart and the map lay out readably, with no text under
/// 6 pt, and whose pictures fit in bounded memory. Outside them an export is refused with the nearest
/// accepted size, rather than written cut or unreadable.
class ExportLimits {
    Q_DECLARE_TR_FUNCTIONS(Vigie::ExportLimits)

public:
    static constexpr double minimumWidthMm = 120.0;
    static constexpr double minimumHeightMm = 68.0;
    static constexpr int maximumAspect = 3; ///< neither side more than three times the other
    static constexpr qint64 maximumPixels = 100'000'000;
    static constexpr int maximumSide = 20000;
    static constexpr int minimumDpi = 72;
    static constexpr int maximumDpi = 600;
    static constexpr int screenDpi = 96; ///< "as on screen": one pixel on screen, one in the file
    static constexpr double minimumTextPoints = 6.0;

    /// The fewest pixels a side may have at @p dpi: the minimum physical size, to the nearest pixel.
    static QSize minimumPixels(int dpi);
    /// @p size itself when accepted at @p dpi, else the accepted size nearest to it.
    static QSize nearestAccepted(const QSize& size, int dpi);
    static bool accepts(const QSize& size, int dpi);
    /// Why @p options cannot be exported, in the interface's language, naming the nearest accepted size;
    /// nothing when they can.
    static std::optional<QString> refusal(const ExportOptions& options);
    /// The same for a batch in @p formats: a size matters only to pictures, so CSV files alone take any.
    static std::optional<QString> refusal(const ExportOptions& options, const QList<ExportFormat>& formats);
};

} // namespace Vigie
