// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the whole `vigie export` process, wall time and peak memory, against a bare QCustomPlot program
// that saves the same number of PNG files. Targets: `vigie export --chart all` within 1.5× the bare program's
// wall time and under 2× its peak resident set; the largest export Vigie accepts (10000×10000 pixels, 100
// megapixels, at 600 DPI, as JPEG) under 1024 MiB peak, for the map and for a chart. Prints figures; not a test.
//
// Method. Every figure is one child process, started with posix_spawn and reaped with wait4:
//   Vigie      the real binary (VIGIE_EXECUTABLE, given at build time), `vigie export --chart all --lang en
//              --out DIR`: every chart and the map as PNG at the default 1600×900, 96 DPI. It prints one path per
//              file written; their number, N, is what the bare program writes too.
//   bare       this benchmark, run as `--child bare N DIR`: a QApplication, one QCustomPlot with an 8-point line
//              graph, axis labels and a QCPTextElement title, and N savePng calls at 1600×900 into DIR.
//   largest    `vigie export --chart map|offences-by-year --format jpg --size 10000x10000 --dpi 600 --lang en`.
// The Vigie and bare runs are interleaved, after one warm-up run of each (the first pays for cold disk caches),
// and their medians compared; the largest exports run once each, as their peak hardly varies. Each child gets
// QT_QPA_PLATFORM=offscreen and a fresh, empty XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_RUNTIME_DIR and output
// folder, so Vigie behaves as on a first launch and writes into an empty folder.
// Wall time runs from just before posix_spawn to wait4's return: exec, start-up, the exports and shutdown.
// Peak memory is the child's ru_maxrss from wait4 (KiB on Linux): read when the child is reaped, it needs nothing
// from the child, which a /proc read after QProcess::waitForFinished could not give. The kernel folds the
// spawning process's own peak into the child's at exec, so each figure is at least this benchmark's peak; the
// parent stays small (no QApplication, no data) and warns on stderr if a figure is no larger than its own peak.
// Linux only: posix_spawn, wait4 and ru_maxrss in KiB.

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>
#include <qcustomplot.h>

#include "bench/BenchUtil.h"
#include "bench/ChildProcess.h"

namespace {

using Bench::ChildResult;
using Bench::runChild;

constexpr int kRuns = 7; // per mode, interleaved, after one warm-up run of each
constexpr int kWidth = 1600; // vigie export's default size and resolution
constexpr int kHeight = 900;
constexpr int kDpi = 96;

struct ExportRun {
    double wallMs = 0;
    qint64 peakKiB = 0;
    int files = 0; ///< paths printed, as many as the files found in the output folder
};

/// Runs one exporting child in a fresh first-launch environment; @p command builds its arguments from the output
/// folder. Fails unless it exits with 0 and prints exactly the files found in the folder afterwards.
std::optional<ExportRun> runExport(const QString& what, const std::function<QStringList(const QString&)>& command)
{
    QTemporaryDir home; // removed, with what the child wrote, once the figures are taken
    const QDir root(home.path());
    if (!home.isValid() || !root.mkpath(QStringLiteral("config")) || !root.mkpath(QStringLiteral("data"))
        || !root.mkpath(QStringLiteral("runtime")) || !root.mkpath(QStringLiteral("out"))) {
        std::fprintf(stderr, "bench_export_process: cannot make a temporary folder\n");
        return std::nullopt;
    }
    // Qt wants its runtime folder private, and says so on stderr otherwise.
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    const QString out = root.filePath(QStringLiteral("out"));

    const ChildResult child = runChild(command(out), environment.toStringList());
    if (child.exitCode != 0) {
        std::fprintf(stderr, "bench_export_process: %s failed (exit code %d)\n", qPrintable(what), child.exitCode);
        return std::nullopt;
    }
    const QByteArray printed = child.output.trimmed();
    const int written = printed.isEmpty() ? 0 : int(printed.count('\n')) + 1;
    const qsizetype found = QDir(out).entryList(QDir::Files).size();
    if (written == 0 || written != found) {
        std::fprintf(stderr, "bench_export_process: %s printed %d paths but wrote %lld files\n", qPrintable(what),
                     written, static_cast<long long>(found));
        return std::nullopt;
    }
    return ExportRun {child.wallMs, child.peakKiB, written};
}

/// The bare program: `--child bare N DIR`, N PNG files from one small QCustomPlot.
int runBare(int argc, char* argv[])
{
    bool countOk = false;
    const int count = argc == 5 ? QByteArray(argv[3]).toInt(&countOk) : 0;
    if (!countOk || count < 1)
        return 2;
    const QDir dir(QFile::decodeName(argv[4]));
    QApplication app(argc, argv);

    // About what a Vigie chart shows: a short yearly series, both axes labelled, a title above.
    QCustomPlot plot;
    const QVector<double> years {2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023};
    const QVector<double> offences {167000, 181000, 203000, 228000, 264000, 279000, 271000, 278000};
    plot.addGraph()->setData(years, offences);
    plot.xAxis->setLabel(QStringLiteral("Year"));
    plot.yAxis->setLabel(QStringLiteral("Recorded offences"));
    QFont titleFont = plot.font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, QStringLiteral("Offences by year"), titleFont));
    plot.rescaleAxes();

    QTextStream out(stdout);
    for (int i = 0; i < count; ++i) {
        const QString path = dir.filePath(QStringLiteral("bare-%1.png").arg(i));
        if (!plot.savePng(path, kWidth, kHeight, 1.0, -1, kDpi))
            return 1;
        out << path << Qt::endl; // one line per file, as vigie export prints them
    }
    return 0;
}

template<typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double mib(qint64 kib)
{
    return kib / 1024.0;
}

int runParent()
{
    const QString vigie = QStringLiteral(VIGIE_EXECUTABLE);
    const QString self = QCoreApplication::applicationFilePath();
    // `vigie <arguments> --out DIR`, the arguments as one would type them.
    auto vigieExport = [&vigie](const QString& arguments) {
        return [&vigie, arguments](const QString& out) {
            return QStringList(vigie) << arguments.split(u' ') << QStringLiteral("--out") << out;
        };
    };
    const QString allArguments = QStringLiteral("export --chart all --lang en");
    const auto vigieAll = vigieExport(allArguments);

    // The warm-up run of Vigie also tells how many files the bare program is to write.
    const auto warmVigie = runExport(allArguments, vigieAll);
    if (!warmVigie)
        return 1;
    const int fileCount = warmVigie->files;
    auto bare = [&self, fileCount](const QString& out) {
        return QStringList(self) << QStringLiteral("--child") << QStringLiteral("bare") << QString::number(fileCount)
                                 << out;
    };
    if (!runExport(QStringLiteral("bare QCustomPlot"), bare))
        return 1;

    QList<double> vigieMs, bareMs;
    QList<qint64> vigieKiB, bareKiB;
    for (int run = 0; run < kRuns; ++run) {
        const auto vigieRun = runExport(allArguments, vigieAll);
        const auto bareRun = runExport(QStringLiteral("bare QCustomPlot"), bare);
        if (!vigieRun || !bareRun)
            return 1;
        if (vigieRun->files != fileCount || bareRun->files != fileCount) {
            std::fprintf(stderr, "bench_export_process: the number of files changed between runs\n");
            return 1;
        }
        vigieMs.append(vigieRun->wallMs);
        vigieKiB.append(vigieRun->peakKiB);
        bareMs.append(bareRun->wallMs);
        bareKiB.append(bareRun->peakKiB);
    }
    // The largest export accepted: 100 megapixels at the highest resolution, as JPEG.
    const QString largest = QStringLiteral(" --format jpg --size 10000x10000 --dpi 600 --lang en");
    const QString mapArguments = QStringLiteral("export --chart map") + largest;
    const QString chartArguments = QStringLiteral("export --chart offences-by-year") + largest;
    const auto mapLargest = runExport(mapArguments, vigieExport(mapArguments));
    const auto chartLargest = runExport(chartArguments, vigieExport(chartArguments));
    if (!mapLargest || !chartLargest)
        return 1;

    // Every child's ru_maxrss is at least this process's peak at spawn time (see the header comment).
    const qint64 ownPeakKiB = Bench::processStatusKb("VmHWM");
    for (const qint64 peak : {median(bareKiB), median(vigieKiB), mapLargest->peakKiB, chartLargest->peakKiB}) {
        if (peak <= ownPeakKiB)
            std::fprintf(stderr,
                         "bench_export_process: a peak of %lld KiB is no more than the benchmark's own %lld KiB\n",
                         static_cast<long long>(peak), static_cast<long long>(ownPeakKiB));
    }

    const QString files = QStringLiteral("%1 PNG").arg(fileCount);
    const double vigieWall = median(vigieMs);
    const double bareWall = median(bareMs);
    const double wallRatio = bareWall > 0 ? vigieWall / bareWall : 0;
    const double vigiePeak = mib(median(vigieKiB));
    const double barePeak = mib(median(bareKiB));
    const double peakRatio = barePeak > 0 ? vigiePeak / barePeak : 0;
    const double mapPeak = mib(mapLargest->peakKiB);
    const double chartPeak = mib(chartLargest->peakKiB);

    Bench::report(QStringLiteral("export process, Vigie, %1").arg(files), vigieWall, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("export process, bare QCustomPlot, %1").arg(files), bareWall, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("export process Vigie / bare"), wallRatio, QStringLiteral("x"),
                  QStringLiteral("<= 1.5x"), wallRatio <= 1.5);
    Bench::report(QStringLiteral("peak RSS, Vigie export, %1").arg(files), vigiePeak, QStringLiteral("MiB"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("peak RSS, bare QCustomPlot, %1").arg(files), barePeak, QStringLiteral("MiB"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("peak RSS Vigie export / bare"), peakRatio, QStringLiteral("x"),
                  QStringLiteral("< 2x"), peakRatio < 2);
    Bench::report(QStringLiteral("peak RSS, map 10000x10000 JPEG 600 DPI"), mapPeak, QStringLiteral("MiB"),
                  QStringLiteral("< 1024 MiB"), mapPeak < 1024);
    Bench::report(QStringLiteral("peak RSS, chart 10000x10000 JPEG 600 DPI"), chartPeak, QStringLiteral("MiB"),
                  QStringLiteral("< 1024 MiB"), chartPeak < 1024);
    Bench::report(QStringLiteral("process time, map 10000x10000 JPEG"), mapLargest->wallMs, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("process time, chart 10000x10000 JPEG"), chartLargest->wallMs, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0 && qstrcmp(argv[2], "bare") == 0)
        return runBare(argc, argv);
    // A QCoreApplication only: the parent's own peak is a floor under every child's figure, so it stays small.
    QCoreApplication app(argc, argv);
    return runParent();
}
