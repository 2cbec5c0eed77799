// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actions/ExportActions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include "app/AppContext.h"
#include "app/dialogs/ExportAllDialog.h"
#include "app/dialogs/ExportDialog.h"
#include "app/export/BatchExport.h"
#include "app/pages/Page.h"
#include "core/charts/ChartCatalog.h"
#include "core/i18n/LanguageManager.h"
#include "core/settings/Settings.h"

namespace Vigie {

ExportActions::ExportActions(const AppContext& context, QWidget* window, std::function<Page*()> currentPage)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_currentPage(std::move(currentPage))
    , m_export(new QAction(this))
    , m_exportAll(new QAction(this))
    , m_copy(new QAction(this))
{
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ExportActions::exportCurrent);
    m_exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAll, &QAction::triggered, this, &ExportActions::exportAll);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copy, &QAction::triggered, this, &ExportActions::copyCurrent);
}

void ExportActions::retranslate()
{
    m_export->setText(tr("&Export Chart…"));
    m_export->setStatusTip(tr("Save the chart on this page as PNG, JPEG, PDF or SVG"));
    m_exportAll->setText(tr("Export &All…"));
    m_exportAll->setStatusTip(tr("Save every chart and the map to a folder, in one or both languages"));
    m_copy->setText(tr("&Copy Chart Image"));
    m_copy->setStatusTip(tr("Copy the chart on this page to the clipboard as an image"));
}

void ExportActions::updateEnabled()
{
    const Page* page = m_currentPage();
    const bool exportable = page && page->exportable();
    m_export->setEnabled(exportable);
    m_copy->setEnabled(exportable);
}

void ExportActions::exportCurrent()
{
    const Page* page = m_currentPage();
    const auto exportable = page ? page->exportable() : std::nullopt;
    if (!exportable)
        return;
    const auto target = ExportDialog::ask(m_window, exportable->screenSize, m_context.settings,
                                          m_context.languages.language(), exportable->name, exportable->dialogTitle);
    if (!target)
        return;
    if (const QString error = page->exportTo(target->path, target->options); !error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Export failed"), error);
        return;
    }
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(target->path)), 8000);
}

void ExportActions::exportAll()
{
    Settings& settings = m_context.settings;
    ExportAllDialog dialog(settings.exportDirectory(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = dialog.folder();
    if (!QDir().mkpath(folder)) {
        QMessageBox::critical(m_window, tr("Export failed"), tr("Cannot write to the folder “%1”.").arg(folder));
        return;
    }
    settings.setExportDirectory(folder);
    const BatchExport batch(m_context);
    const BatchExport::Plan plan = batch.plan(dialog.languages(), dialog.formats(), dialog.baseOptions(), folder);
    const QStringList paths = plan.paths();
    const auto existing =
        std::count_if(paths.cbegin(), paths.cend(), [](const QString& path) { return QFileInfo::exists(path); });
    if (existing > 0
        && QMessageBox::question(m_window, tr("Replace files?"),
                                 tr("%Ln file(s) in this folder will be replaced. Continue?", nullptr, int(existing)))
            != QMessageBox::Yes)
        return;
    const BatchExport::Result result = batch.run(plan, m_window);
    if (!result.error.isEmpty())
        QMessageBox::critical(m_window, tr("Export failed"), result.error);
    emit statusMessage(tr("%Ln file(s) written to %1", nullptr, result.written).arg(QDir::toNativeSeparators(folder)),
                       8000);
}

void ExportActions::copyCurrent()
{
    const Page* page = m_currentPage();
    const auto exportable = page ? page->exportable() : std::nullopt;
    if (!exportable)
        return;
    ExportOptions options;
    options.pixelSize = exportable->screenSize;
    options.language = m_context.languages.language();
    QApplication::clipboard()->setImage(page->exportImage(options));
    emit statusMessage(tr("Copied to the clipboard"), 5000);
}

} // namespace Vigie
