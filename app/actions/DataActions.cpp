// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/actions/DataActions.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

#include "app/AppContext.h"
#include "core/data/UserData.h"
#include "core/settings/Settings.h"

namespace Vigie {

DataActions::DataActions(const AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_import(new QAction(this))
    , m_export(new QAction(this))
    , m_exportAll(new QAction(this))
    , m_backUp(new QAction(this))
    , m_remove(new QAction(this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &DataActions::importInteractively);
    connect(m_export, &QAction::triggered, this, [this] { exportInteractively(false); });
    connect(m_exportAll, &QAction::triggered, this, [this] { exportInteractively(true); });
    connect(m_backUp, &QAction::triggered, this, &DataActions::backUpInteractively);
    connect(m_remove, &QAction::triggered, this, &DataActions::removeInteractively);
}

void DataActions::retranslate()
{
    m_import->setText(tr("&Import Data…"));
    m_import->setStatusTip(tr("Add your own figures from a CSV file, kept apart from Vigie's"));
    m_export->setText(tr("Export Your &Data…"));
    m_export->setStatusTip(tr("Save your own figures and their sources as CSV, which Import Data reads back"));
    m_exportAll->setText(tr("Export All &Figures…"));
    m_exportAll->setStatusTip(tr("Save Vigie's figures and yours as CSV; an import of the file skips Vigie's"));
    m_backUp->setText(tr("&Back Up Your Data…"));
    m_backUp->setStatusTip(tr("Save a copy of your own database, whole, to a file of your choice"));
    m_remove->setText(tr("&Remove Your Data…"));
    m_remove->setStatusTip(tr("Remove every figure you imported, after a confirmation and the offer of a backup"));
}

QString DataActions::importData(const QString& path)
{
    const FigureCsv::ImportResult result = m_context.userData.importFile(path);
    if (!result.ok())
        return result.error;
    emit statusMessage(tr("%Ln figure(s) imported", nullptr, result.imported), 8000);
    return {};
}

QString DataActions::exportData(const QString& path, bool withVigiesFigures)
{
    return m_context.userData.exportCsv(path, withVigiesFigures ? UserData::Export::AllFigures
                                                                 : UserData::Export::YourFigures);
}

QString DataActions::backUpUserData(const QString& path)
{
    return m_context.userData.backupTo(path);
}

void DataActions::removeUserData()
{
    const int count = m_context.userData.figureCount();
    // Seconds at a million figures: the window stays live behind a progress that only this removal's end
    // closes, and nothing else can be asked of the file meanwhile.
    auto* progress = new QProgressDialog(tr("Removing your %Ln figure(s)…", nullptr, count), QString(), 0, 0,
                                         m_window);
    progress->setObjectName(QStringLiteral("removingYourData"));
    progress->setWindowTitle(tr("Remove Your Data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400); // a small file's removal ends before it would flash
    progress->setValue(0);
    connect(
        &m_context.userData, &UserData::removed, progress,
        [this, progress, count](const QString& error) {
            progress->deleteLater();
            if (!error.isEmpty()) {
                QMessageBox::critical(m_window, tr("Removal failed"), error);
                return;
            }
            emit statusMessage(tr("%Ln figure(s) of yours removed", nullptr, count), 8000);
            emit removalEnded();
        },
        Qt::SingleShotConnection);
    m_context.userData.removeInBackground();
}

void DataActions::removeInteractively()
{
    // While the file is checked (or cannot be used), say why, rather than that there is nothing to remove.
    if (const QString reason = m_context.userData.unavailableReason(); !reason.isEmpty()) {
        QMessageBox::information(m_window, tr("Remove Your Data"), reason);
        return;
    }
    const int count = m_context.userData.figureCount();
    if (count == 0) {
        QMessageBox::information(m_window, tr("Remove Your Data"), tr("You have no figures of your own to remove."));
        return;
    }
    // Asked again after a backup: the user sees the copy made before choosing to remove.
    for (bool backedUp = false;;) {
        QMessageBox box(QMessageBox::Warning, tr("Remove Your Data"),
                        tr("Remove the %Ln figure(s) you imported?", nullptr, count), QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("removeYourData"));
        box.setInformativeText(backedUp ? tr("Your data is backed up. Vigie's own figures stay as they are.")
                                        : tr("Their sources and topic names go with them; Vigie's own figures stay as "
                                             "they are. This cannot be undone: back your data up first to keep a copy."));
        QPushButton* backUp = box.addButton(tr("&Back Up First…"), QMessageBox::ActionRole);
        backUp->setObjectName(QStringLiteral("backUpFirst"));
        QPushButton* remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("remove"));
        QPushButton* cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel); // Enter keeps the data
        box.exec();
        if (box.clickedButton() == backUp) {
            backedUp = backUpInteractively() || backedUp;
            continue;
        }
        if (box.clickedButton() != remove)
            return;
        removeUserData();
        return;
    }
}

void DataActions::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Data"), m_context.settings.exportDirectory(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = importData(path); !error.isEmpty())
        QMessageBox::critical(m_window, tr("Import failed"),
                              tr("Nothing was imported from “%1”.").arg(QFileInfo(path).fileName()) + u'\n' + error);
}

void DataActions::exportInteractively(bool withVigiesFigures)
{
    const QString name = withVigiesFigures ? QStringLiteral("vigie-all-figures.csv") : QStringLiteral("vigie-data.csv");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Data"),
                                                      QDir(m_context.settings.exportDirectory()).filePath(name),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportData(path, withVigiesFigures); !error.isEmpty())
        QMessageBox::critical(m_window, tr("Export failed"), error);
    else
        emit statusMessage(tr("Data exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

bool DataActions::backUpInteractively()
{
    const QString name = QStringLiteral("vigie-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back Up Your Data"),
                                                      QDir(m_context.settings.exportDirectory()).filePath(name),
                                                      tr("Vigie databases (*.sqlite)"));
    if (path.isEmpty())
        return false;
    if (const QString error = backUpUserData(path); !error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Backup failed"), error);
        return false;
    }
    emit statusMessage(tr("Your data was backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

} // namespace Vigie
