// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChartExporter.h"

#include <QDir>

#include "core/charts/ChartTableModel.h"
#include "widgets/ChartRenderer.h"
#include "widgets/ChartTheme.h"
#include "widgets/export/ExportLimits.h"
#include "widgets/export/ImageWriter.h"

namespace Vigie {

namespace {

/// A chart with its footer, as ImageWriter paints it: laid out at a whole number of 96-DPI pixels.
class ChartDrawing : public PaintedImage {
public:
    ChartDrawing(const ChartRenderer& renderer, const ChartData& chart, const ExportOptions& options)
        : m_renderer(renderer)
        , m_chart(chart)
        , m_options(options)
    {
    }

    void paint(QPaintDevice& device, const QSize& pixelSize, double scale) const override
    {
        const QSize logicalSize(qRound(pixelSize.width() / scale), qRound(pixelSize.height() / scale));
        m_renderer.paint(device, logicalSize, scale, m_chart, m_options.language, theme());
    }
    // Opaque: charts have a solid background, and a PNG without an alpha channel encodes a quarter faster.
    QImage::Format imageFormat() const override { return QImage::Format_RGB32; }
    QColor background() const override { return theme().background; }
    QString title() const override { return m_chart.title.text(m_options.language); }
    QString description() const override { return m_chart.summary.text(m_options.language); }

private:
    ChartTheme theme() const { return m_options.dark ? ChartTheme::dark() : ChartTheme::light(); }

    const ChartRenderer& m_renderer;
    const ChartData& m_chart;
    const ExportOptions& m_options;
};

} // namespace

ChartExporter::ChartExporter(const ChartRenderer& renderer)
    : m_renderer(renderer)
{
}

std::optional<QString> ChartExporter::validate(const ExportOptions& options)
{
    return ExportLimits::refusal(options, {options.format}); // a table has no size
}

void ChartExporter::paint(QPaintDevice& device, const ChartData& chart, const ExportOptions& options) const
{
    ImageWriter::paint(ChartDrawing(m_renderer, chart, options), device, options);
}

QImage ChartExporter::renderImage(const ChartData& chart, const ExportOptions& options) const
{
    return ImageWriter::renderImage(ChartDrawing(m_renderer, chart, options), options);
}

ExportResult ChartExporter::exportToFile(const ChartData& chart, const QString& path,
                                         const ExportOptions& options) const
{
    if (const auto invalid = validate(options))
        return {*invalid};
    if (options.format == ExportFormat::Csv)
        return ImageWriter::saveBytes(csv(chart, options.language), path);
    return ImageWriter::writeFile(ChartDrawing(m_renderer, chart, options), path, options);
}

std::future<ExportResult> ChartExporter::exportToFileInBackground(const ChartData& chart, const QString& path,
                                                                  const ExportOptions& options) const
{
    if (const auto invalid = validate(options); invalid || options.format == ExportFormat::Csv) {
        std::promise<ExportResult> done;
        done.set_value(exportToFile(chart, path, options));
        return done.get_future();
    }
    return ImageWriter::writeFileInBackground(ChartDrawing(m_renderer, chart, options), path, options);
}

ExportResult ChartExporter::exportToDevice(const ChartData& chart, QIODevice& target, const QString& name,
                                           const ExportOptions& options) const
{
    if (const auto invalid = validate(options))
        return {*invalid};
    if (options.format == ExportFormat::Csv)
        return ImageWriter::writeBytes(csv(chart, options.language), target, name);
    return ImageWriter::write(ChartDrawing(m_renderer, chart, options), target, name, options);
}

QByteArray ChartExporter::csv(const ChartData& chart, Language language) const
{
    // The table's columns and texts, in the export's language; cells that a spreadsheet would run as
    // formulas are defused with an apostrophe.
    ChartTableModel table(m_renderer.translations());
    table.setChart(chart);
    table.setLanguage(language);
    auto cell = [](QString text) -> QString { // a QString, not a builder of a dead temporary
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
            text.prepend(u'\'');
        return u'"' + text.replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < table.columnCount(); ++c)
        header.append(cell(table.headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(u','));
    for (int r = 0; r < table.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < table.columnCount(); ++c) {
            const QModelIndex index = table.index(r, c);
            // Raw numbers, not "278 770": a spreadsheet must read them as numbers.
            row.append(c == ChartTableModel::ValueColumn && chart.kind != ChartKind::Timeline
                           ? QString::number(index.data(ChartTableModel::RawValueRole).toDouble(), 'g', 15)
                           : cell(index.data().toString()));
        }
        lines.append(row.join(u','));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QString ChartExporter::fileName(const QString& chartId, Language language, ExportFormat format)
{
    return QStringLiteral("%1-%2.%3").arg(chartId, languageCode(language), suffix(format));
}

QList<ExportFile> ChartExporter::planFiles(const QString& id, const QList<Language>& languages,
                                           const QList<ExportFormat>& formats, const ExportOptions& base,
                                           const QString& folder)
{
    QList<ExportFile> files;
    const QDir dir(folder);
    for (Language language : languages) {
        for (ExportFormat format : formats) {
            ExportFile file {base, dir.filePath(fileName(id, language, format))};
            file.options.language = language;
            file.options.format = format;
            files.append(file);
        }
    }
    return files;
}

QList<ExportJob> ChartExporter::plan(const QList<ChartData>& charts, const QList<Language>& languages,
                                     const QList<ExportFormat>& formats, const ExportOptions& base,
                                     const QString& folder)
{
    QList<ExportJob> jobs;
    for (const ChartData& chart : charts) {
        for (const ExportFile& file : planFiles(chart.id, languages, formats, base, folder))
            jobs.append({chart, file.options, file.path});
    }
    return jobs;
}

QString ChartExporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Jpeg:
        return QStringLiteral("jpg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<ExportFormat> ChartExporter::formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("png"))
        return ExportFormat::Png;
    if (n == QLatin1String("jpg") || n == QLatin1String("jpeg"))
        return ExportFormat::Jpeg;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

} // namespace Vigie
