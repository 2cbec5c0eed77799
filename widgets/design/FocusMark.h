// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>

class QPainter;
class QPalette;
class QWidget;

/// The keyboard's focus mark, one for every element that takes the focus: a ring two pixels wide in the theme's
/// focus colour (Theme::focus), inside the element's own rectangle so that nothing clips it. Vigie's drawn
/// widgets paint it themselves; FocusStyle paints it for Qt's. It shows once the keyboard has moved the focus
/// in the window (Tab, a shortcut), as Qt's focus rectangles do: a click shows where it lands by itself.
namespace Vigie::FocusMark {

inline constexpr double width = 2.0;

/// What the mark is drawn over.
enum class Over
{
    Surface, ///< a plain surface of the theme: a card, a button, a row
    Picture, ///< a map, of any colour: a line of the theme's base colour inside the ring, as wide
};

/// Whether @p widget shows the mark now: it has the focus, and the keyboard has moved the focus in its window.
bool shows(const QWidget& widget);

/// The ring's colour on @p ground: the theme's focus colour, or where that would stand under 3:1 on it (a row
/// selected in the highlight colour), the highlighted text's.
QColor colour(const QPalette& palette, const QColor& ground = QColor());

/// Paints the mark along the inside of @p rect, its corners rounded by @p radius (half the side: a circle).
void paint(QPainter& painter, const QRectF& rect, const QPalette& palette, Over over = Over::Surface,
           double radius = 0, const QColor& ground = QColor());

/// Shows the mark over @p target while it shows (shows()), drawn by a child that takes no input: for a widget
/// whose painting is not Vigie's (QCustomPlot). The child is hidden otherwise, and what the target renders of
/// itself (QCustomPlot::toPixmap) never includes it.
void follow(QWidget* target);

} // namespace Vigie::FocusMark
