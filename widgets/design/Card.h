// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;
class QPalette;

namespace Vigie::Card {

/// The corner radius of every card, in device-independent pixels.
inline constexpr double radius = 6.0;

/// Paints a card over @p rect: the theme's base colour on the window, a hairline edge, and a two-pixel edge in
/// the highlight colour when it has the keyboard's focus, so that the focus shows in both themes.
void paint(QPainter& painter, const QRectF& rect, const QPalette& palette, bool focused);

} // namespace Vigie::Card
