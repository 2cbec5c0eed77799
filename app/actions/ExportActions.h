// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>

class QAction;
class QWidget;

namespace Vigie {

struct AppContext;
class Page;

/// File → Export…, Export All… and Copy Image: the exchanges with the user around a page's own export
/// (Page::exportable) and around the batch of every chart and the map. The window only puts the actions in its menu.
class ExportActions : public QObject {
    Q_OBJECT

public:
    /// @p currentPage tells which page the actions act on; dialogs are modal to @p window.
    ExportActions(const AppContext& context, QWidget* window, std::function<Page*()> currentPage);

    QAction* exportAction() const { return m_export; }
    QAction* exportAllAction() const { return m_exportAll; }
    QAction* copyAction() const { return m_copy; }

    void retranslate();
    /// Enables the actions for what the current page can export.
    void updateEnabled();

public slots:
    /// Asks for options and a file, then has the current page export itself.
    void exportCurrent();
    /// Every chart and the map to a folder, in the chosen languages and formats, with progress.
    void exportAll();
    /// Copies the current page's picture to the clipboard, at its size on screen.
    void copyCurrent();

signals:
    /// A message for the status bar.
    void statusMessage(const QString& text, int timeout);

private:
    const AppContext& m_context;
    QWidget* m_window;
    std::function<Page*()> m_currentPage;
    QAction* m_export;
    QAction* m_exportAll;
    QAction* m_copy;
};

} // namespace Vigie
