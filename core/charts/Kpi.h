// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

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
};

} // namespace Vigie
