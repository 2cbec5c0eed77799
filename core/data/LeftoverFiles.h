// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigie::LeftoverFiles {

/// A temporary that a run of Vigie names "<marker><pid>…" with its process id, so that a later run can tell
/// one that a killed run left behind from one still in use. True when @p name carries @p marker and the
/// process it names has ended.
bool leftByEndedRun(const QString& name, const QString& marker);

/// "<marker><this process's id>": the name part that leftByEndedRun() reads back.
QString ownName(const QString& marker);

} // namespace Vigie::LeftoverFiles
