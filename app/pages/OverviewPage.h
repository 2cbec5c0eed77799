// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

class QLabel;

namespace Vigie {

struct AppContext;
class ChartView;
class KpiCard;

/// The first page: the headline KPI and the trend of recorded digital offences, with its series break.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(const AppContext& context, QWidget* parent = nullptr);

    QString title() const override;
    ChartView* activeChart() const override { return m_chart; }
    KpiCard* kpiCard() const { return m_kpi; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading;
    KpiCard* m_kpi;
    ChartView* m_chart;
};

} // namespace Vigie
