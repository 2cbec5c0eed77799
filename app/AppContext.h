// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// The services a window or a command needs, created once by Application and handed down explicitly,
/// so that every page can be built and tested with its own.
struct AppContext
{
    Settings& settings;
    LanguageManager& languages;
    const ThreatDatabase& database;
    const ChartCatalog& catalog;
    const ChartRenderer& renderer;
    const ChartExporter& exporter;
    const Translations& translations;
    const PolicyText& policy;
    UserData& userData;
    WorldLoader& world; ///< the country outlines, loaded once when a map first asks
};

} // namespace Vigie
