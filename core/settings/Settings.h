// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QObject>
#include <QSize>
#include <QVariant>

#include "core/i18n/Language.h"

class QSettings;

namespace Vigie {

/// Every setting Vigie keeps, with its key and default in one table (KeePassXC's Config pattern). Widgets use
/// the typed accessors and never see a raw QSettings key.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        Language,
        MainWindowGeometry,
        MainWindowState,
        CurrentPage,
        ExportDirectory,
        ExportSize,
        ExportDpi,
        MapLayer,
        MapLegendFolded,
        Theme,
    };
    Q_ENUM(Key)

    /// Light or dark colours: as the desktop's appearance setting says, or chosen in the View menu.
    enum class Theme
    {
        FollowDesktop,
        Light,
        Dark,
    };

    /// Uses the platform's settings file for Vigie.
    explicit Settings(QObject* parent = nullptr);
    /// Uses an INI file at @p path (tests, portable use).
    explicit Settings(const QString& path, QObject* parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    QString fileName() const;

    /// The saved language, or nothing on first launch or if the saved value is not a language Vigie knows.
    std::optional<Language> language() const;
    void setLanguage(Language language);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray& geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray& state);
    int currentPage() const;
    void setCurrentPage(int page);

    QString exportDirectory() const;
    void setExportDirectory(const QString& directory);
    QSize exportSize() const; ///< an invalid size means "as on screen"
    void setExportSize(const QSize& size);
    int exportDpi() const;
    void setExportDpi(int dpi);

    /// The map's treaty layer, by its name (MapLayer::kindName); "none" until the user picks one.
    QString mapLayer() const;
    void setMapLayer(const QString& layer);
    /// Whether the user folded the map's legend, or nothing if the user never chose.
    std::optional<bool> mapLegendFolded() const;
    void setMapLegendFolded(bool folded);

    Theme theme() const; ///< FollowDesktop unless the user chose
    void setTheme(Theme theme);

    void sync();

signals:
    void changed(Vigie::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Vigie
