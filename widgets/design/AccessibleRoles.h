// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Vigie::AccessibleRoles {

/// Gives Vigie's drawn widgets the role a screen reader names them by, instead of an anonymous panel: a plot
/// is a chart, a map a canvas. Called by each such widget's constructor; the first call installs it.
void install();

} // namespace Vigie::AccessibleRoles
