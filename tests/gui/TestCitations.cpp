// SPDX-License-Identifier: GPL-3.0-or-later
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <qcustomplot.h>

#include "app/AppContext.h"
#include "app/actions/CitationActions.h"
#include "app/dialogs/AboutBox.h"
#include "app/pages/ChartsPage.h"
#include "app/pages/MapPage.h"
#include "app/pages/OverviewPage.h"
#include "app/pages/SourcesPage.h"
#include "core/charts/ChartCatalog.h"
#include "core/charts/ChartTableModel.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/CitationFormat.h"
#include "core/i18n/Translations.h"
#include "core/models/SourcesModel.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/ChartExporter.h"
#include "widgets/ChartLayout.h"
#include "widgets/ChartRenderer.h"
#include "widgets/ChartTheme.h"
#include "widgets/ChartView.h"
#include "widgets/KpiCard.h"
#include "widgets/map/MapCanvas.h"
#include "widgets/map/MapRenderer.h"
#include "widgets/map/MapView.h"

using namespace Vigie;

/// One citation per figure, worded the same on the card, in the tooltip, the chart's table, the Sources
/// page, the export's footer and its CSV, in both languages; Copy citation; the data's date; no headline on a
/// weak source.
class TestCitations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sameCitationEverywhere_data();
    void sameCitationEverywhere();
    void copyCitationInBothLanguages();
    void dataDateWhereverDataShows();
    void noHeadlineRestsOnAWeakSource();
    void weakSourcesAreMarked();
    void sourcesSortNumbersAsNumbers();
    void mapCitationsReachTheClipboard();
    void footerCitesInFullWhereItFits();

private:
    const AppContext& context() const { return *m_context; }
    std::unique_ptr<WindowFixture> m_app;
    std::unique_ptr<AppContext> m_context;
};

void TestCitations::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open(QSize(1200, 800));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_context = std::make_unique<AppContext>(m_app->services->context());
}

void TestCitations::cleanup()
{
    m_context.reset();
    m_app.reset();
}

void TestCitations::sameCitationEverywhere_data()
{
    QTest::addColumn<int>("card");
    QTest::addColumn<QString>("chart");
    QTest::addColumn<double>("year");
    QTest::addColumn<int>("language");
    for (const Language language : {Language::English, Language::French}) {
        const QByteArray code = languageCode(language).toLatin1();
        QTest::addRow("278,770 %s", code.constData()) << 0 << "offences-by-year" << 2023.0 << int(language);
        QTest::addRow("ANSSI 143 %s", code.constData()) << 1 << "anssi-ransomware" << 2023.0 << int(language);
    }
}

void TestCitations::sameCitationEverywhere()
{
    QFETCH(int, card);
    QFETCH(QString, chart);
    QFETCH(double, year);
    QFETCH(int, language);
    const Language lang = Language(language);
    m_app->switchTo(lang);
    auto* overview = m_app->page<OverviewPage>();
    QVERIFY(overview);
    KpiCard* kpi = overview->kpiCards().value(card);
    QVERIFY(kpi);
    const Figure& figure = kpi->kpi().figure;
    const CitationFormat citation(context().translations, lang);
    const QString brief = citation.brief(figure.source);
    const QString full = citation.full(figure.source);
    QVERIFY(figure.source.via); // read through a relay: the primary is cited, with the relay as via
    QVERIFY(full.contains(figure.source.publisher) && full.contains(figure.source.via->publisher));

    // The card gives the short form; its tooltip, the whole citation.
    QVERIFY2(kpi->sourceText().endsWith(brief), qPrintable(kpi->sourceText() + u" / " + brief));
    QVERIFY2(kpi->toolTip().contains(full.toHtmlEscaped()), qPrintable(kpi->toolTip()));

    // The Sources page's row.
    SourcesPage* sources = m_app->page<SourcesPage>();
    QVERIFY(sources->showFigure(figure.key));
    QTRY_COMPARE(sources->selectedKey(), figure.key);
    const QModelIndex row = sources->table()->currentIndex();
    QCOMPARE(row.siblingAtColumn(SourcesModel::SourceColumn).data().toString(), full);

    // The chart: its point's tooltip, its table, its export's footer and its CSV.
    const std::optional<ChartData> data = context().catalog.chart(chart);
    QVERIFY(data);
    const ChartPoint* point = nullptr;
    for (const ChartSegment& segment : data->segments) {
        for (const ChartPoint& p : segment.points) {
            if (p.x == year && p.figureKey == figure.key)
                point = &p;
        }
    }
    QVERIFY2(point, qPrintable(figure.key));
    auto* charts = m_app->page<ChartsPage>();
    QVERIFY(charts->showChart(chart));
    ChartView* view = charts->activeChart();
    QCustomPlot* plot = view->plot();
    plot->replot();
    const QPoint at(qRound(plot->xAxis->coordToPixel(point->x)), qRound(plot->yAxis->coordToPixel(point->y)));
    QVERIFY2(view->toolTipAt(at).contains(full.toHtmlEscaped()), qPrintable(view->toolTipAt(at)));
    ChartTableModel table(context().translations);
    table.setChart(*data);
    table.setLanguage(lang);
    bool inTable = false;
    for (int r = 0; r < table.rowCount(); ++r)
        inTable |= table.index(r, ChartTableModel::SourceColumn).data().toString() == full;
    QVERIFY(inTable);
    QVERIFY2(context().renderer.footer(*data, lang).contains(brief), qPrintable(context().renderer.footer(*data, lang)));
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.language = lang;
    const QString path = m_app->dir.filePath(QStringLiteral("chart.csv"));
    QVERIFY(context().exporter.exportToFile(*data, path, options).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(QString(full).replace(u'"', QStringLiteral("\"\""))));
}

void TestCitations::copyCitationInBothLanguages()
{
    // Known values: the headline figure, as a journalist pastes it.
    auto* overview = m_app->page<OverviewPage>();
    KpiCard* card = overview->kpiCard();
    QGuiApplication::clipboard()->clear();
    emit card->citationRequested(card->kpi().figure.key); // the card's Copy citation
    const QStringList english = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(english.size(), 3);
    QVERIFY2(english.at(0).startsWith(QStringLiteral("Digital offences recorded by police and gendarmerie in 2023")),
             qPrintable(english.at(0)));
    QVERIFY(english.at(0).endsWith(QStringLiteral("(2023): 278,770 recorded digital offences")));
    QVERIFY2(english.at(1).startsWith(QStringLiteral("Source: Ministère de l'Intérieur – COMCYBER-MI, “Rapport annuel "
                                                     "sur la cybercriminalité 2024”, 30 July 2024; via KultureGeek, ")),
             qPrintable(english.at(1)));
    QVERIFY(english.at(1).endsWith(
        QStringLiteral("https://kulturegeek.fr/news-314962/cybercriminalite-hausse-40-atteintes-numeriques-entre-2019-2023")));
    QCOMPARE(english.at(2), QStringLiteral("Data as of 12 March 2026 (Vigie dataset 2026.1)"));

    m_app->switchTo(Language::French);
    QGuiApplication::clipboard()->clear();
    emit card->citationRequested(card->kpi().figure.key);
    const QStringList french = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(french.size(), 3);
    QVERIFY2(french.at(0).endsWith(QStringLiteral("(2023)\u00a0: 278\u202f770 atteintes numériques enregistrées")),
             qPrintable(french.at(0)));
    QVERIFY2(french.at(1).startsWith(QStringLiteral("Source\u00a0: Ministère de l'Intérieur – COMCYBER-MI, «\u00a0Rapport "
                                                    "annuel sur la cybercriminalité 2024\u00a0», 30 juillet 2024\u00a0; "
                                                    "via KultureGeek, ")),
             qPrintable(french.at(1)));
    QCOMPARE(french.at(2), QStringLiteral("Données au 12 mars 2026 (jeu de données Vigie 2026.1)"));

    // A chart point's and a Sources row's Copy citation give the same text.
    const QString fromCard = QGuiApplication::clipboard()->text();
    QCOMPARE(m_app->window->citationActions()->citation(card->kpi().figure.key), fromCard);
    // Every point of every chart (a timeline's event included) can be cited: its key is a figure's.
    for (const ChartData& chart : context().catalog.charts()) {
        for (const ChartSegment& segment : chart.segments) {
            for (const ChartPoint& point : segment.points)
                QVERIFY2(!m_app->window->citationActions()->citation(point.figureKey).isEmpty(),
                         qPrintable(chart.id + u' ' + point.figureKey));
        }
    }
    QVERIFY(m_app->window->citationActions()->citation(QStringLiteral("no.such.figure")).isEmpty());
}

void TestCitations::dataDateWhereverDataShows()
{
    QCOMPARE(context().database.dataset().checked, QStringLiteral("2026-03-12"));
    QVERIFY2(m_app->window->dataDateText().startsWith(QStringLiteral("Data as of 12 March 2026")),
             qPrintable(m_app->window->dataDateText()));
    QVERIFY(AboutBox::text(context().database.dataset()).contains(QStringLiteral("12 March 2026")));
    // Every chart's footer, in both languages: the date of the data, not the period it covers.
    for (const QString& id : ChartCatalog::chartIds()) {
        const auto chart = context().catalog.chart(id);
        QVERIFY(chart);
        QVERIFY2(context().renderer.footer(*chart, Language::English).endsWith(QStringLiteral("data as of 12 March 2026")),
                 qPrintable(id));
        QVERIFY2(context().renderer.footer(*chart, Language::French).endsWith(QStringLiteral("données au 12 mars 2026")),
                 qPrintable(id));
    }
    m_app->switchTo(Language::French);
    QVERIFY(m_app->window->dataDateText().startsWith(QStringLiteral("Données au 12 mars 2026")));
    QVERIFY(AboutBox::text(context().database.dataset()).contains(QStringLiteral("12 mars 2026")));
}

void TestCitations::noHeadlineRestsOnAWeakSource()
{
    auto weak = [](const Source& s) { return s.restsOnWeak(); };
    for (const QString& id : context().catalog.kpiIds()) {
        const auto kpi = context().catalog.kpi(id);
        QVERIFY(kpi);
        QVERIFY2(!weak(kpi->figure.source), qPrintable(id));
        QVERIFY2(kpi->figure.source.quality != SourceQuality::Unknown || kpi->figure.source.id.isEmpty()
                     || id == QLatin1String("budapest-parties"),
                 qPrintable(id));
        if (kpi->change)
            QVERIFY2(!weak(kpi->change->source), qPrintable(id));
    }
}

void TestCitations::weakSourcesAreMarked()
{
    // Every figure whose source or relay is weak says so on the Sources page.
    SourcesPage* sources = m_app->page<SourcesPage>();
    QTRY_VERIFY(sources->isListed());
    int weakFigures = 0;
    for (const Figure& f : context().database.figures()) {
        const bool weak = f.source.restsOnWeak();
        if (!weak)
            continue;
        ++weakFigures;
        QVERIFY(sources->showFigure(f.key));
        const QString shown = sources->table()->currentIndex().siblingAtColumn(SourcesModel::SourceColumn).data().toString();
        QVERIFY2(shown.endsWith(QStringLiteral("(weak source)")), qPrintable(shown));
    }
    QVERIFY(weakFigures > 0);
}

void TestCitations::sourcesSortNumbersAsNumbers()
{
    SourcesPage* sources = m_app->page<SourcesPage>();
    QTableView* table = sources->table();
    auto* model = qobject_cast<SourcesModel*>(table->model());
    QVERIFY(model);
    table->sortByColumn(SourcesModel::ValueColumn, Qt::AscendingOrder);
    QTRY_VERIFY(sources->isListed());
    double previous = -std::numeric_limits<double>::infinity();
    int numbers = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const std::optional<Figure> f = model->figure(r);
        QVERIFY(f);
        const double value = f->number.value_or(std::numeric_limits<double>::infinity()); // texts after numbers
        QVERIFY2(value >= previous, qPrintable(QStringLiteral("row %1: %2 after %3").arg(r).arg(value).arg(previous)));
        previous = value;
        numbers += std::isfinite(value) ? 1 : 0;
    }
    QVERIFY(numbers > 100);
    // And the unit is shown beside the value.
    QVERIFY(sources->showFigure(QStringLiteral("offences.total.2023")));
    QCOMPARE(table->currentIndex().siblingAtColumn(SourcesModel::UnitColumn).data().toString(),
             QStringLiteral("recorded digital offences"));
}

void TestCitations::mapCitationsReachTheClipboard()
{
    auto* map = m_app->page<MapPage>();
    QVERIFY(map);
    m_app->window->setCurrentPage(m_app->pageIndex<MapPage>());
    QSignalSpy loaded(map, &MapPage::worldLoaded);
    QVERIFY(map->mapView()->scene().world || loaded.wait(20000));
    MapCanvas* canvas = map->mapView()->canvas();
    for (const Language lang : {Language::English, Language::French}) {
        m_app->switchTo(lang);
        const CitationFormat citation(context().translations, lang);
        // Every fact of every centre, from its marker's menu, as a card's Copy citation gives it.
        for (const Centre& centre : context().database.centres()) {
            QMenu menu;
            canvas->addCentreCitations(menu, centre);
            QCOMPARE(menu.actions().size(), 1);
            const QList<QAction*> entries = menu.actions().first()->menu()->actions();
            QCOMPARE(entries.size(), centre.facts.size());
            for (qsizetype i = 0; i < entries.size(); ++i) {
                QGuiApplication::clipboard()->clear();
                entries.at(i)->trigger();
                const QString copied = QGuiApplication::clipboard()->text();
                QCOMPARE(copied, m_app->window->citationActions()->citation(centre.facts.at(i).key));
                QVERIFY2(copied.contains(citation.full(centre.facts.at(i).source)), qPrintable(copied));
            }
        }
    }
    // A state's treaty status, from the real data: France and the Budapest Convention.
    m_app->switchTo(Language::English);
    map->mapView()->setLayerKind(MapLayer::Kind::BudapestParties);
    const MapRenderer renderer(context().translations);
    const QString france = renderer.countryCitation(canvas->scene(), QStringLiteral("FRA"), Language::English);
    QVERIFY2(france.contains(QStringLiteral("\nSigned: 23 November 2001\nRatified or acceded: 10 January 2006\n"
                                            "In force: 1 May 2006\nSource: Council of Europe")),
             qPrintable(france));
    QVERIFY(france.endsWith(QStringLiteral("\nData as of 12 March 2026 (Vigie dataset 2026.1)")));
    QGuiApplication::clipboard()->clear();
    emit canvas->citationTextRequested(france);
    QCOMPARE(QGuiApplication::clipboard()->text(), france);
}

void TestCitations::footerCitesInFullWhereItFits()
{
    // A chart of one source (ANSSI's health sector count) cites it in full on a wide page, in brief on a
    // small one; a chart of many, in brief even on a wide page.
    for (const Language lang : {Language::English, Language::French}) {
        int full = 0;
        for (const QString& id : ChartCatalog::chartIds()) {
            const auto chart = context().catalog.chart(id);
            QVERIFY(chart);
            for (const QSize size : {QSize(2400, 1350), QSize(480, 320)}) {
                QCustomPlot plot;
                plot.resize(size);
                context().renderer.setUp(plot, *chart, lang, ChartTheme::light(), true);
                ChartRenderer::fit(plot, size);
                const QString shown = ChartLayout::of(plot).shownText(ChartLayout::Row::Footer);
                const QString brief = context().renderer.footer(*chart, lang);
                const QString whole = context().renderer.footer(*chart, lang, ChartRenderer::Citations::Full);
                QVERIFY2(shown == brief || shown == whole, qPrintable(id + u": " + shown));
                if (size.width() < 1000)
                    QVERIFY2(shown == brief, qPrintable(id + u": " + shown));
                else
                    full += shown == whole ? 1 : 0;
            }
        }
        QVERIFY2(full > 0, "no chart cited its sources in full, even on a wide page");
    }
}

QTEST_MAIN(TestCitations)
#include "TestCitations.moc"
