// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the Sources page over a million figures of the user's. Open time (until the list is shown and
// painted), the window thread's time per keystroke of a search (its CPU time, from the keystroke until the
// new list is painted: the search itself runs on a worker), and peak memory, against the same page with
// Vigie's figures only in the same run. Targets: under 1 s to open, under 100 ms a keystroke, under 150 MiB.

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "app/AppContext.h"
#include "app/Services.h"
#include "app/pages/SourcesPage.h"
#include "bench/BenchUtil.h"
#include "core/data/UserDatabase.h"
#include "core/dataio/SqlConnection.h"
#include "core/i18n/LanguageManager.h"
#include "tests/support/GeneratedFigures.h"

using namespace Vigie;

namespace {

constexpr int userFigures = 1'000'000;

bool waitForList(SourcesPage& page)
{
    return QTest::qWaitFor([&] { return page.isListed(); }, 120'000);
}

struct PageFigures
{
    double openMs = 0;
    double topicsMs = 0; ///< until the topic box is filled too
    double worstKeystrokeMs = 0;
    double medianKeystrokeMs = 0;
    double worstListMs = 0; ///< wall time from a keystroke to its list, the worker's search included
    double sortMs = 0; ///< wall time of a sort by label
    qint64 peakKb = 0;
};

/// Opens a Sources page on the databases in @p dir, types a search letter by letter, then sorts.
std::optional<PageFigures> measure(const QString& dir)
{
    Services services(QDir(dir).filePath(QStringLiteral("settings.ini")));
    services.languages().setLanguage(Language::English);
    QString error;
    if (!services.openDatabase(&error))
        return std::nullopt;
    const AppContext context = services.context();
    PageFigures figures;
    QElapsedTimer open;
    open.start();
    SourcesPage page(context);
    page.resize(1200, 800);
    page.show();
    // Open: until the first list is shown and painted (the topic box fills a moment later).
    if (!QTest::qWaitFor([&] { return page.visibleCount() > 0; }, 120'000))
        return std::nullopt;
    page.repaint();
    figures.openMs = open.nsecsElapsed() / 1e6;
    if (!waitForList(page))
        return std::nullopt;
    figures.topicsMs = open.nsecsElapsed() / 1e6;

    QList<double> keystrokes;
    const QString typed = QStringLiteral("hôpital 6540");
    for (int length = 1; length <= typed.size(); ++length) {
        const double cpu = Bench::threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        page.filter()->setText(typed.left(length));
        if (!waitForList(page))
            return std::nullopt;
        page.repaint();
        keystrokes.append(Bench::threadCpuMs() - cpu);
        figures.worstListMs = std::max(figures.worstListMs, wall.nsecsElapsed() / 1e6);
    }
    page.filter()->clear();
    if (!waitForList(page))
        return std::nullopt;
    std::sort(keystrokes.begin(), keystrokes.end());
    figures.worstKeystrokeMs = keystrokes.last();
    figures.medianKeystrokeMs = keystrokes.at(keystrokes.size() / 2);

    QElapsedTimer sort;
    sort.start();
    page.table()->sortByColumn(0, Qt::AscendingOrder);
    if (!waitForList(page))
        return std::nullopt;
    page.repaint();
    figures.sortMs = sort.nsecsElapsed() / 1e6;
    figures.peakKb = Bench::processStatusKb("VmHWM");
    return figures;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    // In a child of its own, so that making the million figures does not count in the page's memory.
    if (argc == 3 && qstrcmp(argv[1], "--generate") == 0) {
        QCoreApplication app(argc, argv);
        QString error;
        auto db = UserDatabase::open(QString::fromLocal8Bit(argv[2]), &error);
        if (!db)
            return 1;
        return GeneratedFigures::fill(db->connection().database(), userFigures).isEmpty() ? 0 : 1;
    }
    QApplication app(argc, argv);
    QTemporaryDir vigieOnly;
    QTemporaryDir million;
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--generate"), million.filePath(QStringLiteral("user.sqlite"))})
        != 0)
        return 1;
    // The start-up check of that database, which runs on a worker thread while the window opens.
    QElapsedTimer check;
    check.start();
    const UserDatabase::Diagnosis diagnosis = UserDatabase::diagnose(million.filePath(QStringLiteral("user.sqlite")));
    const double checkMs = check.nsecsElapsed() / 1e6;
    if (diagnosis.health != UserDatabase::Health::Sound)
        return 1;
    const std::optional<PageFigures> baseline = measure(vigieOnly.path());
    const std::optional<PageFigures> large = measure(million.path());
    if (!baseline || !large)
        return 1;
    const double peakMiB = large->peakKb / 1024.0;
    Bench::report(QStringLiteral("sources 1M: open"), large->openMs, QStringLiteral("ms"), QStringLiteral("< 1000 ms"),
                  large->openMs < 1000);
    Bench::report(QStringLiteral("sources 1M: open with its topics"), large->topicsMs, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("sources 1M: window time, worst keystroke"), large->worstKeystrokeMs,
                  QStringLiteral("ms"), QStringLiteral("< 100 ms"), large->worstKeystrokeMs < 100);
    Bench::report(QStringLiteral("sources 1M: window time, median keystroke"), large->medianKeystrokeMs,
                  QStringLiteral("ms"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("sources 1M: keystroke to list, worst"), large->worstListMs, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("sources 1M: sort by label"), large->sortMs, QStringLiteral("ms"), QStringLiteral("-"),
                  true);
    Bench::report(QStringLiteral("sources 1M: peak memory"), peakMiB, QStringLiteral("MiB"), QStringLiteral("< 150 MiB"),
                  peakMiB < 150);
    Bench::report(QStringLiteral("start-up check of 1M figures (worker)"), checkMs, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("sources, Vigie's figures only: open"), baseline->openMs, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("sources, Vigie's figures only: keystroke"), baseline->worstKeystrokeMs,
                  QStringLiteral("ms"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("sources, Vigie's figures only: peak"), baseline->peakKb / 1024.0,
                  QStringLiteral("MiB"), QStringLiteral("-"), true);
    Bench::report(QStringLiteral("sources 1M / Vigie's only: open"),
                  baseline->openMs > 0 ? large->openMs / baseline->openMs : 0, QStringLiteral("x"), QStringLiteral("-"),
                  true);
    return 0;
}
