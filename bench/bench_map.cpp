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

#include "../tests/MapFixtures.h"
#include "i18n/LanguageManager.h"
#include "i18n/Translations.h"
#include "map/EqualEarth.h"
#include "map/MapCanvas.h"
#include "map/MapExporter.h"
#include "map/MapRenderer.h"
#include "map/MapView.h"

using namespace Vigie;

namespace {

// Resident memory in kB, from /proc (Linux); 0 elsewhere.
qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

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

    const qint64 rssBefore = residentKb();
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const WorldMap> world = WorldMap::loadEmbedded();
    const double loadMs = timer.nsecsElapsed() / 1e6;
    const qint64 rssAfter = residentKb();
    if (!world) {
        out << "bench_map: the map outlines cannot be loaded" << Qt::endl;
        return 1;
    }
    qint64 points = 0;
    for (const CountryShape& shape : world->countries())
        points += shape.path.elementCount();
    out << "countries: " << world->countries().size() << ", path elements: " << points << Qt::endl;
    out << "load (parse GeoJSON, project, build paths): " << QString::number(loadMs, 'f', 1) << " ms" << Qt::endl;
    out << "memory held by the outlines (estimate): " << QString::number(world->memoryBytes() / 1024.0, 'f', 0)
        << " KiB; resident memory grew by " << (rssAfter - rssBefore) << " KiB while loading" << Qt::endl;

    const QSize size(1920, 1080);
    MapCanvas canvas(renderer);
    canvas.setWorld(world);
    canvas.setCentres(Fixtures::centres());
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
    out << "first paint of the canvas at 1920×1080 (grab): " << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1)
        << " ms" << Qt::endl;

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
    auto report = [&out](const char* name, const QList<double>& times) {
        const Stats s = stats(times);
        out << name << ": mean " << QString::number(s.mean, 'f', 1) << " ms, median "
            << QString::number(s.median, 'f', 1) << " ms, worst " << QString::number(s.worst, 'f', 1) << " ms — "
            << (s.median < 16.0 ? "within" : "over") << " the 16 ms budget" << Qt::endl;
    };
    report("settled full-quality frame at 1920×1080 (home view)", fullTimes);
    report("pan frame at 1920×1080 (home view, Europe and Africa)", homeTimes);
    report("pan frame at 1920×1080 (whole world)", panTimes);
    report("zoom frame at 1920×1080", zoomTimes);
    report("pan frame at 1920×1080 (zoom ×5, Balkans)", zoomedPanTimes);

    const qsizetype grab = args.indexOf(QStringLiteral("--grab"));
    if (grab >= 0 && grab + 1 < args.size()) {
        MapView view(renderer);
        view.setWorld(world);
        view.setCentres(Fixtures::centres());
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
