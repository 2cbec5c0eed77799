// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Services.h"

#include <QDir>
#include <QFileInfo>

#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/i18n/LanguageManager.h"
#include "core/i18n/PolicyText.h"
#include "core/i18n/Translations.h"
#include "core/map/WorldLoader.h"
#include "core/settings/Settings.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartRenderer.h"

namespace Vigie {

Services::Services(const QString& settingsPath)
    : m_userDatabasePath(settingsPath.isEmpty()
                             ? UserData::defaultPath()
                             : QFileInfo(settingsPath).absoluteDir().filePath(QStringLiteral("user.sqlite")))
    , m_settings(settingsPath.isEmpty() ? std::make_unique<Settings>() : std::make_unique<Settings>(settingsPath))
    , m_translations(std::make_unique<Translations>())
    , m_languages(std::make_unique<LanguageManager>(*m_translations))
    , m_policy(std::make_unique<PolicyText>(*m_translations))
    , m_world(std::make_unique<WorldLoader>())
{
}

Services::~Services() = default;

bool Services::openDatabase(QString* error)
{
    m_database = ThreatDatabase::openEmbedded(error);
    if (!m_database)
        return false;
    m_catalog = std::make_unique<ChartCatalog>(*m_database, *m_translations);
    m_renderer = std::make_unique<ChartRenderer>(*m_translations);
    m_exporter = std::make_unique<ChartExporter>(*m_renderer);
    m_userData = std::make_unique<UserData>(m_userDatabasePath, *m_database);
    return true;
}

AppContext Services::context()
{
    Q_ASSERT(m_database);
    return {*m_settings,  *m_languages,    *m_database, *m_catalog, *m_renderer,
            *m_exporter, *m_translations, *m_policy,   *m_userData, *m_world};
}

} // namespace Vigie
