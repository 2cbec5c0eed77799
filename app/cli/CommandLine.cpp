// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCommandLineParser>

namespace Vigie {

std::optional<QString> CommandLine::languageOption(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--lang") || arg == QLatin1String("-lang"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return std::nullopt;
}

bool CommandLine::needsDisplay(const QStringList& arguments)
{
    static const QStringList textOnly = {QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("--help"),
                                         QStringLiteral("-h"), QStringLiteral("--help-all")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (textOnly.contains(arguments.at(i)))
            return false;
    }
    return true;
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Vigie: a dashboard of the cyber-threat landscape, with every figure sourced."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Interface language for this run: fr or en."),
                                  tr("language"));
    parser.addOption(lang);
    result.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(lang)) {
        const QString code = parser.value(lang);
        result.language = languageFromCode(code);
        if (!result.language) {
            result.error = tr("Unknown language “%1”: use fr or en.").arg(code);
            return result;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = tr("Unknown command “%1”. See vigie --help.").arg(parser.positionalArguments().first());
        return result;
    }
    if (parser.isSet(help))
        result.command = Command::Help;
    else if (parser.isSet(version))
        result.command = Command::Version;
    return result;
}

} // namespace Vigie
