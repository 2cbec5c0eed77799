// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/MapMarker.h"

#include <QKeyEvent>
#include <QPainter>

#include "widgets/design/FocusMark.h"

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
    if (!FocusMark::shows(*this))
        return;
    QPainter painter(this);
    // A circle round the marker, apart from the countries under it (a selected centre's are lit in blue).
    FocusMark::paint(painter, rect(), palette(), FocusMark::Over::Picture, width() / 2.0);
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
