// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

#include "widgets/ChartTheme.h"
#include "widgets/map/MapStyle.h"

namespace Vigie {

/// Vigie's two looks, light and dark: the window's palette, and the chart and map colours that go with it.
/// Views read their colours from their own palette (isDark), so that a theme applied to the application
/// reaches every chart and map as it repaints.
namespace Theme {

enum class Mode
{
    Light,
    Dark,
};

QPalette palette(Mode mode);
/// Whether @p palette is a dark one: its window colour is darker than its text.
bool isDark(const QPalette& palette);
ChartTheme chartTheme(const QPalette& palette);
MapStyle mapStyle(const QPalette& palette);
/// The colour of the keyboard's focus mark (FocusMark): at 3:1 or more on the window, the cards, the rows and
/// the buttons of @p palette's theme (WCAG 1.4.11), at 9:1 on its base colour. The dark theme's highlight is
/// too dim for it on a card.
QColor focus(const QPalette& palette);
/// The contrast ratio of two colours by their relative luminance, from 1 to 21 (WCAG 2.1).
double contrast(const QColor& a, const QColor& b);

} // namespace Theme

} // namespace Vigie
