// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace Vigie::Icons {

/// The embedded icon @p name (":/navigation/NAME.svg", drawn in black) tinted to @p palette: its text colour, and
/// its highlighted text colour where it is selected, drawn when a view first asks for it, at the size and scale
/// factor it asks, so that it is sharp at any.
QIcon tinted(const QString& name, const QPalette& palette);

} // namespace Vigie::Icons
