// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChartRenderer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include <QFontMetrics>
#include <QPainter>
#include <qcustomplot.h>

#include "core/i18n/NumberFormat.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {

constexpr const char* context = "Vigie::ChartRenderer";

// Every element this renderer adds to a plot's layout carries this property, so a second set-up can
// remove them without touching QCustomPlot's own axis rect.
const char* const ownedProperty = "vigieOwned";

QFont fontOfSize(double pointSize, bool bold = false)
{
    QFont font;
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

/// Breaks @p text into lines that fit @p width pixels in @p font, at spaces, so that long notes and footers
/// (a timeline can cite a dozen sources) stay whole instead of running off the image.
QString wrapToWidth(const QString& text, const QFont& font, int width)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ')) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines.append(line);
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(u'\n');
}

QCPTextElement* addTextRow(QCustomPlot& plot, int row, const QString& text, const QFont& font, const QColor& colour)
{
    auto* element = new QCPTextElement(&plot, text, font);
    element->setTextColor(colour);
    element->setProperty(ownedProperty, true);
    element->setMargins(QMargins(8, 4, 8, 4));
    plot.plotLayout()->insertRow(row);
    plot.plotLayout()->addElement(row, 0, element);
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
    axis->setTickLabelFont(fontOfSize(9));
    axis->setLabelFont(fontOfSize(10));
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

QString ChartRenderer::footer(const ChartData& chart, Language language) const
{
    QStringList names;
    for (const Source& source : chart.sources())
        names.append(source.shortName.text(language));
    const char* pattern = names.size() == 1
        ? QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "%1 — Source: %2 — data: %3")
        : QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "%1 — Sources: %2 — data: %3");
    const QString separator = tr(language, QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "; "));
    return tr(language, pattern).arg(chart.title.text(language), names.join(separator), chart.dataDate);
}

namespace {

/// What every drawing step needs.
struct Drawing
{
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

void addValueLabel(Drawing& d, double x, double y, const QString& text)
{
    auto* label = new QCPItemText(&d.plot);
    label->position->setType(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(x, y);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    label->setPadding(QMargins(0, 0, 0, 8));
    label->setFont(fontOfSize(8.5));
    label->setColor(d.theme.foreground);
    label->setText(text);
}

/// Ticks at whole years over [from, to], thinned so that about a dozen labels show.
QSharedPointer<QCPAxisTickerText> yearTicker(double from, double to)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int first = int(std::floor(from));
    const int last = int(std::ceil(to));
    const int step = std::max(1, (last - first) / 12 + 1);
    for (int year = first; year <= last; year += step)
        ticker->addTick(year, QString::number(year));
    return ticker;
}

void drawLines(Drawing& d, bool steps)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < d.chart.segments.size(); ++i) {
        const ChartSegment& segment = d.chart.segments.at(i);
        const QColor colour = colourAt(d.theme, i);
        QCPGraph* graph = d.plot.addGraph();
        graph->setName(segment.name.text(d.language));
        graph->setPen(QPen(colour, 2.2));
        graph->setLineStyle(steps ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, steps ? 6 : 8));
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
                ticker->addTick(point.x, point.label.text(d.language));
            addValueLabel(d, point.x, point.y, d.format.value(point.y, d.chart.unit));
        }
        graph->setData(xs, ys, true);
        // Provisional points are drawn hollow: a circle filled with the background over the disc.
        if (!px.isEmpty()) {
            QCPGraph* hollow = d.plot.addGraph();
            hollow->setLineStyle(QCPGraph::lsNone);
            hollow->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 2.2),
                                                    QBrush(d.theme.background), 9));
            hollow->setData(px, py, true);
            hollow->setName(d.text(QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "Provisional")));
            hollow->removeFromLegend();
        }
    }
    if (!steps)
        d.plot.xAxis->setTicker(ticker);
}

void drawBars(Drawing& d)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    auto* bars = new QCPBars(d.plot.xAxis, d.plot.yAxis);
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
            ticker->addTick(point.x, point.label.text(d.language));
            addValueLabel(d, point.x, point.y, d.format.value(point.y, d.chart.unit));
        }
    }
    bars->setData(xs, ys, true);
    d.plot.xAxis->setTicker(ticker);
}

void drawTimeline(Drawing& d)
{
    auto lanes = QSharedPointer<QCPAxisTickerText>::create();
    for (qsizetype i = 0; i < d.chart.lanes.size(); ++i)
        lanes->addTick(double(i), d.chart.lanes.at(i).text(d.language));
    d.plot.yAxis->setTicker(lanes);
    d.plot.yAxis->setRange(-0.6, d.chart.lanes.size() - 0.4);
    d.plot.yAxis->grid()->setVisible(true);
    double first = std::numeric_limits<double>::max();
    double last = std::numeric_limits<double>::lowest();
    for (const ChartSegment& segment : d.chart.segments) {
        for (const ChartPoint& point : segment.points) {
            first = std::min(first, point.x);
            last = std::max(last, point.x);
        }
    }
    const double span = std::max(1.0, last - first);
    for (qsizetype i = 0; i < d.chart.segments.size(); ++i) {
        const ChartSegment& segment = d.chart.segments.at(i);
        const QColor colour = colourAt(d.theme, i);
        QCPGraph* graph = d.plot.addGraph();
        graph->setName(segment.name.text(d.language));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, colour, colour, 10));
        QVector<double> xs;
        QVector<double> ys;
        int n = 0;
        for (const ChartPoint& point : segment.points) {
            xs.append(point.x);
            ys.append(point.y);
            // Labels take turns at four heights, above and below their point, so that close events stay
            // readable; a thin leader joins far labels to their point.
            auto* label = new QCPItemText(&d.plot);
            label->position->setCoords(point.x, point.y);
            const int slot = n++ % 4;
            const bool above = slot % 2 == 0;
            const int gap = slot < 2 ? 7 : 24;
            // Labels near either end open inwards, so that they stay inside the plot.
            const Qt::Alignment horizontal = point.x > last - 0.15 * span ? Qt::AlignRight
                : point.x < first + 0.1 * span                           ? Qt::AlignLeft
                                                                         : Qt::AlignHCenter;
            label->setPositionAlignment(horizontal | (above ? Qt::AlignBottom : Qt::AlignTop));
            label->setPadding(above ? QMargins(0, 0, 0, gap) : QMargins(0, gap, 0, 0));
            label->setFont(fontOfSize(7.5));
            label->setColor(d.theme.foreground);
            label->setText(point.detail.text(d.language));
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
    for (const ChartSegment& segment : chart.segments) {
        for (const ChartPoint& point : segment.points) {
            xMin = std::min(xMin, point.x);
            xMax = std::max(xMax, point.x);
            yMax = std::max(yMax, point.y);
        }
    }
    for (const ChartMilestone& milestone : chart.milestones) {
        xMin = std::min(xMin, milestone.x);
        xMax = std::max(xMax, milestone.x);
    }
    if (xMin > xMax)
        xMin = xMax = 0;

    Drawing drawing{plot, chart, language, theme, NumberFormat(language),
                    [&](const char* text) { return tr(language, text); }};
    switch (chart.kind) {
    case ChartKind::Line:
        drawLines(drawing, false);
        x->setRange(xMin - 0.6, xMax + 0.6);
        break;
    case ChartKind::Steps:
        drawLines(drawing, true);
        x->setTicker(yearTicker(xMin, xMax + 1));
        x->setRange(std::floor(xMin) - 0.3, std::ceil(xMax) + 0.3);
        break;
    case ChartKind::Bars:
        drawBars(drawing);
        x->setRange(xMin - 0.6, xMax + 0.6);
        break;
    case ChartKind::Timeline:
        drawTimeline(drawing);
        x->setTicker(yearTicker(xMin, xMax + 1));
        x->setRange(std::floor(xMin) - 0.3, std::ceil(xMax) + 0.3);
        break;
    }
    if (chart.kind != ChartKind::Timeline)
        y->setRange(0, yMax > 0 ? yMax * 1.18 : 1);

    for (const ChartBreak& chartBreak : chart.breaks) {
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(chartBreak.x, 0);
        line->point2->setCoords(chartBreak.x, 1);
        line->setPen(QPen(theme.breakLine, 1.5, Qt::DashLine));
        auto* label = new QCPItemText(&plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(chartBreak.x, 0.02);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
        label->setFont(fontOfSize(8));
        label->setColor(theme.breakLine);
        label->setBrush(QBrush(theme.background));
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setText(tr(language, QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "Series break")));
    }
    for (qsizetype i = 0; i < chart.milestones.size(); ++i) {
        const ChartMilestone& milestone = chart.milestones.at(i);
        auto* line = new QCPItemStraightLine(&plot);
        line->point1->setCoords(milestone.x, 0);
        line->point2->setCoords(milestone.x, 1);
        line->setPen(QPen(theme.muted, 1.2, Qt::DotLine));
        auto* label = new QCPItemText(&plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        // Staggered heights keep close milestones readable.
        // Near the bottom, staggered, and on the side of the line with more room, so that labels neither
        // leave the plot nor cover the data (which grows towards the top right).
        const bool leftHalf = milestone.x < (x->range().lower + x->range().upper) / 2;
        label->position->setCoords(milestone.x, 0.93 - 0.07 * (i % 3));
        label->setPositionAlignment((leftHalf ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom);
        label->setPadding(leftHalf ? QMargins(5, 1, 3, 1) : QMargins(3, 1, 5, 1));
        label->setFont(fontOfSize(8));
        label->setColor(theme.muted);
        label->setBrush(QBrush(theme.background));
        label->setText(milestone.label.text(language));
    }

    plot.legend->setVisible(chart.segments.size() > 1);
    plot.legend->setFont(fontOfSize(8.5));
    plot.legend->setTextColor(theme.foreground);
    plot.legend->setBrush(QBrush(theme.background));
    plot.legend->setBorderPen(QPen(theme.grid));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    addTextRow(plot, 0, chart.title.text(language), fontOfSize(13, true), theme.foreground);
    int row = plot.plotLayout()->rowCount();
    // Exports have a fixed size, known here, so their long lines are wrapped; the screen's plot is resized
    // after set-up, so its note stays one line.
    const int textWidth = std::max(240, plot.width() - 40);
    if (!chart.note.isEmpty()) {
        const QString note = chart.note.text(language);
        addTextRow(plot, row++, withFooter ? wrapToWidth(note, fontOfSize(8.5), textWidth) : note, fontOfSize(8.5),
                   theme.muted);
    }
    if (withFooter)
        addTextRow(plot, row, wrapToWidth(footer(chart, language), fontOfSize(8.5), textWidth), fontOfSize(8.5),
                   theme.muted);
}

void ChartRenderer::paint(QPaintDevice& device, const QSize& logicalSize, double scale, const ChartData& chart,
                          Language language, const ChartTheme& theme) const
{
    QCustomPlot plot;
    plot.resize(logicalSize);
    setUp(plot, chart, language, theme, true);
    QCPPainter painter(&device);
    painter.scale(scale, scale); // the plot lays out at its logical size; the scale brings it to the DPI asked
    plot.toPainter(&painter, logicalSize.width(), logicalSize.height());
}

} // namespace Vigie
