// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: whole-process start-up to the first painted frame, and peak memory, of Vigie's main window against
// a bare QMainWindow whose central widget is one QCustomPlot with a small line graph. Targets: start-up within
// 1.5× the bare window's, and a peak resident set under 150 MiB once every page has been built and the language
// switched twice. Prints figures; not a test.
//
// Method. The benchmark runs itself as a child process, interleaving the modes:
//   --child bare        the bare QMainWindow + QCustomPlot, same size as Vigie's first window (1200×780);
//   --child vigie       Vigie as main() starts it (Application::run), on a first launch;
//   --child vigie-walk  the same, then every page visited (the map waits for its outlines), then French, then
//                       English; the peak resident set is read after that.
// Every child gets a fresh, empty XDG_CONFIG_HOME and XDG_DATA_HOME (settings and user database), so Vigie
// behaves as on its first launch. An application-wide event filter catches the first Paint event inside the
// top-level QMainWindow (a non-empty region, even offscreen: widgets paint into the backing store's image); the
// other widgets of that frame paint within the same backing-store sync, so a queued call runs once the whole
// frame has been painted and flushed. It checks that the central widget (or a child of it) was painted in that
// frame, else waits for the next one, then prints one line with the peak resident set (VmHWM) and quits.
// Start-up time is measured by the parent: wall time from QProcess::start() (fork and exec included) to the
// moment that line arrives on the child's stdout. The child's own shutdown is not counted.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMainWindow>
#include <QPointer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <qcustomplot.h>

#include "app/Application.h"
#include "app/MainWindow.h"
#include "app/pages/MapPage.h"
#include "bench/BenchUtil.h"
#include "core/i18n/Language.h"

using namespace Vigie;

namespace {

constexpr int kStartupRuns = 15; // per mode, interleaved, after one warm-up run of each: a steadier median
constexpr int kWalkRuns = 3;
constexpr int kChildTimeoutMs = 60000;


void printResult(const char* tag, qint64 peakKb)
{
    std::printf("%s %lld\n", tag, static_cast<long long>(peakKb));
    std::fflush(stdout);
}

// Visits every page, waiting for the map's outlines, then switches to French and back to English.
void walk(MainWindow* window)
{
    for (int page = 0; page < window->pages().size(); ++page) {
        window->setCurrentPage(page);
        QCoreApplication::processEvents();
        if (auto* map = qobject_cast<MapPage*>(window->pages().at(page)); map && !map->isWorldLoaded()) {
            QEventLoop loop;
            QObject::connect(map, &MapPage::worldLoaded, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            if (!map->isWorldLoaded())
                std::fputs("bench_startup: the map's outlines did not arrive\n", stderr);
            QCoreApplication::processEvents();
        }
    }
    for (Language language : {Language::French, Language::English}) {
        window->setLanguage(language);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCoreApplication::processEvents();
    }
}

// Watches every event of the application for the first painted frame of the main window.
class FirstFrame : public QObject
{
public:
    explicit FirstFrame(bool walkPages)
        : m_walk(walkPages)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_done || event->type() != QEvent::Paint)
            return false;
        auto* widget = qobject_cast<QWidget*>(watched);
        if (!widget || static_cast<QPaintEvent*>(event)->rect().isEmpty())
            return false;
        // The first widget of the main window to paint opens the frame; the others paint in the same sync.
        // (The window itself gets no Paint event when opaque children cover it, as the bare QCustomPlot does.)
        auto* window = qobject_cast<QMainWindow*>(widget->window());
        if (!window)
            return false;
        if (!m_window) {
            m_window = window;
            QMetaObject::invokeMethod(this, [this] { framePainted(); }, Qt::QueuedConnection);
        }
        if (QWidget* central = window->centralWidget();
            window == m_window && central && (widget == central || central->isAncestorOf(widget)))
            m_centralPainted = true;
        return false;
    }

private:
    void framePainted()
    {
        if (!m_window)
            return;
        if (!m_centralPainted) { // not a full frame yet: wait for the next one
            m_window.clear();
            return;
        }
        m_done = true;
        if (m_walk) {
            auto* window = qobject_cast<MainWindow*>(m_window.data());
            if (!window) {
                QCoreApplication::exit(1);
                return;
            }
            walk(window);
            printResult("walk", Bench::processStatusKb("VmHWM"));
        } else {
            printResult("frame", Bench::processStatusKb("VmHWM"));
        }
        QCoreApplication::exit(0);
    }

    bool m_walk;
    bool m_done = false;
    bool m_centralPainted = false;
    QPointer<QMainWindow> m_window;
};

int runChild(const QByteArray& mode, int argc, char* argv[])
{
    if (mode != "bare" && mode != "vigie" && mode != "vigie-walk")
        return 2;
    Application::prepareEnvironment(argc, argv);
    QApplication qtApp(argc, argv);
    FirstFrame firstFrame(mode == "vigie-walk");
    qtApp.installEventFilter(&firstFrame);

    if (mode == "bare") {
        QMainWindow window;
        auto* plot = new QCustomPlot;
        QVector<double> x(101), y(101);
        for (int i = 0; i < x.size(); ++i) {
            x[i] = i / 10.0;
            y[i] = std::sin(x[i]);
        }
        plot->addGraph()->setData(x, y);
        plot->rescaleAxes();
        window.setCentralWidget(plot);
        window.resize(1200, 780); // Vigie's first-launch size
        window.show();
        return QApplication::exec();
    }
    // Vigie as main() runs it, without the --child arguments (they are not Vigie's).
    Application app;
    return app.run({QCoreApplication::applicationFilePath()});
}

struct ChildResult
{
    double ms = 0;     ///< from QProcess::start() to the result line
    qint64 peakKb = 0; ///< the child's VmHWM when it printed the line
};

std::optional<ChildResult> spawn(const QString& mode)
{
    QTemporaryDir home; // a first launch: no settings, no user database
    if (!home.isValid() || !QDir(home.path()).mkpath(QStringLiteral("config"))
        || !QDir(home.path()).mkpath(QStringLiteral("data")))
        return std::nullopt;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments({QStringLiteral("--child"), mode});

    QElapsedTimer timer;
    timer.start();
    process.start();
    std::optional<ChildResult> result;
    while (!result) {
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(kChildTimeoutMs)) {
                std::fprintf(stderr, "bench_startup: child %s gave no result\n", qPrintable(mode));
                process.kill();
                process.waitForFinished();
                return std::nullopt;
            }
        }
        const double ms = timer.nsecsElapsed() / 1e6;
        const QList<QByteArray> words = process.readLine().trimmed().split(' ');
        if (words.size() == 2 && (words.at(0) == "frame" || words.at(0) == "walk"))
            result = ChildResult{ms, words.at(1).toLongLong()};
    }
    if (!process.waitForFinished(kChildTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: child %s did not exit cleanly\n", qPrintable(mode));
        process.kill();
        process.waitForFinished();
        return std::nullopt;
    }
    return result;
}

template <typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double mib(qint64 kb)
{
    return kb / 1024.0;
}

int runParent()
{
    // One warm-up run of each mode, not counted: the first one pays for cold disk caches.
    if (!spawn(QStringLiteral("bare")) || !spawn(QStringLiteral("vigie")))
        return 1;
    QList<double> bareMs, vigieMs;
    QList<qint64> bareKb, vigieFrameKb, vigieWalkKb;
    for (int run = 0; run < kStartupRuns; ++run) {
        const auto bare = spawn(QStringLiteral("bare"));
        const auto vigie = spawn(QStringLiteral("vigie"));
        if (!bare || !vigie)
            return 1;
        bareMs.append(bare->ms);
        bareKb.append(bare->peakKb);
        vigieMs.append(vigie->ms);
        vigieFrameKb.append(vigie->peakKb);
    }
    for (int run = 0; run < kWalkRuns; ++run) {
        const auto walked = spawn(QStringLiteral("vigie-walk"));
        if (!walked)
            return 1;
        vigieWalkKb.append(walked->peakKb);
    }

    const double bareStart = median(bareMs);
    const double vigieStart = median(vigieMs);
    const double startRatio = bareStart > 0 ? vigieStart / bareStart : 0;
    const double barePeak = mib(median(bareKb));
    const double vigieFramePeak = mib(median(vigieFrameKb));
    const double vigieWalkPeak = mib(median(vigieWalkKb));
    const double peakRatio = barePeak > 0 ? vigieWalkPeak / barePeak : 0;

    Bench::report(QStringLiteral("start-up to first frame, Vigie"), vigieStart, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("start-up to first frame, bare QCustomPlot"), bareStart, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("start-up Vigie / bare"), startRatio, QStringLiteral("x"),
                  QStringLiteral("<= 1.5x"), startRatio <= 1.5);
    Bench::report(QStringLiteral("peak RSS, Vigie, all pages + 2 switches"), vigieWalkPeak, QStringLiteral("MiB"),
                  QStringLiteral("< 150 MiB"), vigieWalkPeak < 150);
    Bench::report(QStringLiteral("peak RSS, Vigie at first frame"), vigieFramePeak, QStringLiteral("MiB"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("peak RSS, bare QCustomPlot at first frame"), barePeak, QStringLiteral("MiB"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("peak RSS Vigie (all pages) / bare"), peakRatio, QStringLiteral("x"),
                  QStringLiteral("-"), true);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argv[2], argc, argv);
    QCoreApplication app(argc, argv);
    return runParent();
}
