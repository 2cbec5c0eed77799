// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "core/data/Records.h"
#include "core/i18n/Language.h"

namespace Vigie {

/// A headline figure for a KPI card: the figure itself, an optional change beside it, and their caption.
struct Kpi
{
    QString id;
    LocalizedText title;   ///< "Digital offences, 2023"
    LocalizedText period;  ///< "as of 20 June 2024"; empty when the title says it
    Figure figure;
    std::optional<Figure> change; ///< "+40 % in five years"
    LocalizedText changeCaption;  ///< "%1 in five years": %1 is the formatted change
    /// The run of comparable points the figure stands in (its chart's segment, never across a series break),
    /// for a small trend line; empty where no chart holds it.
    struct TrendPoint
    {
        double x = 0;
        double y = 0;
        bool provisional = false;
    };
    QList<TrendPoint> trend;
    LocalizedText trendLabel; ///< "2019–2025"
};

} // namespace Vigie
