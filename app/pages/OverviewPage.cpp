// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/OverviewPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "app/AppContext.h"
#include "core/charts/ChartCatalog.h"
#include "widgets/ChartView.h"
#include "widgets/KpiCard.h"
#include "widgets/KpiGrid.h"

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

    auto* kpis = new KpiGrid(this);
    for (const QString& id : ChartCatalog::kpiIds()) {
        if (const auto kpi = context.catalog.kpi(id)) {
            auto* card = new KpiCard(this);
            card->setKpi(*kpi);
            connect(card, &KpiCard::sourceRequested, this, &OverviewPage::sourceRequested);
            connect(card, &KpiCard::citationRequested, this, &Page::citationRequested);
            m_kpis.append(card);
            kpis->addCard(card);
        }
    }
    if (const auto chart = context.catalog.chart(ChartCatalog::chartIds().constFirst()))
        m_chart->setChart(*chart);
    connectChart(m_chart);

    // The dashboard scrolls where the window is too short for it, rather than squeezing the chart.
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(kpis);
    layout->addWidget(m_chart, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
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
