// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/AccessibleRoles.h"

#include <QAccessibleWidget>
#include <QWidget>

namespace Vigie::AccessibleRoles {

namespace {

QAccessibleInterface* roleOf(const QString& className, QObject* object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto* widget = static_cast<QWidget*>(object);
    if (className == QLatin1String("QCustomPlot"))
        return new QAccessibleWidget(widget, QAccessible::Chart);
    if (className == QLatin1String("Vigie::MapCanvas") || className == QLatin1String("Vigie::CentresMiniMap"))
        return new QAccessibleWidget(widget, QAccessible::Canvas);
    return nullptr;
}

} // namespace

void install()
{
    static const bool installed = (QAccessible::installFactory(roleOf), true);
    Q_UNUSED(installed)
}

} // namespace Vigie::AccessibleRoles
