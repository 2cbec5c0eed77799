// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the command-line parser. Arguments are NUL-separated in the input. It must never crash, and
// a parse must end in exactly one of: an action, or an error.

#include <cstdlib>

#include <QCoreApplication>

#include "app/cli/CommandLine.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "vigie";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // QCommandLineParser's texts need an application
    QStringList arguments{QStringLiteral("vigie")};
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QByteArray& part : bytes.split('\0'))
        arguments.append(QString::fromUtf8(part));
    const Vigie::CommandLine line = Vigie::CommandLine::parse(arguments);
    if (!line.error.isEmpty() && line.action == Vigie::CommandLine::Action::RunCommand)
        std::abort();
    if (line.action == Vigie::CommandLine::Action::RunCommand && !line.command)
        std::abort();
    (void)Vigie::CommandLine::languageOption(arguments);
    return 0;
}
