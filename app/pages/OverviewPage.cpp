// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/OverviewPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "app/AppContext.h"
#include "core/charts/ChartCatalog.h"
#include "widgets/ChartView.h"
#include "widgets/KpiCard.h"

namespace Vigie {

OverviewPage::OverviewPage(const AppContext& context, QWidget* parent)
    : ChartPage(context.exporter, parent)
    , m_heading(new QLabel(this))
    , m_chart(new ChartView(context.renderer, this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto* kpis = new QHBoxLayout;
    for (const QString& id : ChartCatalog::kpiIds()) {
        if (const auto kpi = context.catalog.kpi(id)) {
            auto* card = new KpiCard(this);
            card->setKpi(*kpi);
            connect(card, &KpiCard::sourceRequested, this, &OverviewPage::sourceRequested);
            connect(card, &KpiCard::citationRequested, this, &Page::citationRequested);
            m_kpis.append(card);
            kpis->addWidget(card, 1);
        }
    }
    if (const auto chart = context.catalog.chart(ChartCatalog::chartIds().constFirst()))
        m_chart->setChart(*chart);
    connectChart(m_chart);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(kpis);
    layout->addWidget(m_chart, 1);
    retranslate();
}

QString OverviewPage::pageTitle()
{
    return tr("Overview");
}

void OverviewPage::retranslate()
{
    m_heading->setText(tr("Cybercrime in France: the headline figures"));
    emit titleChanged();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ChartPage::changeEvent(event);
}

} // namespace Vigie
