// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QStringList>

namespace Vigie {

struct CommandLine;
class MainWindow;
class Services;

/// Start-up and everything main() would otherwise do: names, settings, language, database, then either a
/// command-line command or the main window.
class Application
{
public:
    Application();
    ~Application();

    /// Call before creating the QApplication: picks the offscreen platform for commands that need no window
    /// when there is no display.
    static void prepareEnvironment(int argc, char* argv[]);

    /// Runs what the command line asks for and returns the process exit code.
    int run(const QStringList& arguments);

private:
    int runGui();
    int runCommand(const CommandLine& commandLine);

    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Vigie
