// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/MapExporter.h"

#include <QPainter>

#include "widgets/ChartExporter.h"
#include "widgets/export/ImageWriter.h"
#include "widgets/map/MapRenderer.h"

namespace Vigie {

namespace {

/// A map page (title, map, legend, footer) as ImageWriter paints it: laid out at fractional 96-DPI pixels.
class MapDrawing : public PaintedImage {
public:
    MapDrawing(const MapRenderer& renderer, const MapScene& shownScene, const ExportOptions& options)
        : m_renderer(renderer)
        , m_scene(shownScene)
        , m_language(options.language)
        , m_style(options.dark ? MapStyle::dark() : MapStyle::light())
    {
        // The view as shown, minus what only the pointer meant: the hovered country's outline.
        m_scene.hoveredIso3.clear();
    }

    void paint(QPaintDevice& device, const QSize& pixelSize, double scale) const override
    {
        QPainter painter(&device);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        m_renderer.paintPage(painter, QSizeF(pixelSize) / scale, m_scene, m_language, m_style);
    }
    // Opaque, as a chart: the page has a solid background, and a JPEG needs no second, alpha-free copy of
    // a picture that may be 400 MB at the largest accepted size.
    QImage::Format imageFormat() const override { return QImage::Format_RGB32; }
    QColor background() const override { return m_style.background; }
    QString title() const override { return m_renderer.title(m_scene, m_language); }
    QString description() const override { return m_renderer.footer(m_scene, m_language); }

private:
    const MapRenderer& m_renderer;
    MapScene m_scene;
    Language m_language;
    MapStyle m_style;
};

} // namespace

QString MapExporter::id()
{
    return QStringLiteral("map");
}

QList<ExportFile> MapExporter::plan(const QList<Language>& languages, const QList<ExportFormat>& formats,
                                    const ExportOptions& base, const QString& folder)
{
    return ChartExporter::planFiles(id(), languages, formats, base, folder);
}

MapExporter::MapExporter(const MapRenderer& renderer)
    : m_renderer(renderer)
{
}

std::optional<QString> MapExporter::refusal(const ExportOptions& options)
{
    if (auto invalid = ChartExporter::validate(options))
        return invalid;
    if (options.format == ExportFormat::Csv)
        return tr("The map has no table of numbers to export as CSV.");
    return std::nullopt;
}

void MapExporter::paint(QPaintDevice& device, const MapScene& scene, const ExportOptions& options) const
{
    ImageWriter::paint(MapDrawing(m_renderer, scene, options), device, options);
}

QImage MapExporter::renderImage(const MapScene& scene, const ExportOptions& options) const
{
    return ImageWriter::renderImage(MapDrawing(m_renderer, scene, options), options);
}

ExportResult MapExporter::exportToFile(const MapScene& scene, const QString& path, const ExportOptions& options) const
{
    if (const auto refused = refusal(options))
        return {*refused};
    return ImageWriter::writeFile(MapDrawing(m_renderer, scene, options), path, options);
}

ExportResult MapExporter::exportToDevice(const MapScene& scene, QIODevice& target, const QString& name,
                                         const ExportOptions& options) const
{
    if (const auto refused = refusal(options))
        return {*refused};
    return ImageWriter::write(MapDrawing(m_renderer, scene, options), target, name, options);
}

} // namespace Vigie
