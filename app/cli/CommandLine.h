// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/i18n/Language.h"

namespace Vigie {

struct CommandSpec;

/// What the command line asks for: the window, --version, --help, or a command ("vigie export …") with
/// its own arguments. Parsing needs the interface language already installed, so that --help and errors
/// come out translated; languageOption() reads --lang before that.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::CommandLine)

public:
    enum class Action
    {
        Gui,
        Version,
        Help,
        RunCommand,
    };

    Action action = Action::Gui;
    const CommandSpec* command = nullptr; ///< set with RunCommand
    QStringList commandArguments;         ///< the command's name and what follows it
    std::optional<Language> language;     ///< from --lang
    QString error;                        ///< translated; set when the arguments are wrong (exit code 2)
    QString helpText;

    /// The raw value of --lang/--lang=, if any, without validating it.
    static std::optional<QString> languageOption(const QStringList& arguments);
    static CommandLine parse(const QStringList& arguments);
};

} // namespace Vigie
