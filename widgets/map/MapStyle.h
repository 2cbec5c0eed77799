// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Vigie {

/// Colours of the map, on screen and in exports. Highlights and layers use Okabe–Ito hues and a light-to-dark
/// ramp, which stay apart for colour-blind readers and in greyscale print.
struct MapStyle {
    QColor background; ///< around the globe
    QColor ocean;
    QColor land;
    QColor coast;
    QColor graticule;
    QColor foreground;
    QColor muted;
    QColor france; ///< the backing state
    QColor partner; ///< the selected centre's founding or funding states
    QColor beneficiary; ///< the states it serves
    QColor party; ///< layer: ratified or acceded
    QColor ratified; ///< layer: ratified or acceded, not yet in force
    QColor signatory; ///< layer: signed only
    QColor outside; ///< layer: listed, neither
    QColor marker;
    QColor markerSelected;
    QColor hover;
    QColor hatch; ///< the lines of a status's pattern, its second cue besides colour

    static MapStyle light();
    static MapStyle dark();
};

} // namespace Vigie
