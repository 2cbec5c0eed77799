// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QIcon>

namespace Vigie::DeferredIcon {

/// An icon made by @p make only when it is first drawn or measured. For icons a window creates but seldom
/// shows, whose making would load image plugins before the first frame (the menu bar's overflow arrow).
QIcon make(std::function<QIcon()> make);

} // namespace Vigie::DeferredIcon
