// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: exports against QCustomPlot's bare savePng of the same plot. Target: a 1920×1080 PNG within
// 1.3× of savePng. Also prints a 300-DPI A4 PDF, an SVG, and Export All in both languages.

#include <QApplication>
#include <QBuffer>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "bench/BenchUtil.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/Translations.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartRenderer.h"

using namespace Vigie;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const auto db = ThreatDatabase::openEmbedded();
    if (!db)
        return 1;
    Translations translations;
    ChartCatalog catalog(*db, translations);
    ChartRenderer renderer(translations);
    ChartExporter exporter(renderer);
    const ChartData chart = *catalog.chart(QStringLiteral("offences-by-year"));
    QTemporaryDir dir;
    constexpr int runs = 9;

    QCustomPlot bare;
    bare.resize(1920, 1080);
    renderer.setUp(bare, chart, Language::English, ChartTheme::light(), true);
    ExportOptions png;
    png.pixelSize = QSize(1920, 1080);
    // Interleaved, so that load from other processes falls on both sides alike.
    QList<double> bareTimes;
    QList<double> fileTimes;
    QList<double> memoryTimes;
    QList<double> bareCpu;
    QList<double> fileCpu;
    for (int i = 0; i < runs; ++i) {
        // The same two again in the thread's CPU time, which other processes of a busy machine do not inflate.
        double start = Bench::threadCpuMs();
        bare.savePng(dir.filePath(QStringLiteral("bare.png")), 1920, 1080);
        bareCpu.append(Bench::threadCpuMs() - start);
        start = Bench::threadCpuMs();
        exporter.exportToFile(chart, dir.filePath(QStringLiteral("cpu.png")), png); // a file, as savePng writes
        fileCpu.append(Bench::threadCpuMs() - start);
        bareTimes.append(
            Bench::medianMs(1, [&] { bare.savePng(dir.filePath(QStringLiteral("bare.png")), 1920, 1080); }));
        fileTimes.append(
            Bench::medianMs(1, [&] { exporter.exportToFile(chart, dir.filePath(QStringLiteral("a.png")), png); }));
        memoryTimes.append(Bench::medianMs(1, [&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            exporter.exportToDevice(chart, buffer, QStringLiteral("memory"), png);
        }));
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double bareMs = median(bareTimes);
    const double pngMs = median(fileTimes);
    const double memoryMs = median(memoryTimes);

    ExportOptions pdf;
    pdf.format = ExportFormat::Pdf;
    pdf.dpi = 300;
    pdf.pixelSize = QSize(qRound(297 / 25.4 * 300), qRound(210 / 25.4 * 300)); // A4 landscape
    const double pdfMs =
        Bench::medianMs(runs, [&] { exporter.exportToFile(chart, dir.filePath(QStringLiteral("a.pdf")), pdf); });

    ExportOptions svg;
    svg.format = ExportFormat::Svg;
    svg.pixelSize = QSize(1920, 1080);
    const double svgMs =
        Bench::medianMs(runs, [&] { exporter.exportToFile(chart, dir.filePath(QStringLiteral("a.svg")), svg); });

    QList<ChartData> charts;
    for (const QString& id : ChartCatalog::chartIds())
        charts.append(*catalog.chart(id));
    ExportOptions base;
    base.pixelSize = QSize(1600, 900);
    const auto jobs = ChartExporter::plan(charts, {Language::French, Language::English},
                                          {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}, base, dir.path());
    const double allMs = Bench::medianMs(3, [&] {
        for (const ExportJob& job : jobs)
            exporter.exportToFile(job.chart, job.path, job.options);
    });

    Bench::report(QStringLiteral("PNG 1920x1080 export"), pngMs, QStringLiteral("ms"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("bare QCustomPlot::savePng"), bareMs, QStringLiteral("ms"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("PNG export / bare savePng"), pngMs / bareMs, QStringLiteral("x"),
                  QStringLiteral("<= 1.3x"), pngMs / bareMs <= 1.3);
    Bench::report(QStringLiteral("PNG export / bare savePng, CPU time"), median(fileCpu) / median(bareCpu),
                  QStringLiteral("x"), QStringLiteral("-"), true);
    // The same export without the atomic, synced file write: the drawing and encoding alone.
    Bench::report(QStringLiteral("PNG export to memory / bare savePng"), memoryMs / bareMs, QStringLiteral("x"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("PDF A4 at 300 DPI"), pdfMs, QStringLiteral("ms"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("SVG 1920x1080"), svgMs, QStringLiteral("ms"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("Export All, FR+EN, PNG+SVG+PDF (%1 files)").arg(jobs.size()), allMs,
                  QStringLiteral("ms"), QStringLiteral("-"), true);
    return 0;
}
