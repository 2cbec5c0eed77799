// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>

#include "widgets/ChartExporter.h"

class QWidget;

namespace Vigie {

/// Writes export jobs one after another, with a progress dialog whose Cancel stops between files. Each file
/// is written atomically, so a cancelled or failed batch leaves only whole files.
class BatchExport {
    Q_DECLARE_TR_FUNCTIONS(Vigie::BatchExport)

public:
    /// What a batch did: files written, and why it stopped early, if it did.
    struct Result {
        int written = 0;
        bool cancelled = false;
        QString error;
    };

    explicit BatchExport(const ChartExporter& exporter);

    /// Writes @p jobs in order; the progress dialog is modal to @p parent.
    Result run(const QList<ExportJob>& jobs, QWidget* parent) const;

private:
    const ChartExporter& m_exporter;
};

} // namespace Vigie
