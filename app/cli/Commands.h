// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

class QCommandLineParser;
class QCommandLineOption;
class QTextStream;

namespace Vigie {

struct AppContext;

/// Where a command writes: standard output for results, standard error for messages.
struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
};

/// Exit codes shared by every command.
enum ExitCode
{
    ExitSuccess = 0,
    ExitFailure = 1, ///< the command ran and failed (unwritable folder, corrupt database…)
    ExitUsage = 2,   ///< the arguments are wrong
};

/// A command-line command ("vigie export …"). It runs on the same services as the window, with no window.
struct CommandSpec
{
    const char* name;
    const char* description; ///< untranslated, in the "Vigie::CommandLine" context
    /// @p arguments starts with the command's name, as QCommandLineParser expects.
    int (*run)(const QStringList& arguments, const AppContext& context, CommandIo& io);
};

/// Every command Vigie knows, in the order --help lists them.
const QList<CommandSpec>& commands();
const CommandSpec* findCommand(const QString& name);

/// Adds -h/--help with Vigie's own, translated description: Qt's French catalogue lacks the one
/// QCommandLineParser::addHelpOption() gives.
QCommandLineOption addHelpOption(QCommandLineParser& parser);

} // namespace Vigie
