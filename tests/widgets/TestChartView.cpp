// SPDX-License-Identifier: GPL-3.0-or-later
// Tests a chart on screen: its table shows the same numbers, tooltips give value and source, zoom resets,
// legend entries toggle their series, and a language switch redraws every text.

#include <QTableView>
#include <QSet>
#include <QTest>
#include <qcustomplot.h>

#include "core/charts/ChartCatalog.h"
#include "core/charts/ChartTableModel.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/LanguageManager.h"
#include "core/i18n/Translations.h"
#include "widgets/ChartRenderer.h"
#include "widgets/ChartView.h"

using namespace Vigie;

class TestChartView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tableShowsTheSameNumbers();
    void tooltipGivesValueAndSource();
    void tooltipExplainsTheBreak();
    void resetZoomRestoresTheRange();
    void legendTogglesASeries();
    void hidingASeriesHidesItsPointsAndLabels();
    void barTooltipAnswersAnywhereOverTheBar();
    void eventTooltipGivesTheWholeName();
    void redrawsInTheNewLanguage();
    void accessibleSummary();
    void seriesDifferBeyondColour();
    void aSmallerScaleIsReadOnTheRight();

private:
    QPoint pixelOf(double x, double y) const;

    std::unique_ptr<ThreatDatabase> m_db;
    std::unique_ptr<Translations> m_translations;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<ChartCatalog> m_catalog;
    std::unique_ptr<ChartRenderer> m_renderer;
    std::unique_ptr<ChartView> m_view;
};

void TestChartView::initTestCase()
{
    m_db = ThreatDatabase::openEmbedded();
    QVERIFY(m_db);
    m_translations = std::make_unique<Translations>();
    m_languages = std::make_unique<LanguageManager>(*m_translations);
    m_catalog = std::make_unique<ChartCatalog>(*m_db, *m_translations);
    m_renderer = std::make_unique<ChartRenderer>(*m_translations);
}

void TestChartView::init()
{
    m_languages->setLanguage(Language::English);
    m_view = std::make_unique<ChartView>(*m_renderer);
    m_view->resize(900, 600);
    m_view->setChart(*m_catalog->chart(QStringLiteral("offences-by-year")));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->plot()->replot();
}

QPoint TestChartView::pixelOf(double x, double y) const
{
    return QPoint(qRound(m_view->plot()->xAxis->coordToPixel(x)), qRound(m_view->plot()->yAxis->coordToPixel(y)));
}

void TestChartView::tableShowsTheSameNumbers()
{
    QVERIFY(!m_view->isTableShown());
    m_view->setTableShown(true);
    QVERIFY(m_view->isTableShown());
    QAbstractItemModel* model = m_view->tableView()->model();
    QCOMPARE(model->rowCount(), m_view->chart().pointCount());
    QStringList plotted;
    for (int i = 0; i < m_view->plot()->itemCount(); ++i) {
        if (auto* text = qobject_cast<QCPItemText*>(m_view->plot()->item(i)))
            plotted.append(text->text());
    }
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(plotted.contains(model->index(row, ChartTableModel::ValueColumn).data().toString()));
}

void TestChartView::tooltipGivesValueAndSource()
{
    const QString tip = m_view->toolTipAt(pixelOf(2023, 278770));
    QVERIFY2(tip.contains(QStringLiteral("278,770")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("KultureGeek")));
    QVERIFY(m_view->toolTipAt(pixelOf(2025, 453200)).contains(QStringLiteral("Provisional figure")));
    QVERIFY(m_view->toolTipAt(QPoint(5, 5)).isEmpty());
}

void TestChartView::tooltipExplainsTheBreak()
{
    const QString tip = m_view->toolTipAt(pixelOf(2023.5, 100000));
    QVERIFY2(tip.contains(QStringLiteral("Thésée")), qPrintable(tip));
}

void TestChartView::resetZoomRestoresTheRange()
{
    const QCPRange before = m_view->plot()->xAxis->range();
    m_view->plot()->xAxis->setRange(2022.8, 2023.2);
    m_view->resetZoom();
    QCOMPARE(m_view->plot()->xAxis->range().lower, before.lower);
    QCOMPARE(m_view->plot()->xAxis->range().upper, before.upper);
}

void TestChartView::legendTogglesASeries()
{
    QCustomPlot* plot = m_view->plot();
    QCPAbstractLegendItem* item = plot->legend->item(0);
    QVERIFY(item);
    QCPGraph* graph = plot->graph(0);
    QVERIFY(graph->visible());
    QTest::mouseClick(plot, Qt::LeftButton, {}, item->rect().center());
    QVERIFY(!graph->visible());
    QTest::mouseClick(plot, Qt::LeftButton, {}, item->rect().center());
    QVERIFY(graph->visible());
}

void TestChartView::hidingASeriesHidesItsPointsAndLabels()
{
    // The provisional series: its disc, its hollow circle and its value label go together.
    QCustomPlot* plot = m_view->plot();
    const ChartSegment& provisional = m_view->chart().segments.last();
    QCPPlottableLegendItem* entry = nullptr;
    for (int i = 0; i < plot->legend->elementCount(); ++i) {
        auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->elementAt(i));
        if (item && item->plottable()->name() == provisional.name.english)
            entry = item;
    }
    QVERIFY(entry);
    auto label = [&]() -> QCPItemText* {
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (text && text->text() == QStringLiteral("453,200*")) // provisional, with its note's mark
                return text;
        }
        return nullptr;
    };
    QVERIFY(label() && label()->visible());
    QVERIFY(!m_view->toolTipAt(pixelOf(2025, 453200)).isEmpty());
    QTest::mouseClick(plot, Qt::LeftButton, {}, entry->rect().center());
    int hidden = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        if (ChartRenderer::segmentOf(plot->plottable(i)) == int(m_view->chart().segments.size() - 1)) {
            QVERIFY(!plot->plottable(i)->visible());
            ++hidden;
        }
    }
    QCOMPARE(hidden, 2); // the series and its provisional points
    QVERIFY(label() && !label()->visible());
    QVERIFY(m_view->toolTipAt(pixelOf(2025, 453200)).isEmpty());
    QTest::mouseClick(plot, Qt::LeftButton, {}, entry->rect().center());
    QVERIFY(label()->visible());
}

void TestChartView::barTooltipAnswersAnywhereOverTheBar()
{
    m_view->setChart(*m_catalog->chart(QStringLiteral("offences-by-category-2023")));
    m_view->plot()->replot();
    const ChartPoint& first = m_view->chart().segments.first().points.first();
    for (const double share : {0.1, 0.5, 0.95}) {
        const QString tip = m_view->toolTipAt(pixelOf(first.x + 0.2, first.y * share));
        QVERIFY2(tip.contains(QStringLiteral("165,200")), qPrintable(tip));
    }
    QVERIFY(m_view->toolTipAt(pixelOf(first.x + 0.45, first.y * 0.5)).isEmpty()); // between two bars
}

void TestChartView::eventTooltipGivesTheWholeName()
{
    // In a narrow view some event names are abridged on the chart; the tooltip gives each in full.
    m_view->resize(560, 420);
    m_view->setChart(*m_catalog->chart(QStringLiteral("events-timeline")));
    m_view->plot()->replot();
    for (const ChartSegment& segment : m_view->chart().segments) {
        for (const ChartPoint& point : segment.points) {
            const QString tip = m_view->toolTipAt(pixelOf(point.x, point.y));
            QVERIFY2(tip.contains(point.detail.english.toHtmlEscaped()), qPrintable(tip));
            QVERIFY(tip.contains(point.label.english.toHtmlEscaped()));
        }
    }
}

void TestChartView::redrawsInTheNewLanguage()
{
    m_languages->setLanguage(Language::French);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(m_view->plot()->xAxis->label(), QStringLiteral("Année"));
    QCOMPARE(m_view->tableView()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Année"));
    QVERIFY(m_view->toolTipAt(pixelOf(2023, 278770)).contains(QStringLiteral("278\u202F770")));
}

void TestChartView::accessibleSummary()
{
    QCOMPARE(m_view->plot()->accessibleName(), QStringLiteral("Digital offences recorded in France"));
    QVERIFY(m_view->plot()->accessibleDescription().contains(QStringLiteral("series breaks")));
}

void TestChartView::seriesDifferBeyondColour()
{
    // In greyscale, or for a reader who cannot tell the palette's colours apart, each series of a chart
    // still has a marker of its own, in the plot and in its legend.
    int charts = 0;
    for (const QString& id : ChartCatalog::chartIds()) {
        const auto chart = m_catalog->chart(id);
        QVERIFY(chart);
        m_view->setChart(*chart);
        QSet<int> shapes;
        int series = 0;
        QCustomPlot* plot = m_view->plot();
        for (int i = 0; i < plot->graphCount(); ++i) {
            QCPGraph* graph = plot->graph(i);
            if (!plot->legend->hasItemWithPlottable(graph))
                continue; // a provisional point's hollow marker, drawn over its series' own
            ++series;
            shapes.insert(int(graph->scatterStyle().shape()));
        }
        QCOMPARE(shapes.size(), series);
        charts += series > 1 ? 1 : 0;
    }
    QVERIFY(charts >= 2); // the offences by year, the timeline
}

QTEST_MAIN(TestChartView)
void TestChartView::aSmallerScaleIsReadOnTheRight()
{
    // The user's chart of two topics of scales a thousand apart, the small one on the right-hand axis.
    ChartData chart;
    chart.id = ChartCatalog::userFiguresId();
    chart.kind = ChartKind::Line;
    chart.unit = QStringLiteral("count");
    chart.title = {QStringLiteral("Your figures by year"), QStringLiteral("Vos chiffres par année")};
    chart.y2Label = {QStringLiteral("right"), QStringLiteral("droite")};
    Source mine;
    mine.id = QStringLiteral("user-1");
    mine.publisher = QStringLiteral("Example CSIRT");
    Source press = mine;
    press.id = QStringLiteral("user-2");
    press.publisher = QStringLiteral("Example newspaper");
    ChartSegment large {{QStringLiteral("Phishing"), QStringLiteral("Hameçonnage")}, {}};
    ChartSegment small {{QStringLiteral("Ransomware (right scale)"), QStringLiteral("Rançongiciels (échelle de droite)")}, {}};
    small.secondAxis = true;
    for (int year = 2022; year <= 2024; ++year) {
        large.points.append({double(year), 1000.0 * (year - 2020), {QString::number(year), QString::number(year)}, {},
                             false, {}, mine});
        small.points.append({double(year), double(year - 2010), {QString::number(year), QString::number(year)}, {},
                             false, {}, mine});
    }
    small.points.last().alsoFrom = {press};
    chart.segments = {large, small};
    ChartView view(*m_renderer);
    view.resize(900, 560);
    view.setChart(chart);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCustomPlot* plot = view.plot();
    QVERIFY(plot->yAxis2->visible());
    QCOMPARE(plot->graph(0)->valueAxis(), plot->yAxis);
    QCOMPARE(plot->graph(1)->valueAxis(), plot->yAxis2);
    QVERIFY(plot->yAxis2->range().upper >= 14 && plot->yAxis2->range().upper < 100);
    // A drag or the wheel moves both value axes.
    QVERIFY(plot->axisRect()->rangeDragAxes(Qt::Vertical).contains(plot->yAxis2));
    QVERIFY(plot->axisRect()->rangeZoomAxes(Qt::Vertical).contains(plot->yAxis2));
    // The small line's point answers where it is drawn, on its own axis, with both its sources, as yours.
    const QPoint at(int(plot->xAxis->coordToPixel(2024)), int(plot->yAxis2->coordToPixel(14)));
    const QString tip = view.toolTipAt(at);
    QVERIFY2(tip.contains(QStringLiteral("Ransomware (right scale)")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("Example CSIRT (your data)")));
    QVERIFY(tip.contains(QStringLiteral("and Example newspaper")));
    // The table cites both, and whose data it is.
    QTableView* table = view.tableView(); // made when first asked for
    QVERIFY(table);
    const QAbstractItemModel* model = table->model();
    QString cited;
    for (int row = 0; row < model->rowCount(); ++row)
        cited += model->index(row, ChartTableModel::SourceColumn).data().toString() + u'\n';
    QVERIFY2(cited.contains(QStringLiteral("Example CSIRT · Example newspaper (your data)")), qPrintable(cited));
    // Its footer cites both; with many sources, the first three and how many more the table gives.
    QVERIFY(m_renderer->footer(chart, Language::English).contains(QStringLiteral("Example newspaper")));
    ChartData many = chart;
    for (int i = 0; i < 5; ++i) {
        Source other = press;
        other.id = QStringLiteral("user-x%1").arg(i);
        other.publisher = QStringLiteral("Publisher %1").arg(i);
        many.segments[0].points[0].alsoFrom.append(other);
    }
    const QString footer = m_renderer->footer(many, Language::French);
    QVERIFY2(footer.contains(QStringLiteral("4 autres sources, dans le tableau")), qPrintable(footer));
    QVERIFY(!footer.contains(QStringLiteral("Publisher 4")));
    // A chart of Vigie's has no second axis.
    view.setChart(*m_catalog->chart(QStringLiteral("offences-by-year")));
    QVERIFY(!plot->yAxis2->visible());
    QVERIFY(!plot->axisRect()->rangeDragAxes(Qt::Vertical).contains(plot->yAxis2));
}

#include "TestChartView.moc"
