// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

// Writes large, valid import files in Vigie's CSV format (docs/import-format.md), for the data benchmark
// and the fault tests that need a long import to interrupt.
namespace SyntheticFigures {

constexpr int topicCount = 20;
constexpr int firstYear = 1990;
constexpr int yearCount = 35;

inline QString topic(int row) { return QStringLiteral("synthetic-%1").arg(row % topicCount, 2, 10, QLatin1Char('0')); }
inline int year(int row) { return firstYear + (row / topicCount) % yearCount; }
inline qint64 value(int row) { return (qint64(row) * 7919) % 100000; }

/// Writes @p rows figures to @p path: every topic in every year, each with a count; keys start with @p prefix.
inline bool write(const QString& path, int rows, const QString& prefix = QStringLiteral("synthetic"))
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk = "key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
                       "source_url,quote,note_en,note_fr\n";
    for (int row = 0; row < rows; ++row) {
        chunk += QStringLiteral("%1.%2,%3,%4,count,%5,Generated figure %2,Chiffre généré %2,medium,Vigie,Generated "
                                "rows,https://example.org/synthetic,generated for testing,,\n")
                     .arg(prefix)
                     .arg(row)
                     .arg(topic(row))
                     .arg(value(row))
                     .arg(year(row))
                     .toUtf8();
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return file.write(chunk) == chunk.size() && file.flush();
}

} // namespace SyntheticFigures
