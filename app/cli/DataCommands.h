// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Vigie {

struct AppContext;
struct CommandIo;

/// "vigie import FILE.csv", "vigie backup FILE" and "vigie check-db [FILE]": the user database from the
/// command line.
class DataCommands
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::DataCommands)

public:
    static int runImport(const QStringList& arguments, const AppContext& context, CommandIo& io);
    static int runBackup(const QStringList& arguments, const AppContext& context, CommandIo& io);
    static int runCheckDb(const QStringList& arguments, const AppContext& context, CommandIo& io);
};

} // namespace Vigie
