// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "app/AppContext.h"
#include "widgets/ChartExporter.h"

class QWidget;

namespace Vigie {



/// Writes the window's Export All: every chart and the map, one file after another, with a progress dialog
/// whose Cancel stops between files. Each file is written atomically, so a cancelled or failed batch leaves
/// only whole files.
class BatchExport {
    Q_DECLARE_TR_FUNCTIONS(Vigie::BatchExport)

public:
    /// The files of a batch: the charts', then the map's (its pictures, and its treaties as CSV).
    struct Plan {
        QList<ExportJob> charts;
        QList<ExportFile> map;
        QStringList paths() const;
    };
    /// What a batch did: files written, and why it stopped early, if it did.
    struct Result {
        int written = 0;
        bool cancelled = false;
        QString error;
    };

    explicit BatchExport(const AppContext& context);

    /// Every chart of the catalogue and the map, in every language × format, into @p folder.
    Plan plan(const QList<Language>& languages, const QList<ExportFormat>& formats, const ExportOptions& base,
              const QString& folder) const;
    /// Writes @p plan in order; the progress dialog is modal to @p parent.
    Result run(const Plan& plan, QWidget* parent) const;

private:
    const AppContext m_context; // a copy: a bundle of references, often handed over as a temporary
};

} // namespace Vigie
