// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataCommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include "AppContext.h"
#include "Commands.h"
#include "data/FigureCsv.h"
#include "data/ThreatDatabase.h"
#include "data/UserDatabase.h"

namespace Vigie {

namespace {

QStringList embeddedKeys(const AppContext& context)
{
    QStringList keys;
    for (const Figure& f : context.database.figures())
        keys.append(f.key);
    return keys;
}

} // namespace

int DataCommands::runImport(const QStringList& arguments, const AppContext& context, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports figures from a CSV file into your own database."));
    addHelpOption(parser);
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The user database (default: %1).")
                                                                            .arg(UserDatabase::defaultPath()),
                                            tr("file"), UserDatabase::defaultPath());
    parser.addOption(databaseOption);
    parser.addPositionalArgument(tr("file"), tr("A CSV file in Vigie's format (docs/import-format.md)."));
    if (!parser.parse(arguments)) {
        io.err << "vigie import: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText() << Qt::flush;
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "vigie import: " << tr("Name one CSV file to import.") << Qt::endl;
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().first();
    QString error;
    auto database = UserDatabase::open(parser.value(databaseOption), &error);
    if (!database) {
        io.err << "vigie import: " << error << Qt::endl;
        return ExitFailure;
    }
    const FigureCsv::ImportResult result = FigureCsv::importFile(file, *database, embeddedKeys(context));
    if (!result.ok()) {
        io.err << "vigie import: " << QFileInfo(file).fileName() << ": " << result.error << Qt::endl;
        return ExitFailure;
    }
    io.out << tr("%n figure(s) imported into %1", nullptr, result.imported).arg(database->path()) << Qt::endl;
    return ExitSuccess;
}

int DataCommands::runBackup(const QStringList& arguments, const AppContext& /*context*/, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Copies your own database, whole and checked, to a backup file. The file is "
                                        "replaced only once the copy is complete."));
    addHelpOption(parser);
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("The user database (default: %1).")
                                                                            .arg(UserDatabase::defaultPath()),
                                            tr("file"), UserDatabase::defaultPath());
    parser.addOption(databaseOption);
    parser.addPositionalArgument(tr("file"), tr("The backup file to write."));
    if (!parser.parse(arguments)) {
        io.err << "vigie backup: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText() << Qt::flush;
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "vigie backup: " << tr("Name one backup file to write.") << Qt::endl;
        return ExitUsage;
    }
    const QString source = parser.value(databaseOption);
    if (!QFileInfo::exists(source)) {
        io.err << "vigie backup: " << tr("There is no user database at “%1”.").arg(source) << Qt::endl;
        return ExitFailure;
    }
    QString error;
    const auto database = UserDatabase::open(source, &error);
    const QString target = parser.positionalArguments().first();
    if (database)
        error = database->backupTo(target);
    if (!error.isEmpty()) {
        io.err << "vigie backup: " << error << Qt::endl;
        return ExitFailure;
    }
    io.out << tr("%n figure(s) backed up to %1", nullptr, database->figureCount()).arg(target) << Qt::endl;
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
