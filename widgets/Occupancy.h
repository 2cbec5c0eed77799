// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace Vigie {

/// The rectangles already taken on a plot (its data's marks, the labels placed so far), bucketed in a grid
/// of cells, so that asking whether a box is free looks at its neighbourhood only: a chart of hundreds of
/// points places its labels in a few milliseconds, on every frame of a pan.
class Occupancy {
public:
    explicit Occupancy(const QRectF& area, double cell = 32);

    void add(const QRectF& rect);
    void add(const QList<QRectF>& rects);
    /// Whether @p box meets a taken rectangle grown by @p margin on each side.
    bool meets(const QRectF& box, double margin = 0) const;
    /// Whether any of @p squares meets a taken rectangle that does not contain @p except (a leader may leave
    /// its own point's mark).
    bool meetsAny(const QList<QRectF>& squares, const QPointF& except) const;

private:
    QList<qsizetype> near(const QRectF& box) const;
    quint64 key(int column, int row) const { return (quint64(quint32(column)) << 32) | quint32(row); }

    QRectF m_area;
    double m_cell;
    QList<QRectF> m_rects;
    QHash<quint64, QList<qsizetype>> m_cells;
};

} // namespace Vigie
