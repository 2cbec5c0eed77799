// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/CommandLine.h"

#include <QCommandLineParser>

#include "app/cli/Commands.h"

namespace Vigie {

namespace {

bool isLangOption(const QString& arg)
{
    return arg == QLatin1String("--lang") || arg == QLatin1String("-lang");
}

/// Index of the first argument that is neither an option nor the value of --lang, or -1.
qsizetype commandIndex(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (isLangOption(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(u'-'))
            return i;
    }
    return -1;
}

} // namespace

std::optional<QString> CommandLine::languageOption(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (isLangOption(arg))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return std::nullopt;
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Vigie: a dashboard of the cyber-threat landscape, with every figure sourced."));
    const QCommandLineOption help = addHelpOption(parser);
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Interface language for this run: fr or en."),
                                  tr("language"));
    parser.addOption(lang);
    parser.addPositionalArgument(tr("command"), tr("A command to run without the window (see below)."),
                                 tr("[command [options]]"));
    result.helpText = parser.helpText();
    if (!commands().isEmpty()) {
        result.helpText += u'\n' + tr("Commands:") + u'\n';
        for (const CommandSpec& spec : commands())
            result.helpText += QStringLiteral("  %1  %2\n")
                                   .arg(QString::fromLatin1(spec.name).leftJustified(10),
                                        QCoreApplication::translate("Vigie::CommandLine", spec.description));
        result.helpText += tr("Run “vigie COMMAND --help” for a command's options.") + u'\n';
    }

    // Global options come before the command; the command parses the rest itself.
    const qsizetype split = commandIndex(arguments);
    const QStringList globalArguments = split < 0 ? arguments : arguments.mid(0, split);
    if (!parser.parse(globalArguments)) {
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
    if (parser.isSet(help)) {
        result.action = Action::Help;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Version;
        return result;
    }
    if (split >= 0) {
        const QString& name = arguments.at(split);
        result.command = findCommand(name);
        if (!result.command) {
            result.error = tr("Unknown command “%1”. See vigie --help.").arg(name);
            return result;
        }
        result.action = Action::RunCommand;
        result.commandArguments = arguments.mid(split);
    }
    return result;
}

} // namespace Vigie
