// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: turns resources/data (schema and CSV) into the SQLite database that Vigie embeds.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "core/dataio/DatabaseBuilder.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Builds Vigie's embedded threat database from CSV files."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("schema"), QStringLiteral("Schema script."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Database to write."), QStringLiteral("file")});
    parser.addPositionalArgument(QStringLiteral("csv"), QStringLiteral("CSV files, one per table, in load order."));
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(QStringLiteral("schema")) || !parser.isSet(QStringLiteral("out"))
        || parser.positionalArguments().isEmpty()) {
        err << "vigie-dbgen: --schema, --out and at least one CSV file are required\n";
        return 2;
    }
    const auto error = Vigie::DatabaseBuilder::build(parser.value(QStringLiteral("out")),
                                                     parser.value(QStringLiteral("schema")),
                                                     parser.positionalArguments());
    if (error) {
        err << "vigie-dbgen: " << error->toString() << '\n';
        return 1;
    }
    return 0;
}
