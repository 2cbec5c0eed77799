// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QImage>

#include "widgets/export/ExportTypes.h"
#include "widgets/map/MapScene.h"

class QIODevice;

class QPaintDevice;

namespace Vigie {

class MapRenderer;

/// Writes the map to PNG, JPEG, PDF and SVG through the same MapRenderer as the screen, with a title and a
/// footer carrying the sources and "Made with Natural Earth". Like ChartExporter, it writes through
/// ImageWriter (atomically, regular files only, no write error ignored) and takes the same options.
class MapExporter {
    Q_DECLARE_TR_FUNCTIONS(Vigie::MapExporter)

public:
    explicit MapExporter(const MapRenderer& renderer);

    /// The map's id in file names and on the command line: "map".
    static QString id();
    /// The map's files of a batch: every language × format, named as every batch names its files. Its CSV is
    /// the treaties state by state (TreatyTable), which the caller writes.
    static QList<ExportFile> plan(const QList<Language>& languages, const QList<ExportFormat>& formats,
                                  const ExportOptions& base, const QString& folder);

    /// Paints on any device, as every file format is painted: for layout checks that need no pixels.
    void paint(QPaintDevice& device, const MapScene& scene, const ExportOptions& options) const;
    QImage renderImage(const MapScene& scene, const ExportOptions& options) const;
    /// Writes to @p path through QSaveFile. Refuses anything that exists and is not a regular file.
    ExportResult exportToFile(const MapScene& scene, const QString& path, const ExportOptions& options) const;
    /// Writes to an open device; @p name is the name used in messages.
    ExportResult exportToDevice(const MapScene& scene, QIODevice& target, const QString& name,
                                const ExportOptions& options) const;

private:
    /// Why @p options cannot export the map (a size, a resolution, CSV), or nothing when they can.
    static std::optional<QString> refusal(const ExportOptions& options);

    const MapRenderer& m_renderer;
};

} // namespace Vigie
