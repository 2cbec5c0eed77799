// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/BatchExport.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace Vigie {

BatchExport::BatchExport(const ChartExporter& exporter)
    : m_exporter(exporter)
{
}

BatchExport::Result BatchExport::run(const QList<ExportJob>& jobs, QWidget* parent) const
{
    Result result;
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0, int(jobs.size()), parent);
    progress.setWindowTitle(tr("Export All Charts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        progress.setValue(int(i));
        progress.setLabelText(
            tr("Exporting %1 (%2 of %3)…").arg(QFileInfo(jobs.at(i).path).fileName()).arg(i + 1).arg(jobs.size()));
        QCoreApplication::processEvents(); // lets Cancel through between files
        if (progress.wasCanceled()) {
            result.cancelled = true;
            break;
        }
        const ExportResult exported = m_exporter.exportToFile(jobs.at(i).chart, jobs.at(i).path, jobs.at(i).options);
        if (!exported.ok()) {
            result.error = exported.error;
            break;
        }
        ++result.written;
    }
    progress.setValue(int(jobs.size()));
    return result;
}

} // namespace Vigie
