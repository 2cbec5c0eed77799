// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/pages/Page.h"

namespace Vigie {

class ChartExporter;

/// A page whose export is its chart in front: the exporter writes it as the screen shows it, with its footer.
class ChartPage : public Page {
    Q_OBJECT

public:
    explicit ChartPage(const ChartExporter& exporter, QWidget* parent = nullptr);

    std::optional<Exportable> exportable() const override;
    QString exportTo(const QString& path, const ExportOptions& options) const override;
    QImage exportImage(const ExportOptions& options) const override;

protected:
    /// Forwards @p chart's Export… and Copy requests as the page's own.
    void connectChart(ChartView* chart);

private:
    const ChartExporter& m_exporter;
};

} // namespace Vigie
