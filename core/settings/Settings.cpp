// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/Settings.h"

#include <QSettings>
#include <QStandardPaths>

namespace Vigie {

namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& info(Settings::Key key)
{
    static const KeyInfo table[] = {
        {Settings::Key::Language, "ui/language", QVariant()},
        {Settings::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
        {Settings::Key::MainWindowState, "ui/mainWindowState", QByteArray()},
        {Settings::Key::CurrentPage, "ui/currentPage", 0},
        {Settings::Key::ExportDirectory, "export/directory",
         QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)},
        {Settings::Key::ExportSize, "export/size", QSize()},
        {Settings::Key::ExportDpi, "export/dpi", 96},
        {Settings::Key::MapLayer, "map/layer", QStringLiteral("none")},
        {Settings::Key::MapLegendFolded, "map/legendFolded", QVariant()},
        {Settings::Key::Theme, "ui/theme", QStringLiteral("desktop")},
    };
    for (const KeyInfo& entry : table) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString& path, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const KeyInfo& entry = info(key);
    return m_settings->value(QLatin1String(entry.name), entry.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    const KeyInfo& entry = info(key);
    if (m_settings->value(QLatin1String(entry.name), entry.defaultValue) == value)
        return;
    m_settings->setValue(QLatin1String(entry.name), value);
    emit changed(key);
}

void Settings::reset(Key key)
{
    m_settings->remove(QLatin1String(info(key).name));
    emit changed(key);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

std::optional<Language> Settings::language() const
{
    return languageFromCode(value(Key::Language).toString());
}

void Settings::setLanguage(Language language)
{
    setValue(Key::Language, languageCode(language));
}

QByteArray Settings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray& geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray& state)
{
    setValue(Key::MainWindowState, state);
}

int Settings::currentPage() const
{
    return value(Key::CurrentPage).toInt();
}

void Settings::setCurrentPage(int page)
{
    setValue(Key::CurrentPage, page);
}

QString Settings::exportDirectory() const
{
    return value(Key::ExportDirectory).toString();
}

void Settings::setExportDirectory(const QString& directory)
{
    setValue(Key::ExportDirectory, directory);
}

QSize Settings::exportSize() const
{
    return value(Key::ExportSize).toSize();
}

void Settings::setExportSize(const QSize& size)
{
    setValue(Key::ExportSize, size);
}

int Settings::exportDpi() const
{
    const int dpi = value(Key::ExportDpi).toInt();
    return dpi >= 72 && dpi <= 600 ? dpi : 96;
}

void Settings::setExportDpi(int dpi)
{
    setValue(Key::ExportDpi, dpi);
}

QString Settings::mapLayer() const
{
    return value(Key::MapLayer).toString();
}

void Settings::setMapLayer(const QString& layer)
{
    setValue(Key::MapLayer, layer);
}

Settings::Theme Settings::theme() const
{
    const QString text = value(Key::Theme).toString();
    if (text == QLatin1String("light"))
        return Theme::Light;
    if (text == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::FollowDesktop; // also for anything the file holds that Vigie does not know
}

void Settings::setTheme(Theme theme)
{
    setValue(Key::Theme, theme == Theme::Light ? QStringLiteral("light")
                             : theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("desktop"));
}

std::optional<bool> Settings::mapLegendFolded() const
{
    const QVariant folded = value(Key::MapLegendFolded);
    if (!folded.isValid())
        return std::nullopt;
    const QString text = folded.toString().toLower();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return std::nullopt; // anything else was not written by Vigie: as if never chosen
}

void Settings::setMapLegendFolded(bool folded)
{
    setValue(Key::MapLegendFolded, folded);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Vigie
