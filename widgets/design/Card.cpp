// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/Card.h"

#include <QPainter>
#include <QPalette>

#include "widgets/design/FocusMark.h"

namespace Vigie::Card {

void paint(QPainter& painter, const QRectF& rect, const QPalette& palette, bool focused)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QColor edge = palette.color(QPalette::WindowText);
    edge.setAlphaF(0.18);
    painter.setPen(QPen(edge, 1.0));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    painter.restore();
    if (focused) // over the edge, following its corners
        FocusMark::paint(painter, rect, palette, FocusMark::Over::Surface, radius + FocusMark::width / 2);
}

} // namespace Vigie::Card
