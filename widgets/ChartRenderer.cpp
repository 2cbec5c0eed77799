// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartRenderer.h"

#include <algorithm>
#include <limits>

#include <QPainter>
#include <qcustomplot.h>

#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"

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

void ChartRenderer::setUp(QCustomPlot& plot, const ChartData& chart, Language language, const ChartTheme& theme,
                          bool withFooter) const
{
    const NumberFormat format(language);
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
    y->setNumberFormat(QStringLiteral("f"));
    y->setNumberPrecision(0);

    // Years and categories get text ticks, so that no locale ever groups them ("2 023").
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double xMin = std::numeric_limits<double>::max();
    double xMax = std::numeric_limits<double>::lowest();
    double yMax = 0;
    for (const ChartSegment& segment : chart.segments) {
        for (const ChartPoint& point : segment.points) {
            ticker->addTick(point.x, point.label.text(language));
            xMin = std::min(xMin, point.x);
            xMax = std::max(xMax, point.x);
            yMax = std::max(yMax, point.y);
        }
    }
    x->setTicker(ticker);
    x->setRange(xMin - 0.6, xMax + 0.6);
    y->setRange(0, yMax > 0 ? yMax * 1.18 : 1);

    QFont valueFont = fontOfSize(8.5);
    for (qsizetype i = 0; i < chart.segments.size(); ++i) {
        const ChartSegment& segment = chart.segments.at(i);
        const QColor colour = theme.palette.at(i % theme.palette.size());
        QCPGraph* graph = plot.addGraph(x, y);
        graph->setName(segment.name.text(language));
        graph->setPen(QPen(colour, 2.2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 8));
        QVector<double> xs;
        QVector<double> ys;
        for (const ChartPoint& point : segment.points) {
            xs.append(point.x);
            ys.append(point.y);
        }
        graph->setData(xs, ys, true);

        // Provisional points are drawn hollow: a circle filled with the background over the disc.
        QVector<double> px;
        QVector<double> py;
        for (const ChartPoint& point : segment.points) {
            if (point.provisional) {
                px.append(point.x);
                py.append(point.y);
            }
            auto* label = new QCPItemText(&plot);
            label->position->setType(QCPItemPosition::ptPlotCoords);
            label->position->setCoords(point.x, point.y);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setPadding(QMargins(0, 0, 0, 8));
            label->setFont(valueFont);
            label->setColor(theme.foreground);
            label->setText(format.value(point.y, chart.unit));
        }
        if (!px.isEmpty()) {
            QCPGraph* hollow = plot.addGraph(x, y);
            hollow->setLineStyle(QCPGraph::lsNone);
            hollow->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(colour, 2.2),
                                                    QBrush(theme.background), 9));
            hollow->setData(px, py, true);
            hollow->setName(tr(language, QT_TRANSLATE_NOOP("Vigie::ChartRenderer", "Provisional")));
            hollow->removeFromLegend();
        }
    }

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

    plot.legend->setVisible(chart.segments.size() > 1);
    plot.legend->setFont(fontOfSize(8.5));
    plot.legend->setTextColor(theme.foreground);
    plot.legend->setBrush(QBrush(theme.background));
    plot.legend->setBorderPen(QPen(theme.grid));
    plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);

    addTextRow(plot, 0, chart.title.text(language), fontOfSize(13, true), theme.foreground);
    int row = plot.plotLayout()->rowCount();
    if (!chart.note.isEmpty())
        addTextRow(plot, row++, chart.note.text(language), fontOfSize(8.5), theme.muted);
    if (withFooter)
        addTextRow(plot, row, footer(chart, language), fontOfSize(8.5), theme.muted);
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
