// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/ChartPage.h"

#include <qcustomplot.h>

#include "widgets/ChartExporter.h"
#include "widgets/ChartView.h"
#include "widgets/export/ExportLimits.h"

namespace Vigie {

ChartPage::ChartPage(const ChartExporter& exporter, QWidget* parent)
    : Page(parent)
    , m_exporter(exporter)
{
}

std::optional<Page::Exportable> ChartPage::exportable() const
{
    const ChartView* chart = activeChart();
    if (!chart || !chart->hasChart()) // none yet: the Overview draws its charts after the first frame
        return std::nullopt;
    // A dashboard tile may be wider than an export's proportions allow: "as on screen" is then the nearest
    // size Vigie lays out readably, at the screen's 96 DPI.
    return Exportable {chart->chart().id, tr("Export Chart"),
                       ExportLimits::nearestAccepted(chart->plotSize(), ExportLimits::screenDpi)};
}

QString ChartPage::exportTo(const QString& path, const ExportOptions& options) const
{
    const ChartView* chart = activeChart();
    if (!chart)
        return tr("This page has no chart to export.");
    return m_exporter.exportToFile(chart->chart(), path, options).error;
}

QImage ChartPage::exportImage(const ExportOptions& options) const
{
    const ChartView* chart = activeChart();
    return chart ? m_exporter.renderImage(chart->chart(), options) : QImage();
}

void ChartPage::connectChart(ChartView* chart)
{
    connect(chart, &ChartView::exportRequested, this, &Page::exportRequested);
    connect(chart, &ChartView::copyRequested, this, &Page::copyRequested);
    connect(chart, &ChartView::citationRequested, this, &Page::citationRequested);
}

} // namespace Vigie
