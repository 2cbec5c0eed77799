// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>

#include "app/AppContext.h"
#include "app/PageStack.h"
#include "core/i18n/Language.h"

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;

namespace Vigie {

class DataActions;
class CitationActions;
class ExportActions;
class MapPage;
class Page;
class ChartsPage;
class GuideDialog;
class PolicyPage;
class SearchDialog;
class SourcesPage;
class ThemeController;

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

    ExportActions* exportActions() const { return m_exportActions; }
    DataActions* dataActions() const { return m_dataActions; }
    CitationActions* citationActions() const { return m_citationActions; }
    /// The status bar's permanent "Data as of …".
    QString dataDateText() const;
    /// The status bar's counts: "325 sourced figures · 207 sources · 2 of your own".
    QString countsText() const;

public slots:
    void setLanguage(Vigie::Language language);
    void toggleLanguage();
    /// Follows a link from the policy text to the data it names.
    void openLink(const QString& target);
    /// Shows a figure and its source in the Sources page.
    void showSource(const QString& figureKey);
    /// The Charts page, at the chart @p chartId.
    void showChart(const QString& chartId);
    /// The Map page, with the centre @p centreId selected (none when empty).
    void showCentre(const QString& centreId);
    /// Goes to a place that Search Everything found (SearchHit::target), with @p words highlighted there.
    void openFound(const QString& target, const QString& words);
    /// Edit → Search Everything (Ctrl+K): the search dialog, built when first asked for.
    void searchEverything();
    /// Edit → Find in Page (Ctrl+F): the focus to the current page's search field.
    void findInPage();
    /// Help → Guide (F1): the user guide, beside the window.
    void showGuide();

    /// View → one action a page, in the navigation's order, with its shortcut (Ctrl+1 for the first).
    QList<QAction*> pageActions() const { return m_pageActions; }
    /// The light or dark theme, as the desktop says or as the View menu chose.
    ThemeController* theme() const { return m_theme; }
    QAction* searchAction() const { return m_searchAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* guideAction() const { return m_guideAction; }
    /// Help → Guide (F1), once it has been opened.
    GuideDialog* guideDialog() const { return m_guideDialog; }
    /// The dialog of Search Everything, once it has been opened.
    SearchDialog* searchDialog() const { return m_searchDialog; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    /// Adds a page to the stack and the navigation; returns its index.
    int addPage(const PageStack::Title& title, const PageStack::Builder& build);
    void connectPage(int index, Page* page);
    /// The Charts, Sources and Map pages, built now if they were not yet.
    ChartsPage* chartsPage();
    SourcesPage* sourcesPage();
    MapPage* mapPage();
    PolicyPage* policyPage();
    void retranslate();
    /// The status bar's figures and sources, Vigie's and the user's.
    void updateCounts();
    /// Makes the navigation as wide as its longest page name, or as its icons in the compact rail.
    void fitNavigation();
    void setPageName(int row, const QString& name);
    void updateIcons();
    /// "Page — Vigie" in the title bar, as the desktop shows it.
    void updateTitle();
    void restoreState();

    AppContext m_context;
    QListWidget* m_navigation;
    QStringList m_pageNames; ///< the navigation's, by row, also while the rail shows icons only
    bool m_compactNavigation = false;
    static constexpr int compactWidth = 1000; ///< below it, the navigation is a rail of icons
    static constexpr int navigationIconSize = 20;
    PageStack* m_stack;
    int m_sourcesIndex = -1;
    int m_chartsIndex = -1;
    int m_mapIndex = -1;
    int m_policyIndex = -1;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_themeMenu = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    QActionGroup* m_pageGroup = nullptr;
    QList<QAction*> m_pageActions; ///< View → the pages, Ctrl+1 to Ctrl+5
    QAction* m_followDesktopAction = nullptr;
    QAction* m_lightAction = nullptr;
    QAction* m_darkAction = nullptr;
    ThemeController* m_theme = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    ExportActions* m_exportActions = nullptr;
    DataActions* m_dataActions = nullptr;
    CitationActions* m_citationActions = nullptr;
    QString m_counts; ///< the status bar's counts, until another message takes their place
    QLabel* m_dataDate = nullptr; ///< the status bar's "Data as of …", always shown
    QAction* m_quitAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_frenchAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_toggleLanguageAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_findAction = nullptr;
    SearchDialog* m_searchDialog = nullptr;
    QAction* m_guideAction = nullptr;
    GuideDialog* m_guideDialog = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};

} // namespace Vigie
