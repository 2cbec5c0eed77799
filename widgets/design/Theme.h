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

} // namespace Theme

} // namespace Vigie
