// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChartRenderer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <QFontMetrics>
#include <QPainter>
#include <qcustomplot.h>

#include "core/i18n/CitationFormat.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/Translations.h"
#include "widgets/ChartLayout.h"
#include "widgets/Typeface.h"

namespace Vigie {

namespace {

constexpr const char* context = "Vigie::ChartRenderer";

// Every element this renderer adds to a plot's layout carries this property, so a second set-up can
// remove them without touching QCustomPlot's own axis rect.
const char* const ownedProperty = "vigieOwned";

// Which chart segment a plottable draws, so that hiding a series from the legend hides all of it.
const char* const segmentProperty = "vigieSegment";

QCPTextElement* addTextRow(QCustomPlot& plot, ChartLayout::Row kind, const QString& text, const QColor& colour,
                           const QString& fuller = {})
{
    auto* element = new QCPTextElement(&plot, text, Typeface::font(ChartType().note));
    element->setTextColor(colour);
    element->setProperty(ownedProperty, true);
    element->setMargins(QMargins(8, 4, 8, 4));
    const int row = plot.plotLayout()->rowCount();
    plot.plotLayout()->insertRow(row);
    plot.plotLayout()->addElement(row, 0, element);
    ChartLayout::of(plot).addRow(element, kind, text, fuller);
    return element;
}

void removeOwnedElements(QCustomPlot& plot)
{
    QCPLayoutGrid* layout = plot.plotLayout();
    for (int i = layout->elementCount() - 1; i >= 0; --i) {
        QCPLayoutElement* element = layout->elementAt(i);
        if (element && element->property(ownedProperty).toBool())
            layout->removeAt(i);
    }
    layout->simplify();
}

void styleAxis(QCPAxis* axis, const ChartTheme& theme)
{
    axis->setBasePen(QPen(theme.muted));
    axis->setTickPen(QPen(theme.muted));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(theme.foreground);
    axis->setLabelColor(theme.foreground);
    axis->grid()->setPen(QPen(theme.grid, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

} // namespace

ChartRenderer::ChartRenderer(const Translations& translations)
    : m_translations(translations)
{
}

QString ChartRenderer::tr(Language language, const char* sourceText) const
{
    return m_translations.translate(language, context, sourceText);
}

QString ChartRenderer::footer(const ChartData& chart, Language language, Citations form) const
{
    const CitationFormat citation(m_translations, language);
    const QStringList names =
        form == Citations::Full ? citation.fulls(chart.sources()) : citation.briefs(chart.sources());
    // A full citation has semicolons of its own ("; via …"): full ones are set apart by a middle dot.
    const QString separator = form == Citations::Full
        ? QStringLiteral(" · ")
        : tr(language, QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "; "));
    if (chart.checked.isEmpty()) { // the user's own figures, said to be: the sources the file named, and the period
        // A file may cite hundreds of publishers: the footer names the first few, the table every one.
        constexpr qsizetype named = 3;
        QStringList shown = names.mid(0, named);
        if (names.size() > named)
            shown.append(m_translations.translate(language, context,
                                                  QT_TRANSLATE_N_NOOP("Vigie::ChartRenderer",
                                                                      "%n other source(s), in the table"),
                                                  nullptr, int(names.size() - named)));
        const char* pattern = names.size() == 1
            ? QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "%1 — Your data; source: %2 — data: %3")
            : QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "%1 — Your data; sources: %2 — data: %3");
        return tr(language, pattern).arg(chart.title.text(language), shown.join(separator), chart.dataDate);
    }
    const char* pattern = names.size() == 1 ? QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "%1 — Source: %2 — %3")
                                            : QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "%1 — Sources: %2 — %3");
    return tr(language, pattern)
        .arg(chart.title.text(language), names.join(separator),
             citation.dataAsOf(DatasetInfo {QString(), chart.checked}));
}

namespace {

/// What every drawing step needs.
struct Drawing {
    QCustomPlot& plot;
    const ChartData& chart;
    Language language;
    const ChartTheme& theme;
    NumberFormat format;
    std::function<QString(const char*)> text; // not "tr" or "translate": lupdate would misread the calls
};

QColor colourAt(const ChartTheme& theme, qsizetype i)
{
    return theme.palette.at(i % theme.palette.size());
}

/// A series' second cue besides its colour, so that it reads in greyscale and for any colour vision: its
/// marker's shape, shown in the legend too.
QCPScatterStyle::ScatterShape shapeAt(qsizetype i)
{
    static constexpr QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssDisc, QCPScatterStyle::ssSquare, QCPScatterStyle::ssTriangle,
        QCPScatterStyle::ssDiamond, QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCrossSquare};
    return shapes[i % std::size(shapes)];
}

/// The marker of series @p i, filled, or hollow (the background inside) for provisional points.
QCPScatterStyle markerAt(const ChartTheme& theme, qsizetype i, double size, bool hollow = false)
{
    const QCPScatterStyle::ScatterShape shape = shapeAt(i);
    const QColor colour = colourAt(theme, i);
    if (shape == QCPScatterStyle::ssDisc) // a disc is filled with its pen; its hollow form is a circle
        return hollow ? QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 2.2), QBrush(theme.background), size)
                      : QCPScatterStyle(shape, colour, colour, size);
    return QCPScatterStyle(shape, QPen(colour, hollow ? 2.2 : 1.5), QBrush(hollow ? theme.background : colour), size);
}

/// A point's value as its label shows it, with the caveat mark its figure carries everywhere.
QString valueText(const Drawing& d, const ChartPoint& point)
{
    const QString value = d.format.value(point.y, d.chart.unit);
    return point.caveat ? value + FigureText::caveatMark() : value;
}

void addValueLabel(Drawing& d, double x, double y, const QString& text, QCPAbstractPlottable* series)
{
    auto* label = new QCPItemText(&d.plot);
    label->setColor(d.theme.foreground);
    label->setText(text);
    ChartLayout::of(d.plot).addLabel(label, ChartLayout::Label::Value, QPointF(x, y), series);
}

/// Gives @p axis text ticks, every one of which the layout may show, wrap or thin at the size drawn.
void setTextTicks(QCPAxis* axis, const QMap<double, QString>& ticks, bool wrap)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->setTicks(ticks);
    axis->setTicker(ticker);
    ChartLayout::of(*axis->parentPlot()).setTicks(axis, ticks, wrap);
}

/// Every whole year over [from, to]; the layout thins them to those that fit.
void setYearTicks(QCPAxis* axis, double from, double to)
{
    QMap<double, QString> ticks;
    for (int year = int(std::floor(from)); year <= int(std::ceil(to)); ++year)
        ticks.insert(year, QString::number(year));
    setTextTicks(axis, ticks, false);
}

void drawLines(Drawing& d, bool steps)
{
    QMap<double, QString> ticks;
    for (qsizetype i = 0; i < d.chart.segments.size(); ++i) {
        const ChartSegment& segment = d.chart.segments.at(i);
        const QColor colour = colourAt(d.theme, i);
        QCPAxis* values = segment.secondAxis ? d.plot.yAxis2 : d.plot.yAxis;
        QCPGraph* graph = d.plot.addGraph(d.plot.xAxis, values);
        graph->setProperty(segmentProperty, int(i));
        graph->setName(segment.name.text(d.language));
        graph->setPen(QPen(colour, 2.2));
        graph->setLineStyle(steps ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
        graph->setScatterStyle(markerAt(d.theme, i, steps ? 6 : 8));
        QVector<double> xs;
        QVector<double> ys;
        QVector<double> px;
        QVector<double> py;
        for (const ChartPoint& point : segment.points) {
            xs.append(point.x);
            ys.append(point.y);
            if (point.provisional) {
                px.append(point.x);
                py.append(point.y);
            }
            if (!steps)
                ticks.insert(point.x, point.label.text(d.language));
            addValueLabel(d, point.x, point.y, valueText(d, point), graph);
        }
        graph->setData(xs, ys, true);
        // Provisional points are drawn hollow: a circle filled with the background over the disc.
        if (!px.isEmpty()) {
            QCPGraph* hollow = d.plot.addGraph(d.plot.xAxis, values);
            hollow->setProperty(segmentProperty, int(i));
            hollow->setLineStyle(QCPGraph::lsNone);
            hollow->setScatterStyle(markerAt(d.theme, i, 9, true));
            hollow->setData(px, py, true);
            hollow->setName(d.text(QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "Provisional")));
            hollow->removeFromLegend();
        }
    }
    if (!steps)
        setTextTicks(d.plot.xAxis, ticks, false);
}

void drawBars(Drawing& d)
{
    QMap<double, QString> ticks;
    auto* bars = new QCPBars(d.plot.xAxis, d.plot.yAxis);
    bars->setProperty(segmentProperty, 0);
    bars->setWidth(0.6);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colourAt(d.theme, 0));
    QVector<double> xs;
    QVector<double> ys;
    for (const ChartSegment& segment : d.chart.segments) {
        bars->setName(segment.name.text(d.language));
        for (const ChartPoint& point : segment.points) {
            xs.append(point.x);
            ys.append(point.y);
            ticks.insert(point.x, point.label.text(d.language));
            addValueLabel(d, point.x, point.y, valueText(d, point), bars);
        }
    }
    bars->setData(xs, ys, true);
    setTextTicks(d.plot.xAxis, ticks, true);
}

void drawTimeline(Drawing& d)
{
    QMap<double, QString> lanes;
    for (qsizetype i = 0; i < d.chart.lanes.size(); ++i)
        lanes.insert(double(i), d.chart.lanes.at(i).text(d.language));
    setTextTicks(d.plot.yAxis, lanes, true); // wrapped to the page's width
    d.plot.yAxis->setRange(-0.6, d.chart.lanes.size() - 0.4);
    d.plot.yAxis->grid()->setVisible(true);
    for (qsizetype i = 0; i < d.chart.segments.size(); ++i) {
        const ChartSegment& segment = d.chart.segments.at(i);
        QCPAxis* values = segment.secondAxis ? d.plot.yAxis2 : d.plot.yAxis;
        QCPGraph* graph = d.plot.addGraph(d.plot.xAxis, values);
        graph->setProperty(segmentProperty, int(i));
        graph->setName(segment.name.text(d.language));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(markerAt(d.theme, i, 10));
        QVector<double> xs;
        QVector<double> ys;
        for (const ChartPoint& point : segment.points) {
            xs.append(point.x);
            ys.append(point.y);
            // The layout places each name around its diamond, clear of the others (ChartLayout).
            auto* label = new QCPItemText(&d.plot);
            label->setColor(d.theme.foreground);
            label->setText(point.detail.text(d.language));
            ChartLayout::of(d.plot).addLabel(label, ChartLayout::Label::Event, QPointF(point.x, point.y), graph);
        }
        graph->setData(xs, ys, true);
    }
}

} // namespace

void ChartRenderer::setUp(QCustomPlot& plot, const ChartData& chart, Language language, const ChartTheme& theme,
                          bool withFooter) const
{
    plot.clearItems();
    plot.clearPlottables();
    ChartLayout& layout = ChartLayout::of(plot);
    layout.clear();
    // The legend goes under the plot, where it covers no data; it is QCustomPlot's own, so it is taken
    // out of whichever layout holds it, not deleted with the rows this renderer added.
    if (plot.legend->layout())
        plot.legend->layout()->take(plot.legend);
    plot.plotLayout()->simplify();
    removeOwnedElements(plot);

    plot.setLocale(localeFor(language));
    plot.setBackground(theme.background);
    plot.axisRect()->setBackground(theme.background);

    QCPAxis* x = plot.xAxis;
    QCPAxis* y = plot.yAxis;
    styleAxis(x, theme);
    styleAxis(y, theme);
    x->grid()->setVisible(false);
    x->setLabel(chart.xLabel.text(language));
    y->setLabel(chart.yLabel.text(language));
    // Counts read "250 000" / "250,000"; the locale groups them, and "f" keeps QCustomPlot from using 2.5·10⁵.
    // Years and categories get text tickers, so that no locale ever groups them ("2 023").
    y->setTicker(QSharedPointer<QCPAxisTicker>::create());
    y->setNumberFormat(QStringLiteral("f"));
    y->setNumberPrecision(chart.unit.startsWith(QLatin1String("percent")) ? 1 : 0);

    double xMin = std::numeric_limits<double>::max();
    double xMax = std::numeric_limits<double>::lowest();
    double yMax = 0;
    double y2Max = 0; // on the right-hand axis: segments of a much smaller scale
    for (const ChartSegment& segment : chart.segments) {
        for (const ChartPoint& point : segment.points) {
            xMin = std::min(xMin, point.x);
            xMax = std::max(xMax, point.x);
            (segment.secondAxis ? y2Max : yMax) = std::max(segment.secondAxis ? y2Max : yMax, point.y);
        }
    }
    QCPAxis* y2 = plot.yAxis2;
    y2->setVisible(y2Max > 0);
    // A drag or the wheel moves both value axes together, so that every line stays against its own ticks.
    const QList<QCPAxis*> values = y2Max > 0 ? QList<QCPAxis*> {y, y2} : QList<QCPAxis*> {y};
    plot.axisRect()->setRangeDragAxes({x}, values);
    plot.axisRect()->setRangeZoomAxes({x}, values);
    if (y2Max > 0) {
        styleAxis(y2, theme);
        y2->grid()->setVisible(false); // one grid, the left-hand axis's
        y2->setLabel(chart.y2Label.text(language));
        y2->setTicker(QSharedPointer<QCPAxisTicker>::create());
        y2->setNumberFormat(QStringLiteral("f"));
        y2->setNumberPrecision(y->numberPrecision());
        y2->setRange(0, y2Max * 1.18);
    }
    for (const ChartMilestone& milestone : chart.milestones) {
        xMin = std::min(xMin, milestone.x);
        xMax = std::max(xMax, milestone.x);
    }
    if (xMin > xMax)
        xMin = xMax = 0;

    Drawing drawing {plot, chart, language, theme, NumberFormat(language), [&](const char* text) {
                         return tr(language, text);
                     }};
    switch (chart.kind) {
    case ChartKind::Line:
        drawLines(drawing, false);
        x->setRange(xMin - 0.6, xMax + 0.6);
        break;
    case ChartKind::Steps:
        drawLines(drawing, true);
        setYearTicks(x, xMin, xMax + 1);
        x->setRange(std::floor(xMin) - 0.3, std::ceil(xMax) + 0.3);
        break;
    case ChartKind::Bars:
        drawBars(drawing);
        x->setRange(xMin - 0.6, xMax + 0.6);
        break;
    case ChartKind::Timeline:
        drawTimeline(drawing);
        setYearTicks(x, xMin, xMax + 1);
        x->setRange(std::floor(xMin) - 0.3, std::ceil(xMax) + 0.3);
        break;
    }
    if (chart.kind != ChartKind::Timeline) {
        y->setRange(0, yMax > 0 ? yMax * 1.18 : 1);
        layout.setHighestValue(yMax, y2Max);
    }

    for (const ChartBreak& chartBreak : chart.breaks) {
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(chartBreak.x, 0);
        line->point2->setCoords(chartBreak.x, 1);
        line->setPen(QPen(theme.breakLine, 1.5, Qt::DashLine));
        auto* label = new QCPItemText(&plot);
        label->setColor(theme.breakLine);
        label->setBrush(QBrush(theme.background));
        label->setText(tr(language, QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "Series break")));
        layout.addLabel(label, ChartLayout::Label::Marker, QPointF(chartBreak.x, 0.02));
    }
    for (qsizetype i = 0; i < chart.milestones.size(); ++i) {
        const ChartMilestone& milestone = chart.milestones.at(i);
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(milestone.x, 0);
        line->point2->setCoords(milestone.x, 1);
        line->setPen(QPen(theme.muted, 1.2, Qt::DotLine));
        auto* label = new QCPItemText(&plot);
        label->setColor(theme.muted);
        label->setBrush(QBrush(theme.background));
        label->setText(milestone.label.text(language));
        // Near the bottom first, staggered, where the data (which grows towards the top right) is not.
        layout.addLabel(label, ChartLayout::Label::Marker, QPointF(milestone.x, 0.86 - 0.08 * double(i % 3)));
    }

    // A timeline's lanes already name its series.
    const bool legendShown = chart.segments.size() > 1 && chart.kind != ChartKind::Timeline;
    plot.legend->setTextColor(theme.foreground);
    plot.legend->setBrush(QBrush(theme.background));
    plot.legend->setBorderPen(Qt::NoPen);
    plot.legend->setVisible(legendShown);
    layout.setLegendShown(legendShown);

    // Title, plot, legend, note, footer, from the top; the layout wraps the texts at the size drawn.
    auto* title = new QCPTextElement(&plot, chart.title.text(language), Typeface::font(ChartType().title, true));
    title->setTextColor(theme.foreground);
    title->setProperty(ownedProperty, true);
    title->setMargins(QMargins(8, 4, 8, 4));
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, title);
    layout.addRow(title, ChartLayout::Row::Title, chart.title.text(language));
    if (legendShown) {
        const int row = plot.plotLayout()->rowCount();
        plot.plotLayout()->insertRow(row);
        plot.plotLayout()->addElement(row, 0, plot.legend);
    }
    if (!chart.note.isEmpty())
        addTextRow(plot, ChartLayout::Row::Note, chart.note.text(language), theme.muted);
    if (withFooter)
        addTextRow(plot, ChartLayout::Row::Footer, footer(chart, language), theme.muted,
                   footer(chart, language, Citations::Full));
    layout.fit(plot.size());
}

int ChartRenderer::segmentOf(const QObject* plottable)
{
    const QVariant segment = plottable ? plottable->property(segmentProperty) : QVariant();
    return segment.isValid() ? segment.toInt() : -1;
}

void ChartRenderer::fit(QCustomPlot& plot, const QSize& logicalSize)
{
    ChartLayout::of(plot).fit(logicalSize);
}

void ChartRenderer::paint(QPaintDevice& device, const QSize& logicalSize, double scale, const ChartData& chart,
                          Language language, const ChartTheme& theme) const
{
    QCustomPlot plot;
    plot.resize(logicalSize);
    setUp(plot, chart, language, theme, true); // lays out for the plot's size, logicalSize
    QCPPainter painter(&device);
    painter.scale(scale, scale); // the plot lays out at its logical size; the scale brings it to the DPI asked
    plot.toPainter(&painter, logicalSize.width(), logicalSize.height());
}

} // namespace Vigie
