// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the Charts page and the window's batch export and clipboard copy.

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QTest>
#include <qcustomplot.h>

#include "app/MainWindow.h"
#include "app/actions/ExportActions.h"
#include "app/export/BatchExport.h"
#include "app/pages/ChartsPage.h"
#include "core/charts/ChartCatalog.h"
#include "core/i18n/LanguageManager.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartView.h"

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
    std::unique_ptr<WindowFixture> m_app;
    ChartsPage* m_page = nullptr;
};

void TestChartsPage::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open(QSize(1100, 750));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_page = m_app->page<ChartsPage>();
    if (m_page)
        m_app->window->setCurrentPage(m_app->pageIndex<ChartsPage>());
    QVERIFY(m_page);
}

void TestChartsPage::cleanup()
{
    m_app.reset();
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
    QCOMPARE(m_app->window->currentPage(), m_page);
    ExportOptions options;
    options.format = ExportFormat::Svg;
    options.pixelSize = QSize(800, 500);
    const QString file = m_app->dir.filePath(QStringLiteral("front.svg"));
    QCOMPARE(m_app->window->currentPage()->exportTo(file, options), QString());
    QFile svg(file);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("Digital offences by category, 2023"));
}

void TestChartsPage::exportAllWritesEveryFile()
{
    const QString folder = m_app->dir.filePath(QStringLiteral("all"));
    QVERIFY(QDir().mkpath(folder));
    ExportOptions base;
    base.pixelSize = QSize(640, 400);
    const BatchExport batch(m_app->services->context());
    const BatchExport::Plan plan =
        batch.plan({Language::French, Language::English}, {ExportFormat::Png, ExportFormat::Csv}, base, folder);
    const BatchExport::Result result = batch.run(plan, m_app->window.get());
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    // Every chart and the map, in two languages and two formats.
    QCOMPARE(result.written, (int(ChartCatalog::chartIds().size()) + 1) * 4);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), result.written);
    QCOMPARE(QImage(QDir(folder).filePath(QStringLiteral("offences-by-year-fr.png"))).size(), QSize(640, 400));
    QCOMPARE(QImage(QDir(folder).filePath(QStringLiteral("map-en.png"))).size(), QSize(640, 400));
    // The map's CSV is its treaties, state by state, in the file's language.
    for (const auto& [name, usa] : {std::pair {"map-en.csv", R"("USA","United States of America","Party: in force")"},
                                    std::pair {"map-fr.csv", R"("USA","États-Unis","Partie)"}}) {
        QFile csv(QDir(folder).filePath(QString::fromLatin1(name)));
        QVERIFY2(csv.open(QIODevice::ReadOnly), name);
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QString::fromUtf8(usa)), qPrintable(text.left(400)));
        QVERIFY2(text.count(u'\n') > 80, name);
    }
}

void TestChartsPage::copyPutsAnImageOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    m_app->window->exportActions()->copyCurrent();
    const QImage image = QGuiApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_page->activeChart()->plot()->size());
}

QTEST_MAIN(TestChartsPage)
#include "TestChartsPage.moc"
