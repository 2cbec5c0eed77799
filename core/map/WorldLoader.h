// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QObject>

#include "core/map/WorldMap.h"

namespace Vigie {

/// The embedded country outlines, parsed once for the whole application on a worker thread, and shared by
/// every map that shows them (the Map page, the Overview's small map). Nothing is parsed until a map asks,
/// so that start-up never pays for the 1.5 MB of GeoJSON.
class WorldLoader : public QObject
{
    Q_OBJECT

public:
    explicit WorldLoader(QObject* parent = nullptr);
    ~WorldLoader() override;

    /// Starts the parse, once; later calls do nothing. loaded() follows, on this object's thread.
    void request();
    bool isRequested() const { return m_requested; }
    bool isLoaded() const { return m_loaded; }
    /// The outlines, or nullptr until loaded, or when they could not be read (then problem() says why).
    std::shared_ptr<const WorldMap> world() const { return m_world; }
    std::optional<WorldMap::Problem> problem() const { return m_problem; }

signals:
    /// The outlines arrived, or failed to.
    void loaded();

private:
    void finish(std::shared_ptr<const WorldMap> world, const WorldMap::Problem& problem);

    bool m_requested = false;
    bool m_loaded = false;
    std::shared_ptr<const WorldMap> m_world;
    std::optional<WorldMap::Problem> m_problem;
};

} // namespace Vigie
