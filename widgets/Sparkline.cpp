// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/Sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include "widgets/design/Theme.h"

namespace Vigie {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setPoints(const QList<Kpi::TrendPoint>& points)
{
    m_points = points;
    setVisible(m_points.size() >= 2);
    update();
}

QSize Sparkline::sizeHint() const
{
    return {120, fontMetrics().height() * 2};
}

QSize Sparkline::minimumSizeHint() const
{
    return {40, fontMetrics().height() * 2};
}

void Sparkline::paintEvent(QPaintEvent*)
{
    if (m_points.size() < 2)
        return;
    double minX = m_points.first().x, maxX = minX, minY = m_points.first().y, maxY = minY;
    for (const Kpi::TrendPoint& p : m_points) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    minY = std::min(minY, 0.0); // from zero, as the charts draw counts: a trend is not made steeper than it is
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    auto place = [&](const Kpi::TrendPoint& p) {
        const double fx = maxX > minX ? (p.x - minX) / (maxX - minX) : 0.5;
        const double fy = maxY > minY ? (p.y - minY) / (maxY - minY) : 0.5;
        return QPointF(area.left() + fx * area.width(), area.bottom() - fy * area.height());
    };
    const QColor colour = Theme::chartTheme(palette()).palette.first();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path(place(m_points.first()));
    for (qsizetype i = 1; i < m_points.size(); ++i)
        path.lineTo(place(m_points.at(i)));
    painter.setPen(QPen(colour, 1.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // The last point marked; provisional ones hollow, as on the charts.
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const bool last = i == m_points.size() - 1;
        if (!last && !m_points.at(i).provisional)
            continue;
        painter.setBrush(m_points.at(i).provisional ? palette().color(QPalette::Base) : colour);
        painter.drawEllipse(place(m_points.at(i)), 2.6, 2.6);
    }
}

} // namespace Vigie
