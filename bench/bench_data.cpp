// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: imports 1,000,000 figures into a user database through the real importer (parse, validate, one
// transaction), then times the aggregates a chart of those figures needs. Targets: the import in well under
// 10 s, each aggregate under 50 ms.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include "bench/BenchUtil.h"
#include "core/data/FigureCsv.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserDatabase.h"
#include "tests/support/SyntheticFigures.h"

using namespace Vigie;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int rows = 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("figures.csv"));
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    if (!SyntheticFigures::write(csv, rows))
        return 1;

    QString error;
    auto user = UserDatabase::open(path, &error);
    if (!user)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const FigureCsv::ImportResult result = FigureCsv::importFile(csv, *user, {});
    const double importS = timer.nsecsElapsed() / 1e9;
    if (!result.ok() || result.imported != rows) {
        QTextStream(stderr) << result.error << Qt::endl;
        return 1;
    }
    user.reset();

    const auto db = ThreatDatabase::openFile(path, &error);
    if (!db)
        return 1;
    int groups = 0;
    const double byYearMs = Bench::medianMs(11, [&] { groups = int(db->totalsByYear(SyntheticFigures::topic(7)).size()); });
    if (groups != SyntheticFigures::yearCount)
        return 1;
    const double byTopicMs = Bench::medianMs(11, [&] { groups = int(db->totalsByTopic(2023).size()); });
    if (groups != SyntheticFigures::topicCount)
        return 1;
    const double allTopicsMs = Bench::medianMs(5, [&] {
        for (int t = 0; t < SyntheticFigures::topicCount; ++t)
            db->totalsByYear(SyntheticFigures::topic(t));
    });

    Bench::report(QStringLiteral("data: import 1,000,000 figures"), importS, QStringLiteral("s"),
                  QStringLiteral("< 10 s"), importS < 10);
    Bench::report(QStringLiteral("data: import throughput"), rows / importS / 1000, QStringLiteral("k rows/s"),
                  QStringLiteral("> 100"), rows / importS > 100000);
    Bench::report(QStringLiteral("data: totals by year (one topic)"), byYearMs, QStringLiteral("ms"),
                  QStringLiteral("< 50 ms"), byYearMs < 50);
    Bench::report(QStringLiteral("data: totals by topic (one year)"), byTopicMs, QStringLiteral("ms"),
                  QStringLiteral("< 50 ms"), byTopicMs < 50);
    Bench::report(QStringLiteral("data: totals by year, all 20 topics"), allTopicsMs, QStringLiteral("ms"),
                  QStringLiteral("-"), true);
    Bench::report(QStringLiteral("data: database size"), QFileInfo(path).size() / 1048576.0, QStringLiteral("MiB"),
                  QStringLiteral("-"), true);
    return 0;
}
