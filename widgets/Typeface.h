// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace Vigie {

/// The one typeface of every chart and map, on screen and in every file: DejaVu Sans, embedded in Vigie, so
/// that an export reads the same on every machine, and a server without fonts draws letters, not boxes.
class Typeface {
public:
    /// "DejaVu Sans", the family name the embedded files register.
    static QString family();
    /// Registers the embedded regular and bold faces, once; false when they could not be (a broken build).
    static bool ensureLoaded();
    /// The typeface at @p pixels logical pixels (96 per inch). Charts and maps lay out in logical pixels
    /// and exports scale the painter to their resolution, so text is scaled once, on every device.
    static QFont font(double pixels, bool bold = false);
};

} // namespace Vigie
