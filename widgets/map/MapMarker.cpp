// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/MapMarker.h"

#include <QKeyEvent>
#include <QPainter>

namespace Vigie {

MapMarker::MapMarker(const QString& centreId, QWidget* parent)
    : QAbstractButton(parent)
    , m_centreId(centreId)
{
    setObjectName(QStringLiteral("marker-%1").arg(centreId));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    resize(sizeHint());
}

QSize MapMarker::sizeHint() const
{
    return {26, 26};
}

void MapMarker::paintEvent(QPaintEvent*)
{
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5));
}

void MapMarker::keyPressEvent(QKeyEvent* event)
{
    // Buttons answer Space; a map marker answers Enter too, as the brief of a selectable item expects.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace Vigie
