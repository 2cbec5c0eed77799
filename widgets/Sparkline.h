// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/charts/Kpi.h"

namespace Vigie {

/// A small trend line for a KPI card: the figure's own run of comparable points, its last point marked,
/// provisional points hollow, in the theme's first chart colour. It draws nothing without two points.
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setPoints(const QList<Kpi::TrendPoint>& points);
    const QList<Kpi::TrendPoint>& points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Kpi::TrendPoint> m_points;
};

} // namespace Vigie
