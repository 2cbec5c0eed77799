// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChartExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "core/charts/ChartTableModel.h"
#include "widgets/ChartRenderer.h"
#include "widgets/ChartTheme.h"

namespace Vigie {

namespace {

constexpr double screenDpi = 96.0;

QSize logicalSize(const ExportOptions& options)
{
    const double scale = options.dpi / screenDpi;
    return QSize(qRound(options.pixelSize.width() / scale), qRound(options.pixelSize.height() / scale));
}

ChartTheme themeFor(const ExportOptions& options)
{
    return options.dark ? ChartTheme::dark() : ChartTheme::light();
}

/// Passes writes through to a device and remembers any that fails: QPdfWriter and QSvgGenerator ignore
/// write errors, so a full disk would otherwise pass for a finished export.
class CheckedWriter : public QIODevice
{
public:
    explicit CheckedWriter(QIODevice& target)
        : m_target(target)
    {
        open(QIODevice::WriteOnly);
    }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        if (m_failed)
            return -1;
        if (m_target.write(data, length) != length) {
            m_failed = true;
            return -1;
        }
        return length;
    }

private:
    QIODevice& m_target;
    bool m_failed = false;
};

} // namespace

ChartExporter::ChartExporter(const ChartRenderer& renderer)
    : m_renderer(renderer)
{
}

std::optional<QString> ChartExporter::validate(const ExportOptions& options)
{
    const QSize size = options.pixelSize;
    if (size.width() < minimumSide || size.height() < minimumSide || size.width() > maximumSide
        || size.height() > maximumSide)
        return tr("The size %1 × %2 is not valid: each side must be between %3 and %4 pixels.")
            .arg(size.width())
            .arg(size.height())
            .arg(minimumSide)
            .arg(maximumSide);
    if (options.dpi < minimumDpi || options.dpi > maximumDpi)
        return tr("The resolution %1 DPI is not valid: it must be between %2 and %3.")
            .arg(options.dpi)
            .arg(minimumDpi)
            .arg(maximumDpi);
    return std::nullopt;
}

QImage ChartExporter::renderImage(const ChartData& chart, const ExportOptions& options) const
{
    const ChartTheme theme = themeFor(options);
    // Opaque: charts have a solid background, and a PNG without an alpha channel encodes a quarter faster.
    QImage image(options.pixelSize, QImage::Format_RGB32);
    image.fill(theme.background);
    const int dotsPerMeter = qRound(options.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    m_renderer.paint(image, logicalSize(options), options.dpi / screenDpi, chart, options.language, theme);
    return image;
}

ExportResult ChartExporter::exportToFile(const ChartData& chart, const QString& path,
                                         const ExportOptions& options) const
{
    if (const auto invalid = validate(options))
        return {*invalid};
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return {tr("Cannot write “%1”: it is not a regular file.").arg(path)};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    ExportResult result = exportToDevice(chart, file, path, options);
    if (!result.ok()) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return {tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    return {};
}

ExportResult ChartExporter::exportToDevice(const ChartData& chart, QIODevice& target, const QString& name,
                                           const ExportOptions& options) const
{
    if (const auto invalid = validate(options))
        return {*invalid};
    const ChartTheme theme = themeFor(options);
    const double scale = options.dpi / screenDpi;
    CheckedWriter device(target);
    bool written = true;
    switch (options.format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg: {
        const QImage image = renderImage(chart, options);
        QImageWriter writer(&device, options.format == ExportFormat::Png ? "png" : "jpeg");
        if (options.format == ExportFormat::Jpeg)
            writer.setQuality(92);
        written = writer.write(image);
        break;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(&device);
        pdf.setResolution(options.dpi);
        pdf.setPageSize(QPageSize(QSizeF(options.pixelSize) / options.dpi, QPageSize::Inch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(chart.title.text(options.language));
        pdf.setCreator(QStringLiteral("Vigie " VIGIE_VERSION));
        m_renderer.paint(pdf, logicalSize(options), scale, chart, options.language, theme);
        break;
    }
    case ExportFormat::Csv: {
        // The table's columns and texts, in the export's language; cells that a spreadsheet would run as
        // formulas are defused with an apostrophe.
        ChartTableModel table(m_renderer.translations());
        table.setChart(chart);
        table.setLanguage(options.language);
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
        written = device.write((lines.join(u'\n') + u'\n').toUtf8()) >= 0;
        break;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(options.pixelSize);
        svg.setViewBox(QRect(QPoint(0, 0), options.pixelSize));
        svg.setResolution(options.dpi);
        svg.setTitle(chart.title.text(options.language));
        svg.setDescription(chart.summary.text(options.language));
        m_renderer.paint(svg, logicalSize(options), scale, chart, options.language, theme);
        break;
    }
    }
    device.close(); // the generators write their last bytes when their painter ends; this flushes nothing more
    if (!written || device.failed())
        return {tr("Cannot write “%1”: %2").arg(name, target.errorString())};
    return {};
}

QString ChartExporter::fileName(const QString& chartId, Language language, ExportFormat format)
{
    return QStringLiteral("%1-%2.%3").arg(chartId, languageCode(language), suffix(format));
}

QList<ExportJob> ChartExporter::plan(const QList<ChartData>& charts, const QList<Language>& languages,
                                     const QList<ExportFormat>& formats, const ExportOptions& base,
                                     const QString& folder)
{
    QList<ExportJob> jobs;
    const QDir dir(folder);
    for (const ChartData& chart : charts) {
        for (Language language : languages) {
            for (ExportFormat format : formats) {
                ExportJob job{chart, base, dir.filePath(fileName(chart.id, language, format))};
                job.options.language = language;
                job.options.format = format;
                jobs.append(job);
            }
        }
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
