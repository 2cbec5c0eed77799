// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace Vigie::Icons {

/// The embedded icon @p name (":/navigation/NAME.svg", drawn in black) tinted to @p palette: its text colour, and
/// its highlighted text colour where it is selected, sharp at scale factors up to 3.
QIcon tinted(const QString& name, const QPalette& palette, int size);

} // namespace Vigie::Icons
