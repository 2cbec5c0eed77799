// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/Card.h"

#include <cmath>

#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

#include "widgets/design/FocusMark.h"

namespace Vigie::Card {

namespace {

/// The least card, in device-independent pixels: its corners, and one pixel of edge and fill between them.
constexpr int corner = int(radius) + 2;
constexpr int side = 2 * corner + 1;

/// The least card drawn once per theme and screen scale, antialiased. A card of any size is then this image
/// cut in nine and stretched, the same to the pixel: antialiasing each card's whole rounded rectangle cost
/// the first frame of the window a sixth of its painting.
QPixmap leastCard(const QColor& fill, const QColor& edge, qreal scale)
{
    static QHash<QString, QPixmap> drawn;
    const QString key = QStringLiteral("%1 %2 %3").arg(fill.rgba()).arg(edge.rgba()).arg(scale);
    if (const auto found = drawn.constFind(key); found != drawn.cend())
        return *found;
    const int pixels = int(std::ceil(side * scale));
    QPixmap image(pixels, pixels);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(pixels / qreal(side), pixels / qreal(side)); // the pieces' scale, as paint() cuts them
        painter.setPen(QPen(edge, 1.0));
        painter.setBrush(fill);
        painter.drawRoundedRect(QRectF(0, 0, side, side).adjusted(1, 1, -1, -1), radius, radius);
    }
    if (drawn.size() > 16) // a few themes and screens at most
        drawn.clear();
    drawn.insert(key, image);
    return image;
}

} // namespace

void paint(QPainter& painter, const QRectF& rect, const QPalette& palette, bool focused)
{
    QColor edge = palette.color(QPalette::WindowText);
    edge.setAlphaF(0.18);
    const qreal scale = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QColor fill = palette.color(QPalette::Base);
    const QPixmap image = leastCard(fill, edge, scale);
    // Nine pieces: the corners as drawn, the edges and the middle stretched from one pixel of the image.
    const qreal s = image.width() / qreal(side); // image pixels per device-independent pixel
    const qreal sourceStops[] = {0, corner * s, (corner + 1) * s, side * s};
    const qreal targetXs[] = {rect.left(), rect.left() + corner, rect.right() - corner, rect.right()};
    const qreal targetYs[] = {rect.top(), rect.top() + corner, rect.bottom() - corner, rect.bottom()};
    for (int row = 0; row < 3; ++row) {
        for (int column = 0; column < 3; ++column) {
            const QRectF target(QPointF(targetXs[column], targetYs[row]), QPointF(targetXs[column + 1], targetYs[row + 1]));
            if (target.width() <= 0 || target.height() <= 0)
                continue;
            if (row == 1 && column == 1) { // the middle is the fill alone: filled, not stretched
                painter.fillRect(target, fill);
                continue;
            }
            const QRectF source(QPointF(sourceStops[column], sourceStops[row]),
                                QPointF(sourceStops[column + 1], sourceStops[row + 1]));
            painter.drawPixmap(target, image, source);
        }
    }
    if (focused) // over the edge, following its corners
        FocusMark::paint(painter, rect, palette, FocusMark::Over::Surface, radius + FocusMark::width / 2);
}

} // namespace Vigie::Card
