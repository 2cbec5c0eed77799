// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QStringList>

namespace Vigie {

class ChartCatalog;
class ChartExporter;
class ChartRenderer;
struct CommandLine;
class LanguageManager;
class MainWindow;
class Settings;
class ThreatDatabase;
class Translations;

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
    bool createServices(QString* error);
    int runGui();
    int runCommand(const CommandLine& commandLine);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<ThreatDatabase> m_database;
    std::unique_ptr<ChartCatalog> m_catalog;
    std::unique_ptr<ChartRenderer> m_renderer;
    std::unique_ptr<ChartExporter> m_exporter;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Vigie
