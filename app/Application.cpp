// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Application.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "core/data/UserData.h"
#include "core/i18n/LanguageManager.h"
#include "core/settings/Settings.h"

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
    // The installed theme icon when there is one, else the embedded copy (running from the build tree).
    QGuiApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(VIGIE_APP_ID), QIcon(QStringLiteral(":/icons/org.vigie.Vigie.svg"))));

    m_services = std::make_unique<Services>();
    Settings& settings = m_services->settings();
    LanguageManager& languages = m_services->languages();

    // The language comes first, so that --help and errors are already in it: --lang, then the saved
    // choice, then the system's. A bad --lang is reported after parsing, in the fallback language.
    std::optional<Language> language;
    if (const auto option = CommandLine::languageOption(arguments))
        language = languageFromCode(*option);
    if (!language)
        language = settings.language();
    languages.setLanguage(language.value_or(languageForLocale(QLocale::system())));

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
    if (!commandLine.language && !settings.language())
        settings.setLanguage(languages.language());
    return runGui();
}

int Application::runCommand(const CommandLine& commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    if (!m_services->openDatabase(&error)) {
        err << "vigie: "
            << QCoreApplication::translate("Vigie::Application", "The embedded threat database cannot be opened: %1")
                   .arg(error)
            << Qt::endl;
        return ExitFailure;
    }
    CommandIo io{out, err};
    return commandLine.command->run(commandLine.commandArguments, m_services->context(), io);
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
    if (!m_services->openDatabase(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Vigie::Application", "Vigie cannot start"),
                              QCoreApplication::translate("Vigie::Application",
                                                          "The embedded threat database cannot be opened: %1")
                                  .arg(error));
        return ExitFailure;
    }
    // The user's database is checked while the window opens: the pages show Vigie's figures at once, and
    // the user's join them when the check has passed (figuresChanged).
    UserData& userData = m_services->userData();
    userData.checkInBackground();
    m_window = std::make_unique<MainWindow>(m_services->context());
    QObject::connect(&userData, &UserData::checked, m_window.get(), [window = m_window.get()](const QString& warning) {
        if (!warning.isEmpty())
            QMessageBox::warning(window, QCoreApplication::translate("Vigie::Application", "Your data"), warning);
    });
    m_window->show();
    return QApplication::exec();
}

} // namespace Vigie
