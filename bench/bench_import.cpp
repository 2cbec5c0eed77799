// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the whole `vigie import` process at 10,000 and 1,000,000 rows (and 10,000,000 with
// VIGIE_BENCH_10M=1), wall time and peak memory, against sqlite3's own `.import` of the same file, in the same
// run, into a table of the same columns and the same key index, with the same full-text index of the same
// words (FTS5, unicode61 without diacritics) written after the rows, as Vigie writes it. Targets: Vigie within 1.5× sqlite3's time at a
// million rows, and flat memory: its peak at the largest size within 1.5× its peak at 10,000 rows.
// Vigie does more than sqlite3 here (it checks every row, writes the sources and the totals, and takes the
// import whole or not at all); the ratio says what that costs. Linux only (posix_spawn, wait4).
//
// Method. Each run is a child reaped with wait4 (ru_maxrss), given a fresh database and a first-launch
// environment; each size runs three times per program, interleaved, and the medians are compared.

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "bench/BenchUtil.h"
#include "bench/ChildProcess.h"
#include "tests/support/SyntheticFigures.h"

namespace {

constexpr int kRuns = 3;

struct Median {
    double wallMs = 0;
    qint64 peakKiB = 0;
};

Median median(QList<Bench::ChildResult> runs)
{
    std::sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.wallMs < b.wallMs; });
    QList<qint64> peaks;
    for (const auto& r : runs)
        peaks.append(r.peakKiB);
    std::sort(peaks.begin(), peaks.end());
    return {runs.at(runs.size() / 2).wallMs, peaks.at(peaks.size() / 2)};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> sizes {10000, 1000000};
    if (qEnvironmentVariableIntValue("VIGIE_BENCH_10M") == 1)
        sizes.append(10000000);
    const QString sqlite = QStringLiteral("/usr/bin/sqlite3");
    if (!QFile::exists(sqlite)) {
        QTextStream(stderr) << "bench_import: sqlite3 is not installed" << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    QDir root(dir.path());
    for (const char* sub : {"config", "data", "runtime"})
        root.mkpath(QLatin1String(sub));
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QStringList environment {QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                                   QStringLiteral("XDG_CONFIG_HOME=") + root.filePath(QStringLiteral("config")),
                                   QStringLiteral("XDG_DATA_HOME=") + root.filePath(QStringLiteral("data")),
                                   QStringLiteral("XDG_RUNTIME_DIR=") + root.filePath(QStringLiteral("runtime"))};
    // The CSV's own columns, with the key as the primary key: what the user database indexes too.
    const QString table = QStringLiteral(
        "CREATE TABLE figure (key TEXT PRIMARY KEY, topic TEXT NOT NULL, value TEXT NOT NULL, unit TEXT NOT NULL, "
        "period TEXT, label_en TEXT NOT NULL, label_fr TEXT NOT NULL, confidence TEXT NOT NULL, source_publisher "
        "TEXT, source_title TEXT, source_url TEXT, quote TEXT NOT NULL, note_en TEXT, note_fr TEXT)");
    const QString search = QStringLiteral("CREATE VIRTUAL TABLE figure_search USING fts5 (words, content = '', "
                                          "tokenize = 'unicode61 remove_diacritics 2')");
    // The words FigureWords writes: the figure's fields, its number's digits grouped, its source.
    const QString words = QStringLiteral(
        "INSERT INTO figure_search (rowid, words) SELECT rowid, key || ' ' || topic || ' ' || label_en || ' ' || "
        "label_fr || ' ' || value || CASE WHEN abs(CAST(value AS REAL)) >= 1000 THEN ' ' || "
        "printf('%,d', CAST(value AS INTEGER)) ELSE '' END || ' ' || unit || coalesce(' ' || period, '') || ' ' || "
        "quote || coalesce(' ' || note_en, '') || coalesce(' ' || note_fr, '') || ' ' || source_publisher || ' ' || "
        "source_title FROM figure");

    QList<Median> vigieBySize;
    QList<Median> sqliteBySize;
    for (const int rows : sizes) {
        const QString csv = root.filePath(QStringLiteral("figures-%1.csv").arg(rows));
        if (!SyntheticFigures::write(csv, rows))
            return 1;
        QList<Bench::ChildResult> vigie, baseline;
        for (int run = 0; run < kRuns; ++run) {
            const QString db = root.filePath(QStringLiteral("vigie.sqlite"));
            const QString other = root.filePath(QStringLiteral("sqlite3.sqlite"));
            QFile::remove(db);
            QFile::remove(other);
            vigie.append(Bench::runChild({QStringLiteral(VIGIE_EXECUTABLE), QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("import"), QStringLiteral("--database"), db, csv},
                                         environment, 600000));
            baseline.append(Bench::runChild({sqlite, other, table, search,
                                             QStringLiteral(".import --csv --skip 1 %1 figure").arg(csv), words},
                                            environment, 600000));
            if (vigie.last().exitCode != 0 || baseline.last().exitCode != 0) {
                QTextStream(stderr) << "bench_import: an import failed at " << rows << " rows" << Qt::endl;
                return 1;
            }
        }
        QFile::remove(csv);
        vigieBySize.append(median(vigie));
        sqliteBySize.append(median(baseline));
    }

    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const QString rows = QLocale(QLocale::English).toString(sizes.at(i));
        const double ratio = vigieBySize.at(i).wallMs / sqliteBySize.at(i).wallMs;
        Bench::report(QStringLiteral("import %1 rows: vigie · sqlite3").arg(rows), vigieBySize.at(i).wallMs / 1000,
                      QStringLiteral("s"),
                      QStringLiteral("sqlite3 %1 s").arg(sqliteBySize.at(i).wallMs / 1000, 0, 'f', 2), true);
        Bench::report(QStringLiteral("import %1 rows: time against sqlite3").arg(rows), ratio, QStringLiteral("×"),
                      sizes.at(i) >= 1000000 ? QStringLiteral("≤ 1.5×") : QStringLiteral("-"),
                      sizes.at(i) < 1000000 || ratio <= 1.5);
        Bench::report(QStringLiteral("import %1 rows: peak memory · sqlite3").arg(rows), vigieBySize.at(i).peakKiB / 1024.0,
                      QStringLiteral("MiB"),
                      QStringLiteral("sqlite3 %1 MiB").arg(sqliteBySize.at(i).peakKiB / 1024.0, 0, 'f', 1), true);
    }
    const double growth = double(vigieBySize.last().peakKiB) / double(vigieBySize.first().peakKiB);
    Bench::report(QStringLiteral("import: peak memory, largest against 10,000"), growth, QStringLiteral("×"),
                  QStringLiteral("≤ 1.5× (flat)"), growth <= 1.5);
    return 0;
}
