// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <functional>

#include <time.h>

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QTextStream>

// Small helpers shared by the benchmarks: each prints figures, never asserts on time.
namespace Bench {

/// Runs @p work @p runs times and returns the median in milliseconds.
inline double medianMs(int runs, const std::function<void()>& work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

/// The CPU time this thread has used, in milliseconds: unlike wall time, it does not count the time other
/// processes of a shared machine take the core away.
inline double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// A memory figure of this process in KiB, from /proc/self/status ("VmRSS", "VmHWM"); 0 where there is none.
inline qint64 processStatusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

/// One line of the table that scripts/bench prints: name, value, unit, target, and whether it is met.
inline void report(const QString& name, double value, const QString& unit, const QString& target, bool met)
{
    QTextStream out(stdout);
    out << qSetFieldWidth(44) << Qt::left << name << qSetFieldWidth(12) << Qt::right << QString::number(value, 'f', 2)
        << qSetFieldWidth(0) << ' ' << qSetFieldWidth(8) << Qt::left << unit << qSetFieldWidth(0) << "  target "
        << target << (met ? "  ok" : "  MISSED") << Qt::endl;
}

} // namespace Bench
