// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Vigie {

struct AppContext;
struct CommandIo;

/// "vigie export": writes charts to files with no window, through the window's own exporter.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::ExportCommand)

public:
    static int run(const QStringList& arguments, const AppContext& context, CommandIo& io);
};

} // namespace Vigie
