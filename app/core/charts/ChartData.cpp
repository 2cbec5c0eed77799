// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

namespace Vigie {

QList<Source> ChartData::sources() const
{
    QList<Source> result;
    for (const ChartSegment& segment : segments) {
        for (const ChartPoint& point : segment.points) {
            const bool known = std::any_of(result.cbegin(), result.cend(),
                                           [&](const Source& s) { return s.id == point.source.id; });
            if (!known)
                result.append(point.source);
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
