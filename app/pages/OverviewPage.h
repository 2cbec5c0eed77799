// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "app/pages/ChartPage.h"

class QLabel;

namespace Vigie {

struct AppContext;
class ChartView;
class KpiCard;

/// The first page: the headline KPI and the trend of recorded digital offences, with its series break.
class OverviewPage : public ChartPage
{
    Q_OBJECT

public:
    explicit OverviewPage(const AppContext& context, QWidget* parent = nullptr);

    /// The page's name in the navigation, known before the page is built.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    ChartView* activeChart() const override { return m_chart; }
    /// The headline card (2023 offences) and all of them, in order.
    KpiCard* kpiCard() const { return m_kpis.value(0); }
    QList<KpiCard*> kpiCards() const { return m_kpis; }

signals:
    /// A KPI card asked for its figure's source.
    void sourceRequested(const QString& figureKey);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_heading;
    QList<KpiCard*> m_kpis;
    ChartView* m_chart;
};

} // namespace Vigie
