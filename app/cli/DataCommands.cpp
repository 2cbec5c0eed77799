// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DataCommands.h"

#include <optional>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include "app/AppContext.h"
#include "app/cli/Commands.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"

namespace Vigie {

namespace {

/// --database, which "import" and "backup" share.
QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"),
            DataCommands::tr("The user database (default: %1).").arg(UserData::defaultPath()),
            DataCommands::tr("file"), UserData::defaultPath()};
}

/// Parses the arguments of a command that takes options and one file. Returns the exit code when the command
/// stops here (wrong arguments, or its help shown), else nothing.
std::optional<int> parseOneFile(QCommandLineParser& parser, const QString& command, const QString& noFile,
                                const QStringList& arguments, CommandIo& io)
{
    if (!parser.parse(arguments)) {
        io.err << "vigie " << command << ": " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText() << Qt::flush;
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "vigie " << command << ": " << noFile << Qt::endl;
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace

int DataCommands::runImport(const QStringList& arguments, const AppContext& context, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports figures from a CSV file into your own database."));
    addHelpOption(parser);
    const QCommandLineOption database = databaseOption();
    parser.addOption(database);
    parser.addPositionalArgument(tr("file"), tr("A CSV file in Vigie's format (docs/import-format.md)."));
    const QString noFile = tr("Name one CSV file to import.");
    if (const auto stop = parseOneFile(parser, QStringLiteral("import"), noFile, arguments, io))
        return *stop;
    const QString file = parser.positionalArguments().first();
    UserData user(parser.value(database), context.database);
    const FigureCsv::ImportResult result = user.importFile(file);
    if (!result.ok()) {
        io.err << "vigie import: " << QFileInfo(file).fileName() << ": " << result.error << Qt::endl;
        return ExitFailure;
    }
    io.out << tr("%Ln figure(s) imported into %1", nullptr, result.imported).arg(user.path()) << Qt::endl;
    return ExitSuccess;
}

int DataCommands::runBackup(const QStringList& arguments, const AppContext& context, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Copies your own database, whole and checked, to a backup file. The file is "
                                        "replaced only once the copy is complete."));
    addHelpOption(parser);
    const QCommandLineOption database = databaseOption();
    parser.addOption(database);
    parser.addPositionalArgument(tr("file"), tr("The backup file to write."));
    const QString noFile = tr("Name one backup file to write.");
    if (const auto stop = parseOneFile(parser, QStringLiteral("backup"), noFile, arguments, io))
        return *stop;
    UserData user(parser.value(database), context.database);
    const QString target = parser.positionalArguments().first();
    if (const QString error = user.backupTo(target); !error.isEmpty()) {
        io.err << "vigie backup: " << error << Qt::endl;
        return ExitFailure;
    }
    // Counted in the copy: the source is not opened again, so that a backup never writes to it.
    const int figures = UserData::inspect(target).count(QStringLiteral("figure"));
    io.out << tr("%Ln figure(s) backed up to %1", nullptr, figures).arg(target) << Qt::endl;
    return ExitSuccess;
}

int DataCommands::runCheckDb(const QStringList& arguments, const AppContext& context, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks a Vigie database: schema version, counts and integrity. Without a "
                                        "file, checks the embedded database and your own."));
    addHelpOption(parser);
    parser.addPositionalArgument(tr("file"), tr("A database to check."), tr("[file]"));
    if (!parser.parse(arguments)) {
        io.err << "vigie check-db: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText() << Qt::flush;
        return ExitSuccess;
    }
    bool sound = true;
    auto report = [&](const QString& name, const UserData::FileReport& file) {
        io.out << name << Qt::endl;
        if (file.recovered)
            io.out << "  " << tr("an interrupted write was rolled back, in a private copy: the file is unchanged")
                   << Qt::endl;
        if (file.readable) {
            io.out << "  " << tr("schema version: %1").arg(file.schemaVersion) << Qt::endl;
            for (const auto& [table, count] : file.counts)
                io.out << "  " << table << ": " << count << Qt::endl;
            io.out << "  "
                   << tr("foreign keys: %1").arg(file.foreignKeys.isEmpty() ? tr("ok")
                                                                           : file.foreignKeys.join(QStringLiteral("; ")))
                   << Qt::endl;
        }
        io.out << "  " << tr("integrity: %1").arg(file.integrity.isEmpty() && file.readable ? tr("ok") : file.integrity)
               << Qt::endl;
        sound = sound && file.sound();
    };
    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().first();
        const UserData::FileReport file = UserData::inspect(path);
        if (!file.readable) {
            io.err << "vigie check-db: " << tr("“%1” cannot be read: %2").arg(path, file.error) << Qt::endl;
            return ExitFailure;
        }
        report(path, file);
    } else {
        UserData::FileReport embedded;
        embedded.readable = true;
        embedded.schemaVersion = context.database.schemaVersion();
        for (const QString& table : UserData::countedTables())
            embedded.counts.append({table, context.database.count(table)});
        embedded.foreignKeys = context.database.foreignKeyProblems();
        report(tr("Embedded database"), embedded);
        const QString user = UserData::defaultPath();
        if (QFileInfo::exists(user))
            report(user, UserData::inspect(user));
        else
            io.out << tr("No user database yet (%1).").arg(user) << Qt::endl;
    }
    return sound ? ExitSuccess : ExitFailure;
}

} // namespace Vigie
