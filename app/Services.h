// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "app/AppContext.h"

namespace Vigie {

class ChartCatalog;
class ChartExporter;
class ChartRenderer;
class LanguageManager;
class PolicyText;
class Settings;
class ThreatDatabase;
class Translations;
class UserData;
class WorldLoader;

/// Owns the services that the window and the commands share, in dependency order. Tests build the same
/// set, with their own settings file, so that what they check is what users run.
class Services
{
public:
    /// @p settingsPath empty: the platform's settings for Vigie.
    explicit Services(const QString& settingsPath = {});
    ~Services();
    Q_DISABLE_COPY_MOVE(Services)

    /// Opens the embedded database and builds what depends on it. Returns false with @p error set if the
    /// database cannot be opened.
    bool openDatabase(QString* error);

    Settings& settings() { return *m_settings; }
    const Translations& translations() const { return *m_translations; }
    LanguageManager& languages() { return *m_languages; }
    /// Valid once openDatabase() succeeded.
    AppContext context();

    /// The user's own data: its database lies beside the settings file when one was given (tests), else in the
    /// app-data folder. Valid once openDatabase() succeeded.
    UserData& userData() { return *m_userData; }

private:
    QString m_userDatabasePath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<PolicyText> m_policy;
    std::unique_ptr<ThreatDatabase> m_database;
    std::unique_ptr<ChartCatalog> m_catalog;
    std::unique_ptr<ChartRenderer> m_renderer;
    std::unique_ptr<ChartExporter> m_exporter;
    std::unique_ptr<UserData> m_userData;
    std::unique_ptr<WorldLoader> m_world;
};

} // namespace Vigie
