// SPDX-License-Identifier: GPL-3.0-or-later
// Map benchmark: outline loading, first paint, pan and zoom frame times at 1920×1080 (target: under 16 ms per
// frame), and the memory the outlines hold. Prints figures; not a test. Run it offscreen:
//   QT_QPA_PLATFORM=offscreen ./build/bench/bench_map [--grab out.png] [--lang fr]
#include <algorithm>
#include <numeric>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include "bench/BenchUtil.h"

#include "core/i18n/LanguageManager.h"
#include "core/i18n/Translations.h"
#include "core/map/EqualEarth.h"
#include "tests/MapFixtures.h"
#include "widgets/map/MapCanvas.h"
#include "widgets/map/MapExporter.h"
#include "widgets/map/MapRenderer.h"
#include "widgets/map/MapView.h"

using namespace Vigie;

namespace {

struct Stats
{
    double mean = 0;
    double median = 0;
    double worst = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.mean = std::accumulate(ms.begin(), ms.end(), 0.0) / ms.size();
    s.median = ms.at(ms.size() / 2);
    s.worst = ms.last();
    return s;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();

    Translations translations;
    LanguageManager languages(translations);
    languages.setLanguage(args.contains(QStringLiteral("fr")) ? Language::French : Language::English);
    QCoreApplication::processEvents();
    MapRenderer renderer(translations);

    const qint64 rssBefore = Bench::processStatusKb("VmRSS");
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const WorldMap> world = WorldMap::loadEmbedded();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    const qint64 rssAfter = Bench::processStatusKb("VmRSS");
    if (!world) {
        out << "bench_map: the map outlines cannot be loaded" << Qt::endl;
        return 1;
    }
    Bench::report(QStringLiteral("map: load outlines (%1 countries)").arg(world->countries().size()), loadMs,
                  QStringLiteral("ms"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("map: memory held by the outlines"), world->memoryBytes() / 1048576.0,
                  QStringLiteral("MiB"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("map: resident memory grown by loading"), (rssAfter - rssBefore) / 1024.0,
                  QStringLiteral("MiB"), QStringLiteral("-"), true);

    const QSize size(1920, 1080);
    const auto locations = Fixtures::locations();
    MapCanvas canvas(renderer, *locations);
    canvas.setWorld(world);
    canvas.resize(size);
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    // Frames during a pan or zoom are drawn in interactive quality, as MapCanvas does; the settled frame after
    // the gesture is the full-quality one (first paint).
    auto paint = [&] {
        QElapsedTimer t;
        t.start();
        QPainter painter(&frame);
        renderer.paintMap(painter, frame.rect(), canvas.scene(), languages.language(), MapStyle::light(), true,
                          MapRenderer::Quality::Interactive);
        painter.end();
        return t.nsecsElapsed() / 1e6;
    };

    timer.restart();
    const QImage first = canvas.grab().toImage();
    const double firstPaintMs = timer.nsecsElapsed() / 1e6;
    Bench::report(QStringLiteral("map: first paint at 1920x1080"), firstPaintMs, QStringLiteral("ms"),
                  QStringLiteral("-"), true);

    QList<double> homeTimes;
    for (int i = 0; i < 60; ++i) {
        canvas.panBy(QPointF(i < 30 ? 12 : -12, i % 2 ? 4 : -4));
        homeTimes.append(paint());
    }
    QList<double> panTimes;
    canvas.showWholeWorld();
    for (int i = 0; i < 60; ++i) {
        canvas.panBy(QPointF(i < 30 ? 12 : -12, i % 2 ? 4 : -4));
        panTimes.append(paint());
    }
    QList<double> zoomTimes;
    canvas.showWholeWorld();
    for (int i = 0; i < 60; ++i) {
        canvas.zoomBy(i < 30 ? 1.06 : 1 / 1.06, QPointF(1100, 380));
        zoomTimes.append(paint());
    }
    QList<double> fullTimes;
    canvas.resetView();
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        QPainter painter(&frame);
        renderer.paintMap(painter, frame.rect(), canvas.scene(), languages.language(), MapStyle::light());
        painter.end();
        fullTimes.append(t.nsecsElapsed() / 1e6);
    }
    QList<double> zoomedPanTimes;
    canvas.zoomBy(5, canvas.markerPosition(QStringLiteral("wb3c")));
    for (int i = 0; i < 60; ++i) {
        canvas.panBy(QPointF(i < 30 ? 8 : -8, 0));
        zoomedPanTimes.append(paint());
    }
    // The budget is a frame at 60 fps, for the frames drawn while the user moves the map; the settled frame
    // after a gesture is drawn once, in full quality.
    auto report = [](const char* name, const QList<double>& times, bool budgeted) {
        const Stats s = stats(times);
        Bench::report(QString::fromUtf8(name), s.median, QStringLiteral("ms"),
                      budgeted ? QStringLiteral("< 16 ms") : QStringLiteral("-"), !budgeted || s.median < 16.0);
    };
    report("map: settled full-quality frame 1920x1080", fullTimes, false);
    report("map: pan frame 1920x1080, Europe and Africa", homeTimes, true);
    report("map: pan frame 1920x1080, whole world", panTimes, true);
    report("map: zoom frame 1920x1080", zoomTimes, true);
    report("map: pan frame 1920x1080, zoom x5, Balkans", zoomedPanTimes, true);

    const qsizetype grab = args.indexOf(QStringLiteral("--grab"));
    if (grab >= 0 && grab + 1 < args.size()) {
        MapView view(renderer, *locations);
        view.setWorld(world);
        view.setTreatyStatuses(MapLayer::Kind::BudapestParties, Fixtures::budapest());
        view.resize(1300, 760);
        view.selectCentre(QStringLiteral("wb3c"));
        if (args.contains(QStringLiteral("--layer")))
            view.setLayerKind(MapLayer::Kind::BudapestParties);
        view.show();
        QCoreApplication::processEvents();
        view.grab().save(args.at(grab + 1));
        out << "saved " << args.at(grab + 1) << Qt::endl;
        ExportOptions options;
        options.pixelSize = QSize(1600, 1000);
        options.dpi = 144;
        options.language = languages.language();
        const QString exported = args.at(grab + 1) + QStringLiteral(".export.png");
        const ExportResult result = MapExporter(renderer).exportToFile(view.scene(), exported, options);
        out << (result.ok() ? QStringLiteral("exported ") + exported : result.error) << Qt::endl;
    }
    return first.isNull() ? 1 : 0;
}
