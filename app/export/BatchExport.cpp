// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/BatchExport.h"

#include <QFileInfo>
#include <QProgressDialog>

#include "app/AppContext.h"
#include "app/export/MapBatch.h"
#include "core/charts/ChartCatalog.h"

namespace Vigie {

QStringList BatchExport::Plan::paths() const
{
    QStringList result;
    for (const ExportJob& job : charts)
        result.append(job.path);
    for (const ExportFile& file : map)
        result.append(file.path);
    return result;
}

BatchExport::BatchExport(const AppContext& context)
    : m_context(context)
{
}

BatchExport::Plan BatchExport::plan(const QList<Language>& languages, const QList<ExportFormat>& formats,
                                    const ExportOptions& base, const QString& folder) const
{
    return {ChartExporter::plan(m_context.catalog.charts(), languages, formats, base, folder),
            MapExporter::plan(languages, formats, base, folder)};
}

BatchExport::Result BatchExport::run(const Plan& plan, QWidget* parent) const
{
    Result result;
    const QStringList paths = plan.paths();
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0, int(paths.size()), parent);
    progress.setWindowTitle(tr("Export All"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    MapBatch map(m_context.database, m_context.translations);
    if (!plan.map.isEmpty())
        map.startLoading(); // the outlines are read while the charts are written
    for (qsizetype i = 0; i < paths.size(); ++i) {
        progress.setValue(int(i));
        progress.setLabelText(
            tr("Exporting %1 (%2 of %3)…").arg(QFileInfo(paths.at(i)).fileName()).arg(i + 1).arg(paths.size()));
        QCoreApplication::processEvents(); // lets Cancel through between files
        if (progress.wasCanceled()) {
            result.cancelled = true;
            break;
        }
        const qsizetype charts = plan.charts.size();
        const ExportResult exported = i < charts
            ? m_context.exporter.exportToFile(plan.charts.at(i).chart, paths.at(i), plan.charts.at(i).options)
            : map.write(plan.map.at(i - charts));
        if (!exported.ok()) {
            result.error = exported.error;
            break;
        }
        ++result.written;
    }
    progress.setValue(int(paths.size()));
    return result;
}

} // namespace Vigie
