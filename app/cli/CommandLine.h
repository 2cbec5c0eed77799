// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "i18n/Language.h"

namespace Vigie {

/// What the command line asks for. Parsing needs the interface language already installed, so that
/// --help and errors come out translated; languageOption() reads --lang before that.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::CommandLine)

public:
    enum class Command
    {
        Gui,
        Version,
        Help,
    };

    Command command = Command::Gui;
    std::optional<Language> language; ///< from --lang
    QString error;                    ///< translated; set when the arguments are wrong (exit code 2)
    QString helpText;

    /// The raw value of --lang/--lang=, if any, without validating it.
    static std::optional<QString> languageOption(const QStringList& arguments);
    /// True unless the arguments only ask for text output (--version, --help), which needs no display.
    static bool needsDisplay(const QStringList& arguments);
    static CommandLine parse(const QStringList& arguments);
};

} // namespace Vigie
