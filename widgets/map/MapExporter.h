// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>

#include "widgets/ChartExporter.h"
#include "widgets/map/MapScene.h"

namespace Vigie {

class MapRenderer;

/// Writes the map to PNG, JPEG, PDF and SVG through the same MapRenderer as the screen, with a title and a
/// footer carrying the sources and "Made with Natural Earth". Like ChartExporter, it writes atomically
/// (QSaveFile) and takes the same options.
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::MapExporter)

public:
    explicit MapExporter(const MapRenderer& renderer);

    QImage renderImage(const MapScene& scene, const ExportOptions& options) const;
    ExportResult exportToFile(const MapScene& scene, const QString& path, const ExportOptions& options) const;

private:
    const MapRenderer& m_renderer;
};

} // namespace Vigie
