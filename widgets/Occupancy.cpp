// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Occupancy.h"

#include <algorithm>
#include <cmath>

namespace Vigie {

namespace {

/// The cells a box covers, clamped to the grid over @p area: a box off the area falls in its edge cells.
struct CellSpan {
    int left, top, right, bottom;
};

CellSpan spanOf(const QRectF& box, const QRectF& area, double cell)
{
    const int columns = std::max(1, int(std::ceil(area.width() / cell)));
    const int rows = std::max(1, int(std::ceil(area.height() / cell)));
    auto column = [&](double x) {
        return std::clamp(int(std::floor((x - area.left()) / cell)), 0, columns - 1);
    };
    auto row = [&](double y) {
        return std::clamp(int(std::floor((y - area.top()) / cell)), 0, rows - 1);
    };
    return {column(box.left()), row(box.top()), column(box.right()), row(box.bottom())};
}

} // namespace

Occupancy::Occupancy(const QRectF& area, double cell)
    : m_area(area)
    , m_cell(cell)
{
}

void Occupancy::add(const QRectF& rect)
{
    const qsizetype index = m_rects.size();
    m_rects.append(rect);
    const CellSpan span = spanOf(rect, m_area, m_cell);
    for (int c = span.left; c <= span.right; ++c) {
        for (int r = span.top; r <= span.bottom; ++r)
            m_cells[key(c, r)].append(index);
    }
}

void Occupancy::add(const QList<QRectF>& rects)
{
    for (const QRectF& rect : rects)
        add(rect);
}

QList<qsizetype> Occupancy::near(const QRectF& box) const
{
    QList<qsizetype> found;
    const CellSpan span = spanOf(box, m_area, m_cell);
    for (int c = span.left; c <= span.right; ++c) {
        for (int r = span.top; r <= span.bottom; ++r) {
            const auto it = m_cells.constFind(key(c, r));
            if (it != m_cells.constEnd())
                found.append(*it);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

bool Occupancy::meets(const QRectF& box, double margin) const
{
    const QList<qsizetype> candidates = near(box.adjusted(-margin, -margin, margin, margin));
    return std::any_of(candidates.begin(), candidates.end(), [&](qsizetype i) {
        return m_rects.at(i).adjusted(-margin, -margin, margin, margin).intersects(box);
    });
}

bool Occupancy::meetsAny(const QList<QRectF>& squares, const QPointF& except) const
{
    return std::any_of(squares.begin(), squares.end(), [&](const QRectF& square) {
        const QList<qsizetype> candidates = near(square);
        return std::any_of(candidates.begin(), candidates.end(), [&](qsizetype i) {
            return !m_rects.at(i).contains(except) && m_rects.at(i).intersects(square);
        });
    });
}

} // namespace Vigie
