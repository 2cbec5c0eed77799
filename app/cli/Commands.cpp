// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "app/cli/DataCommands.h"
#include "app/cli/ExportCommand.h"

namespace Vigie {

// Each command lives in its own file and adds one row here.
const QList<CommandSpec>& commands()
{
    static const QList<CommandSpec> table = {
        {"export", QT_TRANSLATE_NOOP("Vigie::CommandLine", "Export charts to PNG, JPEG, PDF or SVG files."),
         &ExportCommand::run},
        {"import", QT_TRANSLATE_NOOP("Vigie::CommandLine", "Import figures from a CSV file into your own database."),
         &DataCommands::runImport},
        {"backup", QT_TRANSLATE_NOOP("Vigie::CommandLine", "Copy your own database, whole, to a backup file."),
         &DataCommands::runBackup},
        {"check-db", QT_TRANSLATE_NOOP("Vigie::CommandLine", "Check a database: schema version, counts, integrity."),
         &DataCommands::runCheckDb},
    };
    return table;
}

const CommandSpec* findCommand(const QString& name)
{
    for (const CommandSpec& spec : commands()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QCommandLineOption addHelpOption(QCommandLineParser& parser)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Vigie::CommandLine", "Show this help."));
    parser.addOption(help);
    return help;
}

} // namespace Vigie
