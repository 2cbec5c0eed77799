// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/Card.h"

#include <QPainter>
#include <QPalette>

namespace Vigie::Card {

void paint(QPainter& painter, const QRectF& rect, const QPalette& palette, bool focused)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor edge = palette.color(QPalette::WindowText);
    edge.setAlphaF(0.18);
    painter.setPen(QPen(focused ? palette.color(QPalette::Highlight) : edge, focused ? 2.0 : 1.0));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    painter.restore();
}

} // namespace Vigie::Card
