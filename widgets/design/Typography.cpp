// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/Typography.h"

#include <QWidget>

namespace Vigie::Typography {

double scale(Role role)
{
    // A major-third-like scale, rounded to what reads well in DejaVu Sans at the desktop's 9–11 points.
    switch (role) {
    case Role::PageHeading:
        return 1.5;
    case Role::TileHeading:
        return 1.15;
    case Role::Figure:
        return 2.2;
    case Role::Lead:
        return 1.2;
    case Role::Navigation:
        return 1.1;
    case Role::Reading:
        return 1.12;
    case Role::Body:
        return 1.0;
    }
    return 1.0;
}

QFont font(Role role, const QFont& base)
{
    QFont result = base;
    if (base.pointSizeF() > 0)
        result.setPointSizeF(base.pointSizeF() * scale(role));
    else if (base.pixelSize() > 0)
        result.setPixelSize(qRound(base.pixelSize() * scale(role)));
    switch (role) {
    case Role::PageHeading:
    case Role::TileHeading:
    case Role::Figure:
        result.setBold(true);
        break;
    default:
        break;
    }
    return result;
}

void apply(QWidget* widget, Role role)
{
    widget->setFont(font(role, widget->font()));
}

} // namespace Vigie::Typography
