// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the Charts page and the window's batch export and clipboard copy.

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <qcustomplot.h>

#include "ChartExporter.h"
#include "ChartView.h"
#include "MainWindow.h"
#include "Services.h"
#include "charts/ChartCatalog.h"
#include "i18n/LanguageManager.h"
#include "pages/ChartsPage.h"

using namespace Vigie;

class TestChartsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyChartHasATab();
    void exportActsOnTheChartInFront();
    void exportAllWritesEveryFile();
    void copyPutsAnImageOnTheClipboard();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    ChartsPage* m_page = nullptr;
};

void TestChartsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_services = std::make_unique<Services>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_services->languages().setLanguage(Language::English);
    QString error;
    QVERIFY2(m_services->openDatabase(&error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_services->context());
    m_window->resize(1100, 750);
    m_window->show();
    for (int i = 0; i < m_window->pages().size(); ++i) {
        if ((m_page = qobject_cast<ChartsPage*>(m_window->pages().at(i)))) {
            m_window->setCurrentPage(i);
            break;
        }
    }
    QVERIFY(m_page);
}

void TestChartsPage::cleanup()
{
    m_window.reset();
    m_services.reset();
}

void TestChartsPage::everyChartHasATab()
{
    QCOMPARE(m_page->charts().size(), ChartCatalog::chartIds().size());
    for (const QString& id : ChartCatalog::chartIds())
        QVERIFY2(m_page->showChart(id), qPrintable(id));
    QVERIFY(!m_page->showChart(QStringLiteral("nope")));
}

void TestChartsPage::exportActsOnTheChartInFront()
{
    QVERIFY(m_page->showChart(QStringLiteral("offences-by-category-2023")));
    QCOMPARE(m_window->currentPage(), m_page);
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.pixelSize = QSize(800, 500);
    const QString file = m_dir->filePath(QStringLiteral("front.svg"));
    QCOMPARE(m_window->exportCurrentChart(file, options), QString());
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("Digital offences by category, 2023"));
}

void TestChartsPage::exportAllWritesEveryFile()
{
    const QString folder = m_dir->filePath(QStringLiteral("all"));
    QVERIFY(QDir().mkpath(folder));
    ExportOptions base;
    base.pixelSize = QSize(640, 400);
    const QList<ExportJob> jobs = ChartExporter::plan(m_window->allCharts(), {Language::French, Language::English},
                                                      {ExportFormat::Png, ExportFormat::Pdf}, base, folder);
    const MainWindow::BatchResult result = m_window->runExportJobs(jobs);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QCOMPARE(result.written, int(ChartCatalog::chartIds().size()) * 4);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), result.written);
    QCOMPARE(QImage(QDir(folder).filePath(QStringLiteral("offences-by-year-fr.png"))).size(), QSize(640, 400));
}

void TestChartsPage::copyPutsAnImageOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    m_window->copyChart();
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_page->activeChart()->plot()->size());
}

QTEST_MAIN(TestChartsPage)
#include "TestChartsPage.moc"
