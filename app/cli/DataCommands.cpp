// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/DataCommands.h"

#include <optional>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include "app/AppContext.h"
#include "app/cli/Commands.h"
#include "core/data/FigureCsv.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserDatabase.h"

namespace Vigie {

namespace {

/// --database, which "import" and "backup" share.
QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"),
            DataCommands::tr("The user database (default: %1).").arg(UserDatabase::defaultPath()),
            DataCommands::tr("file"), UserDatabase::defaultPath()};
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
    QString error;
    auto user = UserDatabase::open(parser.value(database), &error);
    if (!user) {
        io.err << "vigie import: " << error << Qt::endl;
        return ExitFailure;
    }
    const FigureCsv::ImportResult result = FigureCsv::importFile(file, *user, context.database.figureKeys());
    if (!result.ok()) {
        io.err << "vigie import: " << QFileInfo(file).fileName() << ": " << result.error << Qt::endl;
        return ExitFailure;
    }
    io.out << tr("%n figure(s) imported into %1", nullptr, result.imported).arg(user->path()) << Qt::endl;
    return ExitSuccess;
}

int DataCommands::runBackup(const QStringList& arguments, const AppContext& /*context*/, CommandIo& io)
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
    const QString source = parser.value(database);
    if (!QFileInfo::exists(source)) {
        io.err << "vigie backup: " << tr("There is no user database at “%1”.").arg(source) << Qt::endl;
        return ExitFailure;
    }
    QString error;
    const auto user = UserDatabase::open(source, &error);
    const QString target = parser.positionalArguments().first();
    if (user)
        error = user->backupTo(target);
    if (!error.isEmpty()) {
        io.err << "vigie backup: " << error << Qt::endl;
        return ExitFailure;
    }
    io.out << tr("%n figure(s) backed up to %1", nullptr, user->figureCount()).arg(target) << Qt::endl;
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
    auto report = [&](const QString& name, const QString& path, const ThreatDatabase* db) {
        const QString integrity = path.isEmpty() ? QString() : UserDatabase::checkIntegrity(path);
        io.out << name << Qt::endl;
        if (db) {
            io.out << "  " << tr("schema version: %1").arg(db->schemaVersion()) << Qt::endl;
            for (const char* table : {"source", "figure", "series", "series_point", "event", "treaty_status", "centre"})
                io.out << "  " << QString::fromLatin1(table) << ": " << db->count(QString::fromLatin1(table)) << Qt::endl;
        }
        io.out << "  " << tr("integrity: %1").arg(integrity.isEmpty() && db ? tr("ok") : integrity) << Qt::endl;
        sound = sound && db && integrity.isEmpty();
    };
    if (!parser.positionalArguments().isEmpty()) {
        const QString path = parser.positionalArguments().first();
        QString error;
        const auto db = ThreatDatabase::openFile(path, &error);
        if (!db) {
            io.err << "vigie check-db: " << tr("“%1” cannot be read: %2").arg(path, error) << Qt::endl;
            return ExitFailure;
        }
        report(path, path, db.get());
    } else {
        report(tr("Embedded database"), QString(), &context.database);
        const QString user = UserDatabase::defaultPath();
        if (QFileInfo::exists(user)) {
            QString error;
            const auto db = ThreatDatabase::openFile(user, &error);
            report(user, user, db.get());
        } else {
            io.out << tr("No user database yet (%1).").arg(user) << Qt::endl;
        }
    }
    return sound ? ExitSuccess : ExitFailure;
}

} // namespace Vigie
