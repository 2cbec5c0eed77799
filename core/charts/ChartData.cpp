// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/ChartData.h"

#include <cmath>
#include <limits>

#include <QDate>

namespace Vigie {

double fractionalYear(const QString& isoDate)
{
    const QStringList parts = isoDate.trimmed().left(10).split(u'-');
    bool ok = false;
    const int year = parts.value(0).toInt(&ok);
    if (!ok || parts.value(0).size() != 4)
        return std::numeric_limits<double>::quiet_NaN();
    if (parts.size() == 1)
        return year + 0.5;
    const int month = parts.at(1).toInt(&ok);
    if (!ok || month < 1 || month > 12)
        return std::numeric_limits<double>::quiet_NaN();
    const int day = parts.size() > 2 ? parts.at(2).toInt(&ok) : 15;
    const QDate date(year, month, day);
    if (!ok || !date.isValid())
        return std::numeric_limits<double>::quiet_NaN();
    return year + (date.dayOfYear() - 1) / double(date.daysInYear());
}

QList<Source> ChartData::sources() const
{
    QList<Source> result;
    const auto add = [&](const Source& source) {
        const bool known = std::any_of(result.cbegin(), result.cend(), [&](const Source& s) {
            // one citation per source and relay: the same source read through two relays is cited twice
            return s.id == source.id && (s.via ? s.via->id : QString()) == (source.via ? source.via->id : QString());
        });
        if (!known)
            result.append(source);
    };
    for (const ChartSegment& segment : segments) {
        for (const ChartPoint& point : segment.points) {
            add(point.source);
            for (const Source& other : point.alsoFrom)
                add(other);
        }
    }
    return result;
}

int ChartData::pointCount() const
{
    int n = 0;
    for (const ChartSegment& segment : segments)
        n += int(segment.points.size());
    return n;
}

} // namespace Vigie
