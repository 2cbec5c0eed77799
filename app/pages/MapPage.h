// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include "app/pages/Page.h"
#include "core/map/WorldMap.h"

class QLabel;

namespace Vigie {

struct AppContext;
class MapExporter;
class MapLocationModel;
class MapRenderer;
class MapView;
class WorldLoader;

/// The map of the capacity centres that France backs, with the treaty layers. It takes the centres and treaty
/// statuses from the database once, and loads the country outlines off the UI thread when it is first shown.
class MapPage : public Page
{
    Q_OBJECT

public:
    explicit MapPage(const AppContext& context, QWidget* parent = nullptr);
    ~MapPage() override;

    /// The page's name in the navigation, known before the page is built.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    MapView* mapView() const { return m_view; }
    /// The honest note shown above the map when the database has no centre yet (hidden otherwise).
    QLabel* notice() const { return m_notice; }
    /// True once the country outlines arrived (or failed to); they start loading when the page is first shown.
    bool isWorldLoaded() const { return m_worldLoaded; }

    /// The map as shown, with its title and footer.
    std::optional<Exportable> exportable() const override;
    QString exportTo(const QString& path, const ExportOptions& options) const override;
    QImage exportImage(const ExportOptions& options) const override;

signals:
    /// The country outlines arrived (or failed to: then the notice says so).
    void worldLoaded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    /// Takes the country outlines, or asks the application's loader for them.
    void loadWorld();
    void setWorld(std::shared_ptr<const WorldMap> world, const std::optional<WorldMap::Problem>& problem);

    std::unique_ptr<MapRenderer> m_renderer;
    std::unique_ptr<MapExporter> m_exporter;
    QLabel* m_heading;
    QLabel* m_notice;
    MapLocationModel* m_locations; ///< the one store of the centres and the selection
    MapView* m_view;
    WorldLoader& m_world;
    bool m_hasCentres = false;
    bool m_worldLoaded = false;
    bool m_worldWanted = false; // shown once: the outlines are wanted
    std::optional<WorldMap::Problem> m_worldProblem; // set when the outlines could not be loaded
};

} // namespace Vigie
