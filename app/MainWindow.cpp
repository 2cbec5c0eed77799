// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QHBoxLayout>
#include <QResizeEvent>
#include <QScreen>
#include <QStyle>
#include <QStatusBar>

#include "app/actions/CitationActions.h"
#include "app/actions/DataActions.h"
#include "app/actions/ExportActions.h"
#include "app/dialogs/AboutBox.h"
#include "app/dialogs/GuideDialog.h"
#include "app/dialogs/SearchDialog.h"
#include "app/pages/ChartsPage.h"
#include "app/pages/MapPage.h"
#include "app/pages/OverviewPage.h"
#include "app/pages/PolicyPage.h"
#include "app/ThemeController.h"
#include "app/pages/SourcesPage.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/i18n/CitationFormat.h"
#include "core/i18n/LanguageManager.h"
#include "core/i18n/NumberFormat.h"
#include "core/settings/Settings.h"
#include "widgets/design/Icons.h"
#include "widgets/design/Typography.h"
#include "widgets/map/MapView.h"

namespace Vigie {

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_stack(new PageStack(this))
    , m_exportActions(new ExportActions(m_context, this, [this] { return currentPage(); }))
    , m_dataActions(new DataActions(m_context, this))
    , m_citationActions(new CitationActions(m_context, this))
{
    // The theme first: pages built after it draw once, in its colours.
    m_theme = new ThemeController(m_context.settings, this);
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding); // as wide as its names: fitNavigation()
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setIconSize(QSize(navigationIconSize, navigationIconSize));
    Typography::apply(m_navigation, Typography::Role::Navigation);
    m_navigation->setSpacing(3);

    // Only the page in front is built at start-up; the others when first shown (or asked for).
    connect(m_stack, &PageStack::pageBuilt, this, &MainWindow::connectPage);
    addPage(&OverviewPage::pageTitle, [this](QWidget* parent) {
        auto* overview = new OverviewPage(m_context, parent);
        connect(overview, &OverviewPage::sourceRequested, this, &MainWindow::showSource);
        connect(overview, &OverviewPage::chartRequested, this, &MainWindow::showChart);
        connect(overview, &OverviewPage::centreRequested, this, &MainWindow::showCentre);
        return overview;
    });
    m_chartsIndex
        = addPage(&ChartsPage::pageTitle, [this](QWidget* parent) { return new ChartsPage(m_context, parent); });
    m_mapIndex = addPage(&MapPage::pageTitle, [this](QWidget* parent) { return new MapPage(m_context, parent); });
    m_policyIndex = addPage(&PolicyPage::pageTitle, [this](QWidget* parent) {
        auto* policy = new PolicyPage(m_context, parent);
        connect(policy, &PolicyPage::linkActivated, this, &MainWindow::openLink);
        return policy;
    });
    m_sourcesIndex
        = addPage(&SourcesPage::pageTitle, [this](QWidget* parent) { return new SourcesPage(m_context, parent); });

    // The navigation takes the width of its longest name, in the current language; the page the rest.
    auto* central = new QWidget(this);
    auto* columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    columns->addWidget(m_navigation);
    columns->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->showPage(row);
        m_context.settings.setCurrentPage(row);
        m_exportActions->updateEnabled();
        updateTitle();
        if (row >= 0 && row < m_pageActions.size())
            m_pageActions.at(row)->setChecked(true);
    });
    connect(m_exportActions, &ExportActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_citationActions, &CitationActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_dataDate = new QLabel(this);
    statusBar()->addPermanentWidget(m_dataDate);
    connect(m_dataActions, &DataActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    // The counts follow an import or a removal, and come back when a passing message has gone.
    connect(&m_context.userData, &UserData::figuresChanged, this, &MainWindow::updateCounts);
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& message) {
        if (message.isEmpty() && !m_counts.isEmpty())
            statusBar()->showMessage(m_counts);
    });

    updateIcons();
    createActions();
    createMenus();
    retranslate();
    restoreState();
    connect(&m_context.languages, &LanguageManager::languageChanged, this, [this](Language language) {
        m_context.settings.setLanguage(language);
        (language == Language::French ? m_frenchAction : m_englishAction)->setChecked(true);
    });
}

MainWindow::~MainWindow() = default;

int MainWindow::addPage(const PageStack::Title& title, const PageStack::Builder& build)
{
    m_navigation->addItem(title());
    m_pageNames.append(title());
    return m_stack->addPage(title, build);
}

void MainWindow::setPageName(int row, const QString& name)
{
    m_pageNames[row] = name;
    QListWidgetItem* item = m_navigation->item(row);
    item->setText(m_compactNavigation ? QString() : name);
    // In the compact rail, the name is the icon's tooltip, and what a screen reader says.
    item->setToolTip(m_compactNavigation ? name : QString());
    item->setData(Qt::AccessibleTextRole, name);
    if (row < m_pageActions.size())
        m_pageActions.at(row)->setText(name);
}

void MainWindow::updateIcons()
{
    static const char* const icons[] = {"overview", "charts", "map", "statement", "sources"};
    for (int row = 0; row < m_navigation->count() && row < int(std::size(icons)); ++row)
        m_navigation->item(row)->setIcon(Icons::tinted(QString::fromLatin1(icons[row]), palette()));
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Below this width, the navigation becomes a rail of icons, and the page takes the room.
    const bool compact = width() < compactWidth;
    if (compact != m_compactNavigation) {
        m_compactNavigation = compact;
        for (int row = 0; row < m_navigation->count(); ++row)
            setPageName(row, m_pageNames.at(row));
        fitNavigation();
    }
}

void MainWindow::connectPage(int index, Page* page)
{
    connect(page, &Page::titleChanged, this, [this, page, index] {
        setPageName(index, page->title());
        fitNavigation();
        updateTitle();
    });
    connect(page, &Page::exportableChanged, m_exportActions, &ExportActions::updateEnabled);
    connect(page, &Page::exportRequested, m_exportActions, &ExportActions::exportCurrent);
    connect(page, &Page::copyRequested, m_exportActions, &ExportActions::copyCurrent);
    connect(page, &Page::citationRequested, m_citationActions, &CitationActions::copy);
    connect(page, &Page::citationTextRequested, m_citationActions, &CitationActions::copyText);
}

QString MainWindow::dataDateText() const
{
    return m_dataDate->text();
}

QString MainWindow::countsText() const
{
    return m_counts;
}

QList<Page*> MainWindow::pages()
{
    return m_stack->pages();
}

SourcesPage* MainWindow::sourcesPage()
{
    return qobject_cast<SourcesPage*>(m_stack->page(m_sourcesIndex));
}

ChartsPage* MainWindow::chartsPage()
{
    return qobject_cast<ChartsPage*>(m_stack->page(m_chartsIndex));
}

MapPage* MainWindow::mapPage()
{
    return qobject_cast<MapPage*>(m_stack->page(m_mapIndex));
}

PolicyPage* MainWindow::policyPage()
{
    return qobject_cast<PolicyPage*>(m_stack->page(m_policyIndex));
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_languageGroup = new QActionGroup(this);
    // Language names are written in their own language, so that anyone can find theirs.
    m_frenchAction = new QAction(QStringLiteral("Français"), m_languageGroup);
    m_englishAction = new QAction(QStringLiteral("English"), m_languageGroup);
    for (QAction* action : {m_frenchAction, m_englishAction})
        action->setCheckable(true);
    (m_context.languages.language() == Language::French ? m_frenchAction : m_englishAction)->setChecked(true);
    connect(m_frenchAction, &QAction::triggered, this, [this] { setLanguage(Language::French); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(Language::English); });

    m_toggleLanguageAction = new QAction(this);
    m_toggleLanguageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_toggleLanguageAction, &QAction::triggered, this, &MainWindow::toggleLanguage);

    // Light or dark: as the desktop says, or as chosen here, remembered.
    m_themeGroup = new QActionGroup(this);
    m_followDesktopAction = new QAction(m_themeGroup);
    m_lightAction = new QAction(m_themeGroup);
    m_darkAction = new QAction(m_themeGroup);
    for (const auto& [action, choice] : {std::pair {m_followDesktopAction, Settings::Theme::FollowDesktop},
                                         {m_lightAction, Settings::Theme::Light},
                                         {m_darkAction, Settings::Theme::Dark}}) {
        action->setCheckable(true);
        action->setChecked(m_theme->choice() == choice);
        connect(action, &QAction::triggered, this, [this, choice = choice] { m_theme->setChoice(choice); });
    }

    // A page a shortcut, as in a browser's tabs: Ctrl+1 for the first. Named after the pages (setPageName).
    m_pageGroup = new QActionGroup(this);
    for (int row = 0; row < m_stack->count(); ++row) {
        auto* action = new QAction(m_pageGroup);
        action->setCheckable(true);
        if (row < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(action, &QAction::triggered, this, [this, row] { setCurrentPage(row); });
        m_pageActions.append(action);
    }
    if (!m_pageActions.isEmpty())
        m_pageActions.constFirst()->setChecked(true);

    m_searchAction = new QAction(this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::searchEverything);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::findInPage);

    m_guideAction = new QAction(this);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showGuide);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutBox::show(this, m_context.database.dataset()); });
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportActions->exportAction());
    m_fileMenu->addAction(m_exportActions->exportAllAction());
    m_fileMenu->addAction(m_exportActions->copyAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_dataActions->importAction());
    m_fileMenu->addAction(m_dataActions->exportAction());
    m_fileMenu->addAction(m_dataActions->exportAllAction());
    m_fileMenu->addAction(m_dataActions->backUpAction());
    m_fileMenu->addAction(m_dataActions->removeAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_findAction);
    m_editMenu->addAction(m_searchAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addAction(m_followDesktopAction);
    m_themeMenu->addSeparator();
    m_themeMenu->addAction(m_lightAction);
    m_themeMenu->addAction(m_darkAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_pageActions);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_frenchAction);
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_toggleLanguageAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_guideAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    updateTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find in Page"));
    m_findAction->setStatusTip(tr("Go to the current page's search field"));
    m_searchAction->setText(tr("&Search Everything…"));
    m_searchAction->setStatusTip(
        tr("Search figures, sources, the statement, the centres, the events and your own figures at once"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_followDesktopAction->setText(tr("&Follow the Desktop"));
    m_followDesktopAction->setStatusTip(tr("Light or dark as the desktop's appearance setting says"));
    m_lightAction->setText(tr("&Light"));
    m_darkAction->setText(tr("&Dark"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_exportActions->retranslate();
    m_dataActions->retranslate();
    m_quitAction->setText(tr("&Quit"));
    m_toggleLanguageAction->setText(tr("&Switch Language"));
    m_toggleLanguageAction->setStatusTip(tr("Switch between French and English"));
    m_guideAction->setText(tr("&Guide"));
    m_guideAction->setStatusTip(tr("How to use Vigie, with its keyboard shortcuts"));
    m_aboutAction->setText(tr("&About Vigie"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_navigation->setAccessibleName(tr("Pages"));
    for (int row = 0; row < m_stack->count(); ++row) // the pages not built yet cannot rename themselves
        setPageName(row, m_stack->title(row));
    fitNavigation();
    updateCounts();
    const DatasetInfo dataset = m_context.database.dataset();
    const QString asOf = CitationFormat(m_context.translations, m_context.languages.language()).dataAsOfSentence(dataset);
    m_dataDate->setText(dataset.version.isEmpty() ? asOf : tr("%1 · dataset %2").arg(asOf, dataset.version));
}

void MainWindow::updateCounts()
{
    const int figures = m_context.database.count(QStringLiteral("figure"));
    const int sources = m_context.database.count(QStringLiteral("source"));
    QString counts = tr("%Ln sourced figure(s)", nullptr, figures) + QStringLiteral(" · ")
        + tr("%Ln source(s)", nullptr, sources);
    // The user's own, apart: they are not Vigie's sourced figures. Unknown while the file is being checked.
    if (const int yours = m_context.userData.isBusy() ? 0 : m_context.userData.figureCount(); yours > 0)
        counts += QStringLiteral(" · ") + tr("%Ln of your own", nullptr, yours);
    const QString shown = statusBar()->currentMessage();
    const bool countsShown = shown.isEmpty() || shown == m_counts; // not over a message being read
    m_counts = counts;
    if (countsShown)
        statusBar()->showMessage(counts);
}

void MainWindow::fitNavigation()
{
    int widest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    // The icon and the text, the item's own margins on both sides, the frame, and a little air.
    const int margins = 2 * m_navigation->frameWidth() + 4 * m_navigation->spacing()
        + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const int icon = navigationIconSize + (widest > 0 ? 8 : 0);
    m_navigation->setFixedWidth(icon + widest + margins);
}

void MainWindow::updateTitle()
{
    // "Vigie — Page": the application's name is Qt's to add (applicationDisplayName), after the page's.
    const Page* page = currentPage();
    setWindowTitle(page ? page->title() : QString());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons(); // tinted to the new theme
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_context.settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // A first start: a comfortable size, within a small screen.
        QSize size(1200, 780);
        if (const QScreen* shown = screen())
            size = size.boundedTo(shown->availableGeometry().size());
        resize(size);
    }
    QMainWindow::restoreState(m_context.settings.mainWindowState());
    setCurrentPage(m_context.settings.currentPage());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_context.settings.setMainWindowGeometry(saveGeometry());
    m_context.settings.setMainWindowState(saveState());
    m_context.settings.sync();
    QMainWindow::closeEvent(event);
}

Page* MainWindow::currentPage() const
{
    return m_stack->currentPage();
}

void MainWindow::setCurrentPage(int index)
{
    const int row = index >= 0 && index < m_stack->count() ? index : 0;
    m_navigation->setCurrentRow(row);
    m_stack->showPage(row); // when the row was already current, nothing above has built the page
}

void MainWindow::setLanguage(Language language)
{
    m_context.languages.setLanguage(language);
}

void MainWindow::toggleLanguage()
{
    setLanguage(m_context.languages.language() == Language::French ? Language::English : Language::French);
}

void MainWindow::openLink(const QString& target)
{
    // Links from the policy text: "figure:KEY" leads to the figure, "topic:NAME" and "map:CENTRE" to the
    // pages that show them.
    const QString kind = target.section(u':', 0, 0);
    const QString name = target.section(u':', 1);
    if (kind == QLatin1String("figure")) {
        showSource(name);
    } else if (kind == QLatin1String("topic")) {
        sourcesPage()->showTopic(name);
        setCurrentPage(m_sourcesIndex);
    } else if (kind == QLatin1String("map")) {
        setCurrentPage(m_mapIndex);
        mapPage()->mapView()->selectCentre(name);
    }
}

void MainWindow::showChart(const QString& chartId)
{
    chartsPage()->showChart(chartId);
    setCurrentPage(m_chartsIndex);
}

void MainWindow::showCentre(const QString& centreId)
{
    setCurrentPage(m_mapIndex);
    if (!centreId.isEmpty())
        mapPage()->mapView()->selectCentre(centreId);
}

void MainWindow::searchEverything()
{
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(m_context, this);
        connect(m_searchDialog, &SearchDialog::opened, this, &MainWindow::openFound);
    }
    m_searchDialog->show();
    m_searchDialog->raise();
    m_searchDialog->activateWindow();
}

void MainWindow::showGuide()
{
    if (!m_guideDialog)
        m_guideDialog = new GuideDialog(this);
    m_guideDialog->show();
    m_guideDialog->raise();
    m_guideDialog->activateWindow();
}

void MainWindow::findInPage()
{
    Page* page = currentPage();
    if (QWidget* field = page ? page->searchField() : nullptr) {
        field->setFocus(Qt::ShortcutFocusReason);
        if (auto* line = qobject_cast<QLineEdit*>(field))
            line->selectAll();
    }
}

void MainWindow::openFound(const QString& target, const QString& words)
{
    const QString kind = target.section(u':', 0, 0);
    const QString name = target.section(u':', 1);
    if (kind == QLatin1String("figure") || kind == QLatin1String("source")) {
        setCurrentPage(m_sourcesIndex);
        sourcesPage()->showFound(name, words);
    } else if (kind == QLatin1String("event")) {
        // An event's place is its point on the timeline; one the timeline leaves out (the Budapest
        // Convention's dates are on its own chart) opens the figure it rests on, in the Sources page.
        for (const Event& e : m_context.database.events()) {
            if (e.key != name)
                continue;
            if (chartsPage()->showPoint(e.figureKey)) {
                setCurrentPage(m_chartsIndex);
                const Language language = m_context.languages.language();
                statusBar()->showMessage(tr("%1, %2: marked on the timeline")
                                             .arg(e.title.text(language), NumberFormat(language).period(e.date)),
                                         8000);
            } else {
                setCurrentPage(m_sourcesIndex);
                sourcesPage()->showFound(e.figureKey, words);
            }
            break;
        }
    } else if (kind == QLatin1String("map")) {
        showCentre(name);
    } else if (kind == QLatin1String("statement")) {
        const std::optional<Language> language = languageFromCode(target.section(u':', 1, 1));
        setCurrentPage(m_policyIndex);
        policyPage()->showFound(language.value_or(Language::English), target.section(u':', 2).toInt(), words);
    }
}

void MainWindow::showSource(const QString& figureKey)
{
    if (sourcesPage()->showFigure(figureKey))
        setCurrentPage(m_sourcesIndex);
}

} // namespace Vigie
