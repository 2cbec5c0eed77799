// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/Icons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace Vigie::Icons {

namespace {

QPixmap draw(QSvgRenderer& svg, const QColor& colour, int size, qreal ratio)
{
    const int pixels = qCeil(size * ratio);
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, pixels, pixels));
    // Keep the drawing's shape, in the theme's colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pixmap.rect(), colour);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

QIcon tinted(const QString& name, const QPalette& palette, int size)
{
    QSvgRenderer svg(QStringLiteral(":/navigation/%1.svg").arg(name));
    QIcon icon;
    if (!svg.isValid())
        return icon;
    for (const qreal ratio : {1.0, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0}) {
        icon.addPixmap(draw(svg, palette.color(QPalette::WindowText), size, ratio), QIcon::Normal);
        icon.addPixmap(draw(svg, palette.color(QPalette::HighlightedText), size, ratio), QIcon::Selected);
        icon.addPixmap(draw(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size, ratio), QIcon::Disabled);
    }
    return icon;
}

} // namespace Vigie::Icons
