// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChartTheme.h"

namespace Vigie {

ChartTheme ChartTheme::light()
{
    return {QColor(0xffffff), QColor(0x1f2328), QColor(0x57606a), QColor(0xd8dee4), QColor(0xb35806),
            // Okabe–Ito's orange and sky blue darkened to stand at 3:1 on white, as a line must (WCAG 1.4.11).
            {QColor(0x0072b2), QColor(0xd55e00), QColor(0x009e73), QColor(0xcc79a7), QColor(0xa67300),
             QColor(0x2a8fc7)}};
}

ChartTheme ChartTheme::dark()
{
    // The background is the dark theme's base colour, that of a card: a chart sits on its tile without a seam.
    return {QColor(0x24272b), QColor(0xe6edf3), QColor(0xa0a8b0), QColor(0x3a3f44), QColor(0xf1a340),
            {QColor(0x56b4e9), QColor(0xe69f00), QColor(0x009e73), QColor(0xcc79a7), QColor(0xf0e442),
             QColor(0xd55e00)}};
}

} // namespace Vigie
