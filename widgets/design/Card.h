// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;
class QPalette;

namespace Vigie::Card {

/// The corner radius of every card, in device-independent pixels.
inline constexpr double radius = 6.0;

/// Paints a card over @p rect: the theme's base colour on the window, a hairline edge, and the focus mark
/// (FocusMark) along it when it has the keyboard's focus.
void paint(QPainter& painter, const QRectF& rect, const QPalette& palette, bool focused);

} // namespace Vigie::Card
