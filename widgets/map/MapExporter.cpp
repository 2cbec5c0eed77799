// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/MapExporter.h"

#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "widgets/map/MapRenderer.h"

namespace Vigie {

namespace {

constexpr double screenDpi = 96.0;

QSizeF logicalSize(const ExportOptions& options)
{
    const double scale = options.dpi / screenDpi;
    return QSizeF(options.pixelSize) / scale;
}

MapStyle styleFor(const ExportOptions& options)
{
    return options.dark ? MapStyle::dark() : MapStyle::light();
}

// The view as shown, minus what only the pointer meant: the hovered country's outline.
MapScene forExport(const MapScene& scene)
{
    MapScene copy = scene;
    copy.hoveredIso3.clear();
    return copy;
}

} // namespace

MapExporter::MapExporter(const MapRenderer& renderer)
    : m_renderer(renderer)
{
}

QImage MapExporter::renderImage(const MapScene& shownScene, const ExportOptions& options) const
{
    const MapScene scene = forExport(shownScene);
    QImage image(options.pixelSize, QImage::Format_ARGB32_Premultiplied);
    const MapStyle style = styleFor(options);
    image.fill(style.background);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(options.dpi / screenDpi, options.dpi / screenDpi);
    m_renderer.paintPage(painter, logicalSize(options), scene, options.language, style);
    return image;
}

ExportResult MapExporter::exportToFile(const MapScene& shownScene, const QString& path,
                                       const ExportOptions& options) const
{
    const MapScene scene = forExport(shownScene);
    if (const auto invalid = ChartExporter::validate(options))
        return {*invalid};

    QSaveFile file(path);
    if (options.format == ExportFormat::Csv)
        return {tr("The map has no table of numbers to export as CSV.")};
    if (!file.open(QIODevice::WriteOnly))
        return {tr("Cannot write “%1”: %2").arg(path, file.errorString())};

    const MapStyle style = styleFor(options);
    const double scale = options.dpi / screenDpi;
    const QString title = m_renderer.title(scene, options.language);
    bool written = true;
    switch (options.format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg: {
        QImage image = renderImage(scene, options);
        if (options.format == ExportFormat::Jpeg)
            image = image.convertToFormat(QImage::Format_RGB32);
        QImageWriter writer(&file, options.format == ExportFormat::Png ? "png" : "jpeg");
        if (options.format == ExportFormat::Jpeg)
            writer.setQuality(92);
        written = writer.write(image);
        break;
    }
    case ExportFormat::Csv:
        break; // refused above
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(options.dpi);
        pdf.setPageSize(QPageSize(QSizeF(options.pixelSize) / options.dpi, QPageSize::Inch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Vigie " VIGIE_VERSION));
        QPainter painter(&pdf);
        painter.scale(scale, scale);
        m_renderer.paintPage(painter, logicalSize(options), scene, options.language, style);
        written = painter.end();
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.pixelSize);
        svg.setViewBox(QRect(QPoint(0, 0), options.pixelSize));
        svg.setResolution(options.dpi);
        svg.setTitle(title);
        svg.setDescription(m_renderer.footer(scene, options.language));
        QPainter painter(&svg);
        painter.scale(scale, scale);
        m_renderer.paintPage(painter, logicalSize(options), scene, options.language, style);
        written = painter.end();
        break;
    }
    }
    if (!written || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return {tr("Cannot write “%1”: %2").arg(path, reason)};
    }
    if (!file.commit())
        return {tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    return {};
}

} // namespace Vigie
