// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>

#include "app/AppContext.h"
#include "app/PageStack.h"
#include "core/charts/ChartData.h"
#include "core/i18n/Language.h"

class QAction;
class QActionGroup;
class QListWidget;
class QMenu;

namespace Vigie {

class ChartView;
struct ExportJob;
struct ExportOptions;
class MapPage;
class Page;
class SourcesPage;

/// The main window: it assembles the pages and the actions, and nothing more. Pages do their own work, and
/// each is built when first shown (PageStack), so that start-up builds only the page in front.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Every page, built now if they were not yet.
    QList<Page*> pages();
    Page* currentPage() const;
    void setCurrentPage(int index);

    /// Exports the current chart to @p path; returns an error message, or an empty string on success.
    /// The window's export action uses it after its dialogs.
    QString exportCurrentChart(const QString& path, const ExportOptions& options);

    /// What a batch export did: files written, and why it stopped early, if it did.
    struct BatchResult
    {
        int written = 0;
        bool cancelled = false;
        QString error;
    };
    /// Writes @p jobs with a progress dialog that can cancel between files.
    BatchResult runExportJobs(const QList<ExportJob>& jobs);
    QList<ChartData> allCharts() const;

    /// Imports a CSV file of figures into the user database; returns a translated error, or an empty string.
    QString importData(const QString& path);
    /// Writes every figure (Vigie's and the user's) as CSV; returns a translated error, or an empty string.
    QString exportData(const QString& path);
    /// Copies the whole user database to @p path; returns a translated error, or an empty string.
    QString backUpUserData(const QString& path);

public slots:
    void setLanguage(Vigie::Language language);
    void toggleLanguage();
    void exportChart();
    void exportAllCharts();
    void importDataInteractively();
    void exportDataInteractively();
    void backUpUserDataInteractively();
    void copyChart();
    void showAbout();
    /// Follows a link from the policy text to the data it names.
    void openLink(const QString& target);
    /// Shows a figure and its source in the Sources page.
    void showSource(const QString& figureKey);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    /// Adds a page to the stack and the navigation; returns its index.
    int addPage(const PageStack::Title& title, const PageStack::Builder& build);
    void connectPage(int index, Page* page);
    /// The Sources and Map pages, built now if they were not yet.
    SourcesPage* sourcesPage();
    MapPage* mapPage();
    void retranslate();
    void updateActions();
    void restoreState();
    ChartView* currentChart() const;

    AppContext m_context;
    QListWidget* m_navigation;
    PageStack* m_stack;
    int m_sourcesIndex = -1;
    int m_mapIndex = -1;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_exportAllAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_importDataAction = nullptr;
    QAction* m_exportDataAction = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_quitAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_frenchAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_toggleLanguageAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace Vigie
