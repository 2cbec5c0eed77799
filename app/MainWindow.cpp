// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/MainWindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <qcustomplot.h>

#include "app/dialogs/ExportAllDialog.h"
#include "app/dialogs/ExportDialog.h"
#include "app/pages/ChartsPage.h"
#include "app/pages/MapPage.h"
#include "app/pages/OverviewPage.h"
#include "app/pages/PolicyPage.h"
#include "app/pages/SourcesPage.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/FigureCsv.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserDatabase.h"
#include "core/i18n/LanguageManager.h"
#include "core/settings/Settings.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartView.h"
#include "widgets/map/MapView.h"

namespace Vigie {

MainWindow::MainWindow(const AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_navigation(new QListWidget(this))
    , m_stack(new PageStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    m_navigation->setMaximumWidth(220);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(3);

    // Only the page in front is built at start-up; the others when first shown (or asked for).
    connect(m_stack, &PageStack::pageBuilt, this, &MainWindow::connectPage);
    addPage(&OverviewPage::pageTitle, [this](QWidget* parent) {
        auto* overview = new OverviewPage(m_context, parent);
        connect(overview, &OverviewPage::sourceRequested, this, &MainWindow::showSource);
        return overview;
    });
    addPage(&ChartsPage::pageTitle, [this](QWidget* parent) { return new ChartsPage(m_context, parent); });
    m_mapIndex = addPage(&MapPage::pageTitle, [this](QWidget* parent) { return new MapPage(m_context, parent); });
    addPage(&PolicyPage::pageTitle, [this](QWidget* parent) {
        auto* policy = new PolicyPage(m_context, parent);
        connect(policy, &PolicyPage::linkActivated, this, &MainWindow::openLink);
        return policy;
    });
    m_sourcesIndex
        = addPage(&SourcesPage::pageTitle, [this](QWidget* parent) { return new SourcesPage(m_context, parent); });

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->showPage(row);
        m_context.settings.setCurrentPage(row);
        updateActions();
    });

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
    return m_stack->addPage(title, build);
}

void MainWindow::connectPage(int index, Page* page)
{
    connect(page, &Page::titleChanged, this,
            [this, page, index] { m_navigation->item(index)->setText(page->title()); });
    for (ChartView* chart : page->findChildren<ChartView*>()) {
        connect(chart, &ChartView::exportRequested, this, &MainWindow::exportChart);
        connect(chart, &ChartView::copyRequested, this, &MainWindow::copyChart);
    }
}

QList<Page*> MainWindow::pages()
{
    return m_stack->pages();
}

SourcesPage* MainWindow::sourcesPage()
{
    return qobject_cast<SourcesPage*>(m_stack->page(m_sourcesIndex));
}

MapPage* MainWindow::mapPage()
{
    return qobject_cast<MapPage*>(m_stack->page(m_mapIndex));
}

void MainWindow::createActions()
{
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportChart);

    m_exportAllAction = new QAction(this);
    m_exportAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_exportAllAction, &QAction::triggered, this, &MainWindow::exportAllCharts);

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyChart);

    m_importDataAction = new QAction(this);
    m_importDataAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importDataAction, &QAction::triggered, this, &MainWindow::importDataInteractively);
    m_exportDataAction = new QAction(this);
    connect(m_exportDataAction, &QAction::triggered, this, &MainWindow::exportDataInteractively);
    m_backUpAction = new QAction(this);
    connect(m_backUpAction, &QAction::triggered, this, &MainWindow::backUpUserDataInteractively);

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

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_exportAllAction);
    m_fileMenu->addAction(m_copyAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importDataAction);
    m_fileMenu->addAction(m_exportDataAction);
    m_fileMenu->addAction(m_backUpAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_frenchAction);
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_toggleLanguageAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Vigie — Cyber-threat landscape"));
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_exportAction->setText(tr("&Export Chart…"));
    m_exportAction->setStatusTip(tr("Save the chart on this page as PNG, JPEG, PDF or SVG"));
    m_exportAllAction->setText(tr("Export &All Charts…"));
    m_exportAllAction->setStatusTip(tr("Save every chart to a folder, in one or both languages"));
    m_copyAction->setText(tr("&Copy Chart Image"));
    m_copyAction->setStatusTip(tr("Copy the chart on this page to the clipboard as an image"));
    m_importDataAction->setText(tr("&Import Data…"));
    m_importDataAction->setStatusTip(tr("Add your own figures from a CSV file, kept apart from Vigie's"));
    m_exportDataAction->setText(tr("Export &Data…"));
    m_exportDataAction->setStatusTip(tr("Save every figure and its source as CSV"));
    m_backUpAction->setText(tr("&Back Up Your Data…"));
    m_backUpAction->setStatusTip(tr("Save a copy of your own database, whole, to a file of your choice"));
    m_quitAction->setText(tr("&Quit"));
    m_toggleLanguageAction->setText(tr("&Switch Language"));
    m_toggleLanguageAction->setStatusTip(tr("Switch between French and English"));
    m_aboutAction->setText(tr("&About Vigie"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_navigation->setAccessibleName(tr("Pages"));
    for (int row = 0; row < m_stack->count(); ++row) // the pages not built yet cannot rename themselves
        m_navigation->item(row)->setText(m_stack->title(row));
    const int figures = m_context.database.count(QStringLiteral("figure"));
    const int sources = m_context.database.count(QStringLiteral("source"));
    statusBar()->showMessage(tr("%n sourced figure(s)", nullptr, figures) + QStringLiteral(" · ")
                             + tr("%n source(s)", nullptr, sources));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_context.settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1200, 780);
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

ChartView* MainWindow::currentChart() const
{
    const Page* page = currentPage();
    return page ? page->activeChart() : nullptr;
}

void MainWindow::updateActions()
{
    const bool hasChart = currentChart() != nullptr;
    m_exportAction->setEnabled(hasChart || qobject_cast<MapPage*>(currentPage()));
    m_copyAction->setEnabled(hasChart);
}

void MainWindow::setLanguage(Language language)
{
    m_context.languages.setLanguage(language);
}

void MainWindow::toggleLanguage()
{
    setLanguage(m_context.languages.language() == Language::French ? Language::English : Language::French);
}

QString MainWindow::exportCurrentChart(const QString& path, const ExportOptions& options)
{
    ChartView* chart = currentChart();
    if (!chart)
        return tr("This page has no chart to export.");
    const ExportResult result = m_context.exporter.exportToFile(chart->chart(), path, options);
    return result.error;
}

void MainWindow::exportChart()
{
    if (auto* map = qobject_cast<MapPage*>(currentPage())) {
        map->exportWithDialog();
        return;
    }
    ChartView* chart = currentChart();
    if (!chart)
        return;
    const auto target = ExportDialog::ask(this, chart->plot()->size(), m_context.settings,
                                          m_context.languages.language(), chart->chart().id, tr("Export Chart"));
    if (!target)
        return;
    const QString path = target->path;
    const QString error = exportCurrentChart(path, target->options);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Export failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

QList<ChartData> MainWindow::allCharts() const
{
    QList<ChartData> charts;
    for (const QString& id : ChartCatalog::chartIds()) {
        if (const auto chart = m_context.catalog.chart(id))
            charts.append(*chart);
    }
    return charts;
}

MainWindow::BatchResult MainWindow::runExportJobs(const QList<ExportJob>& jobs)
{
    BatchResult result;
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0, int(jobs.size()), this);
    progress.setWindowTitle(tr("Export All Charts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        progress.setValue(int(i));
        progress.setLabelText(tr("Exporting %1 (%2 of %3)…")
                                  .arg(QFileInfo(jobs.at(i).path).fileName())
                                  .arg(i + 1)
                                  .arg(jobs.size()));
        QCoreApplication::processEvents(); // lets Cancel through between files; each file is atomic
        if (progress.wasCanceled()) {
            result.cancelled = true;
            break;
        }
        const ExportResult exported = m_context.exporter.exportToFile(jobs.at(i).chart, jobs.at(i).path,
                                                                      jobs.at(i).options);
        if (!exported.ok()) {
            result.error = exported.error;
            break;
        }
        ++result.written;
    }
    progress.setValue(int(jobs.size()));
    return result;
}

void MainWindow::exportAllCharts()
{
    Settings& settings = m_context.settings;
    ExportAllDialog dialog(settings.exportDirectory(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString folder = dialog.folder();
    if (!QDir().mkpath(folder)) {
        QMessageBox::critical(this, tr("Export failed"), tr("Cannot write to the folder “%1”.").arg(folder));
        return;
    }
    settings.setExportDirectory(folder);
    const QList<ExportJob> jobs
        = ChartExporter::plan(allCharts(), dialog.languages(), dialog.formats(), dialog.baseOptions(), folder);
    const auto existing = std::count_if(jobs.cbegin(), jobs.cend(),
                                        [](const ExportJob& job) { return QFileInfo::exists(job.path); });
    if (existing > 0
        && QMessageBox::question(this, tr("Replace files?"),
                                 tr("%n file(s) in this folder will be replaced. Continue?", nullptr, int(existing)))
               != QMessageBox::Yes)
        return;
    const BatchResult result = runExportJobs(jobs);
    if (!result.error.isEmpty())
        QMessageBox::critical(this, tr("Export failed"), result.error);
    statusBar()->showMessage(
        tr("%n file(s) written to %1", nullptr, result.written).arg(QDir::toNativeSeparators(folder)), 8000);
}

QString MainWindow::importData(const QString& path)
{
    QString error;
    auto database = UserDatabase::open(m_context.userDatabasePath, &error);
    if (!database)
        return error;
    const FigureCsv::ImportResult result
        = FigureCsv::importFile(path, *database, m_context.database.figureKeys());
    if (!result.ok())
        return result.error;
    // Pages built later read the new figures themselves.
    if (auto* sources = qobject_cast<SourcesPage*>(m_stack->builtPage(m_sourcesIndex)))
        sources->reload();
    for (int i = 0; i < m_stack->count(); ++i) {
        if (auto* charts = qobject_cast<ChartsPage*>(m_stack->builtPage(i)))
            charts->reloadUserFigures();
    }
    statusBar()->showMessage(tr("%n figure(s) imported", nullptr, result.imported), 8000);
    return {};
}

QString MainWindow::exportData(const QString& path)
{
    QList<Figure> figures = m_context.database.figures();
    QString error;
    if (QFileInfo::exists(m_context.userDatabasePath)) {
        if (const auto user = UserDatabase::open(m_context.userDatabasePath, &error))
            figures += user->figures();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(FigureCsv::write(figures)) < 0 || !file.commit())
        return tr("Cannot write “%1”: %2").arg(path, file.errorString());
    return {};
}

QString MainWindow::backUpUserData(const QString& path)
{
    if (!QFileInfo::exists(m_context.userDatabasePath))
        return tr("You have no data of your own yet: import some first.");
    QString error;
    const auto database = UserDatabase::open(m_context.userDatabasePath, &error);
    if (!database)
        return error;
    return database->backupTo(path);
}

void MainWindow::importDataInteractively()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Data"), m_context.settings.exportDirectory(),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = importData(path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Import failed"),
                              tr("Nothing was imported from “%1”.").arg(QFileInfo(path).fileName()) + u'\n' + error);
}

void MainWindow::exportDataInteractively()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Data"), QDir(m_context.settings.exportDirectory()).filePath(QStringLiteral("vigie-data.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportData(path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Data exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::backUpUserDataInteractively()
{
    const QString name = QStringLiteral("vigie-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Your Data"),
                                                      QDir(m_context.settings.exportDirectory()).filePath(name),
                                                      tr("Vigie databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    const QString error = backUpUserData(path);
    if (!error.isEmpty())
        QMessageBox::critical(this, tr("Backup failed"), error);
    else
        statusBar()->showMessage(tr("Your data was backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::copyChart()
{
    ChartView* chart = currentChart();
    if (!chart)
        return;
    ExportOptions options;
    options.pixelSize = chart->plot()->size();
    options.language = m_context.languages.language();
    QApplication::clipboard()->setImage(m_context.exporter.renderImage(chart->chart(), options));
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 5000);
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

void MainWindow::showSource(const QString& figureKey)
{
    if (sourcesPage()->showFigure(figureKey))
        setCurrentPage(m_sourcesIndex);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Vigie"),
        tr("<h3>Vigie %1</h3>"
           "<p>A dashboard of the cyber-threat landscape: France's figures on cybercrime, each with its source.</p>"
           "<p>Licence: GNU General Public License, version 3 or later.</p>"
           "<p>Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %2.</p>"
           "<p>Data: COMCYBER-MI, SSMSI (Ministère de l'Intérieur) and the other publishers named with each "
           "figure.</p>"
           "<p>Map: Made with Natural Earth (public domain). Country names from world-countries (Mohammed Le "
           "Doze), ODbL 1.0.</p>")
            .arg(QStringLiteral(VIGIE_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace Vigie
