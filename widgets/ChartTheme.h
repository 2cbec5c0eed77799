// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

namespace Vigie {

/// Colours of a chart. The palette is Okabe–Ito, which stays distinct for colour-blind readers.
struct ChartTheme
{
    QColor background;
    QColor foreground;
    QColor muted;
    QColor grid;
    QColor breakLine;
    QList<QColor> palette;

    static ChartTheme light();
    static ChartTheme dark();
};

} // namespace Vigie
