// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

class QWidget;

namespace Vigie {

/// Vigie's type scale: every text of the window takes one of these roles, as a ratio of the desktop's own font,
/// so that a larger desktop font makes the whole window larger and the steps between roles stay the same.
namespace Typography {

enum class Role
{
    PageHeading, ///< the heading at the top of a page
    TileHeading, ///< the heading of a card or a dashboard tile
    Figure, ///< a headline figure (a KPI's value)
    Lead, ///< the line under a figure (its change)
    Navigation, ///< the pages' names in the navigation
    Reading, ///< running text meant to be read at length (the statement)
    Body, ///< everything else: the desktop's font as it is
};

/// The ratio of @p role to the desktop font.
double scale(Role role);
/// @p base in the size and weight of @p role.
QFont font(Role role, const QFont& base);
/// Gives @p widget the font of @p role, from the font it inherits.
void apply(QWidget* widget, Role role);

} // namespace Typography

/// Vigie's spacing, in device-independent pixels: margins and gaps come from these steps only.
namespace Spacing {
inline constexpr int tight = 4; ///< between a label and what it names
inline constexpr int normal = 8; ///< between the items of a group
inline constexpr int loose = 12; ///< between cards and tiles, and inside them
inline constexpr int section = 16; ///< around a page's content
} // namespace Spacing

} // namespace Vigie
