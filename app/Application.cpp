// SPDX-License-Identifier: GPL-3.0-or-later
#include "Application.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

#include "AppContext.h"
#include "ChartExporter.h"
#include "ChartRenderer.h"
#include "MainWindow.h"
#include "charts/ChartCatalog.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "data/ThreatDatabase.h"
#include "i18n/LanguageManager.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"

namespace Vigie {

namespace {

// Set when Vigie chose the offscreen platform itself because there was no display.
bool s_noDisplay = false;

void printLine(FILE* stream, const QString& text)
{
    QTextStream out(stream);
    out << text << Qt::endl;
}

} // namespace

Application::Application() = default;

Application::~Application()
{
    m_window.reset(); // widgets go before the services they use
}

void Application::prepareEnvironment(int argc, char* argv[])
{
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    const bool hasDisplay = qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    // Without a display, start offscreen anyway: commands and errors need no window, and the window itself
    // then says clearly that it needs one, instead of Qt aborting.
    if (!hasDisplay && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        s_noDisplay = true;
    }
}

int Application::run(const QStringList& arguments)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIE_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Vigie"));
    QGuiApplication::setDesktopFileName(QStringLiteral(VIGIE_APP_ID));

    m_settings = std::make_unique<Settings>();
    m_translations = std::make_unique<Translations>();
    m_languages = std::make_unique<LanguageManager>(*m_translations);

    // The language comes first, so that --help and errors are already in it: --lang, then the saved
    // choice, then the system's. A bad --lang is reported after parsing, in the fallback language.
    std::optional<Language> language;
    if (const auto option = CommandLine::languageOption(arguments))
        language = languageFromCode(*option);
    if (!language)
        language = m_settings->language();
    m_languages->setLanguage(language.value_or(languageForLocale(QLocale::system())));

    const CommandLine commandLine = CommandLine::parse(arguments);
    if (!commandLine.error.isEmpty()) {
        printLine(stderr, QStringLiteral("vigie: %1").arg(commandLine.error));
        return ExitUsage;
    }
    switch (commandLine.action) {
    case CommandLine::Action::Version:
        printLine(stdout, QStringLiteral("Vigie %1").arg(QCoreApplication::applicationVersion()));
        return ExitSuccess;
    case CommandLine::Action::Help:
        printLine(stdout, commandLine.helpText);
        return ExitSuccess;
    case CommandLine::Action::RunCommand:
        return runCommand(commandLine);
    case CommandLine::Action::Gui:
        break;
    }
    if (!commandLine.language && !m_settings->language())
        m_settings->setLanguage(m_languages->language());
    return runGui();
}

bool Application::createServices(QString* error)
{
    m_database = ThreatDatabase::openEmbedded(error);
    if (!m_database)
        return false;
    m_catalog = std::make_unique<ChartCatalog>(*m_database, *m_translations);
    m_renderer = std::make_unique<ChartRenderer>(*m_translations);
    m_exporter = std::make_unique<ChartExporter>(*m_renderer);
    return true;
}

int Application::runCommand(const CommandLine& commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    if (!createServices(&error)) {
        err << "vigie: "
            << QCoreApplication::translate("Vigie::Application", "The embedded threat database cannot be opened: %1")
                   .arg(error)
            << Qt::endl;
        return ExitFailure;
    }
    const AppContext context{*m_settings, *m_languages, *m_database, *m_catalog, *m_renderer, *m_exporter};
    CommandIo io{out, err};
    return commandLine.command->run(commandLine.commandArguments, context, io);
}

int Application::runGui()
{
    if (s_noDisplay) {
        printLine(stderr, QStringLiteral("vigie: %1").arg(QCoreApplication::translate(
                              "Vigie::Application", "No display found: the window needs a graphical session. "
                                                    "See vigie --help for what runs without one.")));
        return ExitFailure;
    }
    QString error;
    if (!createServices(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Vigie::Application", "Vigie cannot start"),
                              QCoreApplication::translate("Vigie::Application",
                                                          "The embedded threat database cannot be opened: %1")
                                  .arg(error));
        return ExitFailure;
    }
    const AppContext context{*m_settings, *m_languages, *m_database, *m_catalog, *m_renderer, *m_exporter};
    m_window = std::make_unique<MainWindow>(context);
    m_window->show();
    return QApplication::exec();
}

} // namespace Vigie
