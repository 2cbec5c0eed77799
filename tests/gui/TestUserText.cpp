// SPDX-License-Identifier: GPL-3.0-or-later
// Text from the user's own file is text: HTML in every field of an import shows as written wherever Vigie
// shows it (tooltips, the Sources page's record, the chart of the user's figures and its table), never as
// markup: no heading, no image, no link.

#include <QFile>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <qcustomplot.h>

#include "app/actions/DataActions.h"
#include "app/pages/ChartsPage.h"
#include "app/pages/SourcesPage.h"
#include "core/charts/ChartCatalog.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/ChartView.h"

using namespace Vigie;

namespace {

const QString markup = QStringLiteral("<h1>BIG</h1><img src=\"file:///etc/passwd\"><a href=\"http://x\">link</a>");

/// What a reader sees of @p text where Qt shows it: as HTML when Qt takes it for rich text, else as it is.
QString shown(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace

class TestUserText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sourcesPageShowsItAsWritten();
    void chartShowsItAsWritten();

private:
    WindowFixture m_app;
};

void TestUserText::initTestCase()
{
    QCOMPARE(m_app.open(), QString());
    const QString csv = m_app.dir.filePath(QStringLiteral("markup.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray m = "\"" + markup.toUtf8().replace("\"", "\"\"") + "\"";
    file.write("key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,source_url,"
               "quote,note_en,note_fr\n"
               "html.1," + m + ",12,count,2023," + m + "," + m + ",high," + m + "," + m + ",," + m + "," + m + ","
               + m + "\n");
    file.close();
    QCOMPARE(m_app.window->dataActions()->importData(csv), QString());
}

void TestUserText::sourcesPageShowsItAsWritten()
{
    auto* page = m_app.page<SourcesPage>();
    QVERIFY(page);
    QVERIFY(page->showFigure(QStringLiteral("html.1")));
    QTRY_COMPARE(page->selectedKey(), QStringLiteral("html.1"));
    const QModelIndex current = page->table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(shown(current.data(Qt::ToolTipRole).toString()), QStringLiteral("Your data: ") + markup);
    for (int column = 0; column < page->table()->model()->columnCount(); ++column) {
        const QModelIndex cell = current.siblingAtColumn(column);
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QLatin1String("<h1>")), qPrintable(tip));
    }
    // The record beside the table: every field as written, and no image or heading made from it.
    const QString record = page->details()->toPlainText();
    QCOMPARE(record.count(markup), 5); // label, publisher, title, quote, note
    QVERIFY(!page->details()->toHtml().contains(QLatin1String("<img")));
}

void TestUserText::chartShowsItAsWritten()
{
    auto* page = m_app.page<ChartsPage>();
    QVERIFY(page);
    QVERIFY(page->showChart(ChartCatalog::userFiguresId()));
    auto* tabs = page->findChild<QTabWidget*>();
    const QString tabTip = tabs->tabToolTip(tabs->currentIndex());
    QVERIFY2(shown(tabTip).contains(markup), qPrintable(tabTip));
    // The chart's table: the topic names the series, and the source column's tooltip is escaped.
    ChartView* chart = page->activeChart();
    QAbstractItemModel* table = chart->tableView()->model();
    QVERIFY(table->rowCount() > 0);
    bool topicShown = false;
    for (int column = 0; column < table->columnCount(); ++column) {
        const QModelIndex cell = table->index(0, column);
        topicShown = topicShown || cell.data().toString() == markup;
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(!tip.contains(QLatin1String("<h1>")), qPrintable(tip));
    }
    QVERIFY(topicShown);
    // The tooltip over the point: the series' name as written.
    const QPointF point = chart->plot()->graph(0)->dataMainKey(0) > 0
        ? QPointF(chart->plot()->xAxis->coordToPixel(chart->plot()->graph(0)->dataMainKey(0)),
                  chart->plot()->yAxis->coordToPixel(chart->plot()->graph(0)->dataMainValue(0)))
        : QPointF();
    const QString pointTip = chart->toolTipAt(point.toPoint());
    QVERIFY2(!pointTip.contains(QLatin1String("<h1>")), qPrintable(pointTip));
}

QTEST_MAIN(TestUserText)
#include "TestUserText.moc"
