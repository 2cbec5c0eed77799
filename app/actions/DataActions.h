// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace Vigie {

struct AppContext;

/// File → Import Data…, Export Data… and Back Up Your Data…: the file dialogs and messages around the
/// user-data service, which does the work (the command line calls the same service).
class DataActions : public QObject {
    Q_OBJECT

public:
    /// Dialogs are modal to @p window.
    DataActions(const AppContext& context, QWidget* window);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* exportAllAction() const { return m_exportAll; }
    QAction* backUpAction() const { return m_backUp; }
    QAction* removeAction() const { return m_remove; }

    void retranslate();

    /// The work behind each action, without its dialogs; each returns a translated error, or an empty string.
    QString importData(const QString& path);
    QString exportData(const QString& path, bool withVigiesFigures = false);
    QString backUpUserData(const QString& path);

public slots:
    void importInteractively();
    void exportInteractively(bool withVigiesFigures = false);
    /// True once a backup was written.
    bool backUpInteractively();
    /// Asks for confirmation, offering a backup first, then removes the user's figures.
    void removeInteractively();

signals:
    /// A message for the status bar.
    void statusMessage(const QString& text, int timeout);
    /// The user's figures were removed.
    void removalEnded();

private:
    /// Removes the user's figures on a worker, behind a progress, and says how it ended.
    void removeUserData();

    const AppContext& m_context;
    QWidget* m_window;
    QAction* m_import;
    QAction* m_export;
    QAction* m_exportAll;
    QAction* m_backUp;
    QAction* m_remove;
};

} // namespace Vigie
