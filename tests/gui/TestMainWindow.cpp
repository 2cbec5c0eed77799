// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the main window as users meet it: the texts they read in each language after a live switch,
// the chart's strings inside QCustomPlot, the saved choice, and export from the window.

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTextBrowser>
#include <QFile>
#include <QTest>
#include <qcustomplot.h>

#include "app/MainWindow.h"
#include "app/actions/DataActions.h"
#include "app/dialogs/GuideDialog.h"
#include "app/pages/ChartsPage.h"
#include "app/pages/SourcesPage.h"
#include "core/data/UserData.h"
#include "app/pages/OverviewPage.h"
#include "app/pages/PolicyPage.h"
#include "core/charts/ChartCatalog.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/LanguageManager.h"
#include "core/settings/Settings.h"
#include "tests/gui/WindowFixture.h"
#include "tests/widgets/ImageChecks.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartRenderer.h"
#include "widgets/ChartView.h"
#include "widgets/KpiCard.h"
#include "widgets/export/ExportLimits.h"

using namespace Vigie;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void switchesLanguageLive();
    void shortcutTogglesLanguage();
    void languageChoiceIsSaved();
    void exportsThePageChart();
    void exportErrorIsReported();
    void importsThenBacksUpUserData();
    void importedFiguresGetTheirChart();
    void pageBuiltLaterFollowsTheLanguage();
    void pagesHaveShortcuts();
    void f1OpensTheGuideInTheInterfaceLanguage();
    void removeYourDataAsksAndOffersABackup();
    void theGuideListsEveryShortcut();

private:
    QStringList menuTitles() const;
    QStringList plotTexts() const;
    ChartView* chart() const;

    std::unique_ptr<WindowFixture> m_app;
};

void TestMainWindow::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open(QSize(1100, 750));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMainWindow::cleanup()
{
    m_app.reset();
}

QStringList TestMainWindow::menuTitles() const
{
    QStringList titles;
    for (QAction* action : m_app->window->menuBar()->actions())
        titles.append(action->text());
    return titles;
}

ChartView* TestMainWindow::chart() const
{
    auto* overview = qobject_cast<OverviewPage*>(m_app->window->pages().first());
    return overview ? overview->activeChart() : nullptr;
}

QStringList TestMainWindow::plotTexts() const
{
    QStringList texts;
    QCustomPlot* plot = chart()->plot();
    for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
        if (auto* text = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
            texts.append(text->text());
    }
    texts.append(plot->xAxis->label());
    texts.append(plot->yAxis->label());
    for (int i = 0; i < plot->graphCount(); ++i)
        texts.append(plot->graph(i)->name());
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto* item = qobject_cast<QCPItemText*>(plot->item(i)))
            texts.append(item->text());
    }
    return texts;
}


void TestMainWindow::switchesLanguageLive()
{
    auto* overview = qobject_cast<OverviewPage*>(m_app->window->pages().first());
    QVERIFY(overview);
    // The page's name; the desktop adds "— Vigie" once (applicationDisplayName).
    QCOMPARE(m_app->window->windowTitle(), QStringLiteral("Overview"));
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Language"),
                                       QStringLiteral("&Help")}));
    QVERIFY(plotTexts().contains(QStringLiteral("Digital offences recorded in France")));
    QVERIFY(plotTexts().contains(QStringLiteral("Year")));
    QVERIFY(plotTexts().contains(QStringLiteral("Recorded offences")));
    QVERIFY(plotTexts().contains(QStringLiteral("278,770*"))); // the card's mark, on the chart too
    QCOMPARE(overview->kpiCard()->valueText(), QStringLiteral("278,770*")); // its note is a caveat
    QCOMPARE(overview->kpiCard()->changeText(), QStringLiteral("+40% in five years*")); // its base year is debated
    QCOMPARE(chart()->plot()->xAxis->tickVectorLabels().first(), QStringLiteral("2022"));
    auto* navigation = m_app->window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Overview"));

    m_app->switchTo(Language::French);
    QCOMPARE(m_app->window->windowTitle(), QStringLiteral("Vue d'ensemble"));
    m_app->window->setCurrentPage(3);
    QCOMPARE(m_app->window->windowTitle(), QStringLiteral("Déclaration"));
    m_app->window->setCurrentPage(0);
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"), QStringLiteral("Affic&hage"), QStringLiteral("&Langue"),
                                       QStringLiteral("&Aide")}));
    const QStringList french = plotTexts();
    QVERIFY2(french.contains(QStringLiteral("Atteintes numériques enregistrées en France")), qPrintable(french.join(u'|')));
    QVERIFY(french.contains(QStringLiteral("Année")));
    QVERIFY(french.contains(QStringLiteral("Atteintes enregistrées")));
    QVERIFY(french.contains(QStringLiteral("Rupture de série")));
    QVERIFY(french.contains(QStringLiteral("Ancienne base (sans Thésée)")));
    QVERIFY(french.contains(QStringLiteral("278\u202F770*")));
    QVERIFY(!french.contains(QStringLiteral("Year")));
    QCOMPARE(overview->kpiCard()->valueText(), QStringLiteral("278\u202F770*"));
    QCOMPARE(overview->kpiCard()->changeText(), QStringLiteral("+40\u202F% en cinq ans*"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Vue d'ensemble"));
    // Years are never grouped, whatever the locale.
    QCOMPARE(chart()->plot()->xAxis->tickVectorLabels().first(), QStringLiteral("2022"));

    m_app->switchTo(Language::English);
    QCOMPARE(menuTitles().first(), QStringLiteral("&File"));
    QVERIFY(plotTexts().contains(QStringLiteral("Digital offences recorded in France")));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Overview"));
}

void TestMainWindow::shortcutTogglesLanguage()
{
    QTest::keyClick(m_app->window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_app->services->languages().language(), Language::French);
    QCOMPARE(menuTitles().first(), QStringLiteral("&Fichier"));
    QTest::keyClick(m_app->window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_app->services->languages().language(), Language::English);
}

void TestMainWindow::languageChoiceIsSaved()
{
    m_app->switchTo(Language::French);
    m_app->services->settings().sync();
    Settings reread(m_app->dir.filePath(QStringLiteral("settings.ini")));
    QCOMPARE(reread.language(), std::optional<Language>(Language::French));
}

void TestMainWindow::exportsThePageChart()
{
    // "As on screen" is the chart's size on screen, brought within what an export accepts: a dashboard
    // tile is wider than an export's proportions allow.
    const auto exportable = m_app->window->currentPage()->exportable();
    QVERIFY(exportable);
    QVERIFY(ExportLimits::accepts(exportable->screenSize, ExportLimits::screenDpi));
    ExportOptions options;
    options.pixelSize = exportable->screenSize;
    options.language = Language::French;
    const QString file = m_app->dir.filePath(QStringLiteral("chart.png"));
    QCOMPARE(m_app->window->currentPage()->exportTo(file, options), QString());
    const QImage image(file);
    QCOMPARE(image.size(), exportable->screenSize);
    QVERIFY(ImageChecks::distinctColours(image) > 5);
}

void TestMainWindow::exportErrorIsReported()
{
    m_app->switchTo(Language::French);
    ExportOptions options;
    options.pixelSize = QSize(600, 400);
    const QString file = m_app->dir.filePath(QStringLiteral("missing/chart.png"));
    const QString error = m_app->window->currentPage()->exportTo(file, options);
    QVERIFY2(error.startsWith(QStringLiteral("Impossible d'écrire")), qPrintable(error));
    QVERIFY(!QFile::exists(file));
}

void TestMainWindow::importsThenBacksUpUserData()
{
    const QString backup = m_app->dir.filePath(QStringLiteral("backup.sqlite"));
    QVERIFY(m_app->window->dataActions()->backUpUserData(backup).contains(QLatin1String("no data of your own")));
    QVERIFY(!QFile::exists(backup));

    const QString csv = m_app->dir.filePath(QStringLiteral("mine.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,source_url,"
               "quote,note_en,note_fr\nmine.1,offences,12,count,2024,Mine,Le mien,high,Me,My notes,,my words,,\n");
    file.close();
    QCOMPARE(m_app->window->dataActions()->importData(csv), QString());
    QCOMPARE(m_app->window->dataActions()->backUpUserData(backup), QString());
    auto copy = ThreatDatabase::openFile(backup);
    QVERIFY(copy);
    QCOMPARE(copy->figure(QStringLiteral("mine.1"))->quote, QStringLiteral("my words"));

    // A failed backup says why in the interface language, and leaves the old backup as it was.
    m_app->switchTo(Language::French);
    const QString error = m_app->window->dataActions()->backUpUserData(m_app->dir.filePath(QStringLiteral("missing/backup.sqlite")));
    QVERIFY2(error.startsWith(QStringLiteral("Impossible d'écrire")), qPrintable(error));
    QCOMPARE(ThreatDatabase::openFile(backup)->count(QStringLiteral("figure")), 1);
}

void TestMainWindow::pageBuiltLaterFollowsTheLanguage()
{
    // Pages are built when first shown: the navigation names them before, and one built after a switch is
    // built in the language of the moment, then follows the next switch.
    m_app->switchTo(Language::French);
    auto* navigation = m_app->window->findChild<QListWidget*>(QStringLiteral("navigation"));
    const auto rows = navigation->findItems(QStringLiteral("Déclaration"), Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QVERIFY(m_app->window->findChildren<PolicyPage*>().isEmpty());
    m_app->window->setCurrentPage(navigation->row(rows.first()));
    auto* policy = qobject_cast<PolicyPage*>(m_app->window->currentPage());
    QVERIFY(policy);
    auto labels = [policy] {
        QStringList texts;
        for (const QLabel* label : policy->findChildren<QLabel*>())
            texts.append(label->text());
        return texts;
    };
    QVERIFY(labels().contains(QStringLiteral("L'action internationale de la France contre la cybercriminalité")));
    m_app->switchTo(Language::English);
    QVERIFY(labels().contains(QStringLiteral("France's international action against cybercrime")));
    QCOMPARE(rows.first()->text(), QStringLiteral("Statement"));
}

void TestMainWindow::importedFiguresGetTheirChart()
{
    auto* page = m_app->page<ChartsPage>();
    QVERIFY(page);
    const qsizetype before = page->charts().size();
    QVERIFY(!page->showChart(ChartCatalog::userFiguresId()));

    QCOMPARE(m_app->importTwoFigures(), QString());

    // The page already built gains the chart at once, in the language of the moment, and follows a switch.
    QCOMPARE(page->charts().size(), before + 1);
    QVERIFY(page->showChart(ChartCatalog::userFiguresId()));
    auto* tabs = page->findChild<QTabWidget*>();
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Your figures"));
    QVERIFY(tabs->tabToolTip(tabs->currentIndex()).contains(QStringLiteral("Your figures by year")));
    const ChartData& chart = page->activeChart()->chart();
    QCOMPARE(chart.segments.first().points.last().y, 30.0);
    m_app->switchTo(Language::French);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Vos chiffres"));
    QVERIFY(tabs->tabToolTip(tabs->currentIndex()).contains(QStringLiteral("Vos chiffres par année")));
    // Its exports say whose data it is, and cite the source the file named.
    const QString footer = m_app->services->context().renderer.footer(chart, Language::French);
    QVERIFY2(footer.contains(QStringLiteral("Vos données\u00a0; source\u00a0: Me")), qPrintable(footer));
}

void TestMainWindow::pagesHaveShortcuts()
{
    // Ctrl+1 to Ctrl+5 open the pages, wherever the focus is, and View lists them with their shortcuts.
    MainWindow& window = *m_app->window;
    const QList<QAction*> actions = window.pageActions();
    QCOMPARE(actions.size(), window.pages().size());
    QMenu* view = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&View"))
            view = menu->menu();
    }
    QVERIFY(view);
    for (int i = actions.size() - 1; i >= 0; --i) {
        QCOMPARE(actions.at(i)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QCOMPARE(actions.at(i)->text(), window.pages().at(i)->title());
        QVERIFY(view->actions().contains(actions.at(i)));
        QWidget* focused = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(focused, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), window.pages().at(i));
        QVERIFY(actions.at(i)->isChecked());
    }
    // The navigation's choice checks its action too; the names follow the language.
    window.setCurrentPage(2);
    QVERIFY(actions.at(2)->isChecked());
    m_app->switchTo(Language::French);
    QCOMPARE(actions.at(0)->text(), QStringLiteral("Vue d'ensemble"));
    QCOMPARE(actions.at(3)->text(), QStringLiteral("Déclaration"));
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::f1OpensTheGuideInTheInterfaceLanguage()
{
    MainWindow& window = *m_app->window;
    QCOMPARE(window.guideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    GuideDialog* guide = window.guideDialog();
    QVERIFY(guide);
    QVERIFY(guide->isVisible());
    QVERIFY(guide->browser()->toPlainText().startsWith(QStringLiteral("Vigie — user guide")));
    // Help lists it with its key.
    QMenu* help = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Help"))
            help = menu->menu();
    }
    QVERIFY(help && help->actions().contains(window.guideAction()));
    // The language switches, and the guide with it.
    m_app->switchTo(Language::French);
    QVERIFY(guide->browser()->toPlainText().startsWith(QStringLiteral("Vigie — guide d'utilisation")));
    QCOMPARE(guide->windowTitle(), QStringLiteral("Guide de Vigie"));
    // The embedded guide is the one the README links to.
    for (const Language language : allLanguages()) {
        QFile docs(QStringLiteral(VIGIE_SOURCE_DIR "/docs/guide.%1.md").arg(languageCode(language)));
        QVERIFY(docs.open(QIODevice::ReadOnly));
        QCOMPARE(GuideDialog::text(language), QString::fromUtf8(docs.readAll()));
    }
}

void TestMainWindow::removeYourDataAsksAndOffersABackup()
{
    const QString vigies = m_app->window->countsText();
    const int figures = m_app->services->context().database.count(QStringLiteral("figure"));
    QVERIFY2(vigies.startsWith(QStringLiteral("%1 sourced figures · ").arg(figures)), qPrintable(vigies));
    QVERIFY(m_app->importTwoFigures().isEmpty());
    // The status bar counts them at once, apart from Vigie's.
    QCOMPARE(m_app->window->countsText(), vigies + QStringLiteral(" · 2 of your own"));
    auto* charts = m_app->page<ChartsPage>();
    auto* tabs = charts->findChild<QTabWidget*>();
    const int withYours = tabs->count();
    QAction* remove = m_app->window->dataActions()->removeAction();
    QVERIFY(remove->text().contains(QStringLiteral("Remove Your Data")));
    QString backup;
    m_app->services->context().settings.setExportDirectory(m_app->dir.path()); // the file dialog opens there
    // What the user does in each dialog that comes, in turn.
    QStringList seen;
    bool removeIsDefault = true;
    QList<std::function<bool(QWidget*)>> steps = {
        [&](QWidget* w) { // Cancel: nothing is removed
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box)
                return false;
            seen.append(box->text());
            removeIsDefault = box->defaultButton() == box->findChild<QPushButton*>(QStringLiteral("remove"));
            box->button(QMessageBox::Cancel)->click();
            return true;
        },
        [&](QWidget* w) { // Back Up First…
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box)
                return false;
            box->findChild<QPushButton*>(QStringLiteral("backUpFirst"))->click();
            return true;
        },
        [&](QWidget* w) { // the backup's file
            auto* dialog = qobject_cast<QFileDialog*>(w);
            if (!dialog)
                return false;
            backup = dialog->selectedFiles().value(0); // the name it proposes, in the export folder
            if (QFileInfo::exists(backup))
                return false; // never over a file that is there
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
            return true;
        },
        [&](QWidget* w) { // asked again, backed up: Remove
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box)
                return false;
            seen.append(box->informativeText());
            box->findChild<QPushButton*>(QStringLiteral("remove"))->click();
            return true;
        }};
    QTimer driver;
    driver.setInterval(20);
    int step = 0;
    connect(&driver, &QTimer::timeout, [&] {
        if (QWidget* modal = QApplication::activeModalWidget(); modal && step < steps.size() && steps[step](modal))
            ++step;
    });
    driver.start();
    remove->trigger(); // cancelled
    QCOMPARE(step, 1);
    QCOMPARE(m_app->services->context().userData.figureCount(), 2);
    QCOMPARE(seen.first(), QStringLiteral("Remove the 2 figures you imported?"));
    QVERIFY(!removeIsDefault); // Enter keeps the data
    QSignalSpy removed(&m_app->services->context().userData, &UserData::removed);
    remove->trigger(); // backed up, then removed, on a worker
    driver.stop();
    // The window waits behind a progress that the removal's end closes.
    auto* progress = m_app->window->findChild<QProgressDialog*>(QStringLiteral("removingYourData"));
    QVERIFY(progress);
    QCOMPARE(progress->windowModality(), Qt::WindowModal);
    QCOMPARE(progress->labelText(), QStringLiteral("Removing your 2 figures…"));
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.first().first().toString(), QString());
    QTRY_VERIFY(!m_app->window->findChild<QProgressDialog*>(QStringLiteral("removingYourData")));
    QCOMPARE(step, 4);
    QVERIFY2(backup.contains(QStringLiteral("vigie-backup-")), qPrintable(backup));
    QVERIFY(QFileInfo::exists(backup));
    QVERIFY(UserData::inspect(backup).sound());
    QCOMPARE(UserData::inspect(backup).count(QStringLiteral("figure")), 2);
    QCOMPARE(seen.last(), QStringLiteral("Your data is backed up. Vigie's own figures stay as they are."));
    QCOMPARE(m_app->services->context().userData.figureCount(), 0);
    QVERIFY2(!m_app->window->countsText().contains(QStringLiteral("your own")), qPrintable(m_app->window->countsText()));
    // The pages follow: no chart of yours, and the Sources count is Vigie's again.
    QCOMPARE(tabs->count(), withYours - 1);
    auto* sources = m_app->page<SourcesPage>();
    QTRY_VERIFY(sources->isListed());
    QCOMPARE(sources->visibleCount(), m_app->services->context().database.count(QStringLiteral("figure")));
}

void TestMainWindow::theGuideListsEveryShortcut()
{
    // Every shortcut of every menu is in the guide's table, in both languages (Qt's French says "Maj").
    QList<QAction*> actions;
    std::function<void(QMenu*)> collect = [&](QMenu* menu) {
        for (QAction* action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->shortcut().isEmpty())
                actions.append(action);
        }
    };
    for (QAction* menu : m_app->window->menuBar()->actions())
        collect(menu->menu());
    QVERIFY(actions.size() >= 12);
    for (const Language language : allLanguages()) {
        const QString guide = GuideDialog::text(language);
        for (QAction* action : std::as_const(actions)) {
            QString keys = action->shortcut().toString(QKeySequence::PortableText);
            if (language == Language::French)
                keys.replace(QStringLiteral("Shift"), QStringLiteral("Maj"));
            if (m_app->window->pageActions().contains(action)) // "Ctrl+1 … Ctrl+5"
                keys = QStringLiteral("Ctrl+1 … Ctrl+%1").arg(m_app->window->pageActions().size());
            QVERIFY2(guide.contains(QStringLiteral("| ") + keys), qPrintable(languageCode(language) + u' ' + keys));
        }
    }
}

#include "TestMainWindow.moc"
