// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChartLayout.h"

#include <algorithm>
#include <cmath>

#include <QFontMetrics>
#include <qcustomplot.h>

#include "widgets/Occupancy.h"
#include "widgets/Typeface.h"

namespace Vigie {

namespace {

constexpr int labelGap = 6; ///< between a label and its anchor
constexpr int tickGap = 10; ///< between two tick labels
constexpr int rowMargin = 8; ///< each side of a title, note or footer row
constexpr double markerRadius = 5; ///< the room a point's disc or diamond takes
const char* const fullNameProperty = "vigieFullName"; ///< a series' name before the legend abridged it

int scaled(int size, double scale)
{
    return std::max(ChartType::smallest, int(std::lround(size * scale)));
}

/// Breaks @p text into lines no wider than @p width pixels in @p font: at spaces, and inside a word only
/// when the word alone is wider.
QString wrapToWidth(const QString& text, const QFont& font, int width)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    for (const QString& paragraph : text.split(u'\n')) {
        QString line;
        for (QString word : paragraph.split(u' ')) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (metrics.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                lines.append(line);
            line.clear();
            while (word.size() > 1 && metrics.horizontalAdvance(word) > width) {
                qsizetype fit = 1;
                while (fit < word.size() && metrics.horizontalAdvance(word.left(fit + 1)) <= width)
                    ++fit;
                lines.append(word.left(fit));
                word = word.mid(fit);
            }
            line = word;
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

int widestLine(const QString& text, const QFontMetrics& metrics)
{
    int widest = 0;
    for (const QString& line : text.split(u'\n'))
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return widest;
}

/// Lays the plot out as its next drawing will, without drawing and without signalling afterLayout.
void layOut(QCustomPlot& plot)
{
    QCPLayoutGrid* layout = plot.plotLayout();
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

/// A place for a label: its box, and whether a leader line must join it to its anchor.
struct Spot {
    QRectF box;
    bool leader = false;
};

QList<Spot> spotsFor(ChartLayout::Label kind, const QPointF& a, const QSizeF& s, const QRectF& area, double markerY)
{
    const double w = s.width();
    const double h = s.height();
    QList<Spot> spots;
    auto add = [&](double x, double y, bool leader = false) {
        spots.append({QRectF(x, y, w, h), leader});
    };
    switch (kind) {
    case ChartLayout::Label::Value:
        add(a.x() - w / 2, a.y() - labelGap - h); // above
        add(a.x() - w / 2, a.y() + labelGap); // below
        add(a.x() + labelGap + 2, a.y() - h / 2); // right
        add(a.x() - labelGap - 2 - w, a.y() - h / 2); // left
        add(a.x() + 2, a.y() - labelGap - h); // above, to the right
        add(a.x() - 2 - w, a.y() - labelGap - h); // above, to the left
        add(a.x() - w / 2, a.y() - labelGap - 2.4 * h, true); // further up, with a leader
        add(a.x() - w / 2, a.y() + labelGap + 1.4 * h, true); // further down, with a leader
        for (const double y : {a.y() - labelGap - 2.4 * h, a.y() + labelGap + 1.4 * h}) { // aside, slanting to it
            add(a.x() + 3 * labelGap, y, true);
            add(a.x() - 3 * labelGap - w, y, true);
        }
        break;
    case ChartLayout::Label::Event: {
        // Above and below keep clear of a neighbour's label beside its diamond, on the lane.
        const double gap = std::max<double>(labelGap, h / 2 + 2);
        for (const double distance : {0.0, 1.2, 2.4, 3.6}) {
            const bool leader = distance > 0;
            for (const double up : {1.0, -1.0}) {
                const double y = up > 0 ? a.y() - gap - h - distance * h : a.y() + gap + distance * h;
                add(a.x() - w / 2, y, leader);
                add(a.x() - labelGap, y, leader);
                add(a.x() + labelGap - w, y, leader);
                if (leader) { // further aside, the leader slanting to it
                    add(a.x() + 3 * labelGap, y, true);
                    add(a.x() - 3 * labelGap - w, y, true);
                }
            }
            if (distance == 0) { // beside the diamond, on its lane
                add(a.x() + labelGap + 2, a.y() - h / 2);
                add(a.x() - labelGap - 2 - w, a.y() - h / 2);
            }
        }
        break;
    }
    case ChartLayout::Label::Marker: {
        // Along the line: first at the height asked, then down from the top, on either side.
        QList<double> heights {markerY};
        for (double y = area.top() + 2; y + h <= area.bottom(); y += h + 2)
            heights.append(y);
        for (const double y : heights) {
            add(a.x() + 4, y);
            add(a.x() - 4 - w, y);
        }
        break;
    }
    }
    return spots;
}

bool isFree(const QRectF& box, const QRectF& area, const Occupancy& taken)
{
    return area.contains(box) && !taken.meets(box, 1);
}

QPointF nearestPoint(const QRectF& box, const QPointF& p)
{
    return {std::clamp(p.x(), box.left(), box.right()), std::clamp(p.y(), box.top(), box.bottom())};
}

/// Small squares along a leader line, which later labels keep clear of as they do of the data.
QList<QRectF> alongLine(const QLineF& line)
{
    QList<QRectF> squares;
    const int samples = std::min(200, int(line.length() / 3));
    for (int i = 1; i < samples; ++i) {
        const QPointF q = line.pointAt(double(i) / samples);
        squares.append(QRectF(q.x() - 1.5, q.y() - 1.5, 3, 3));
    }
    return squares;
}

/// Whether a leader from @p anchor to @p box would cross a text or a mark other than its own point's.
bool leaderCrosses(const QPointF& anchor, const QRectF& box, const Occupancy& taken)
{
    return taken.meetsAny(alongLine(QLineF(anchor, nearestPoint(box, anchor))), anchor);
}

/// What the data itself covers, which labels keep clear of: the points of every shown graph, and bars.
QList<QRectF> dataMarks(QCustomPlot& plot, const QRectF& area)
{
    QList<QRectF> marks;
    for (int i = 0; i < plot.plottableCount(); ++i) {
        QCPAbstractPlottable* plottable = plot.plottable(i);
        if (!plottable->visible())
            continue;
        QCPAxis* keys = plottable->keyAxis();
        QCPAxis* values = plottable->valueAxis();
        if (auto* graph = qobject_cast<QCPGraph*>(plottable)) {
            QPointF previous;
            bool first = true;
            for (const QCPGraphData& point : *graph->data()) {
                const QPointF p(keys->coordToPixel(point.key), values->coordToPixel(point.value));
                if (area.contains(p))
                    marks.append(
                        QRectF(p.x() - markerRadius, p.y() - markerRadius, 2 * markerRadius, 2 * markerRadius));
                // The line between points, as small squares along it (a step goes across, then up).
                if (!first && graph->lineStyle() != QCPGraph::lsNone) {
                    const bool step = graph->lineStyle() == QCPGraph::lsStepLeft;
                    const QPointF corner = step ? QPointF(p.x(), previous.y()) : previous;
                    for (const QLineF& line : {QLineF(previous, corner), QLineF(corner, p)}) {
                        const int samples = std::min(400, int(line.length() / 4));
                        for (int i = 1; i < samples; ++i) {
                            const QPointF q = line.pointAt(double(i) / samples);
                            if (area.contains(q))
                                marks.append(QRectF(q.x() - 2, q.y() - 2, 4, 4));
                        }
                    }
                }
                previous = p;
                first = false;
            }
        } else if (auto* bars = qobject_cast<QCPBars*>(plottable)) {
            for (const QCPBarsData& bar : *bars->data()) {
                const QRectF box =
                    QRectF(QPointF(keys->coordToPixel(bar.key - bars->width() / 2), values->coordToPixel(bar.value)),
                           QPointF(keys->coordToPixel(bar.key + bars->width() / 2), values->coordToPixel(0)))
                        .normalized();
                marks.append(box.intersected(area));
            }
        }
    }
    return marks;
}

} // namespace

ChartType ChartType::forSize(const QSize& logicalSize)
{
    // Full size from about a laptop's chart panel up; down to 70 % on the smallest page Vigie exports.
    const double scale = std::clamp(std::min(logicalSize.width() / 760.0, logicalSize.height() / 430.0), 0.7, 1.0);
    ChartType type;
    type.title = scaled(type.title, scale);
    type.axisLabel = scaled(type.axisLabel, scale);
    type.tick = scaled(type.tick, scale);
    type.value = scaled(type.value, scale);
    type.legend = scaled(type.legend, scale);
    type.note = scaled(type.note, scale);
    type.event = scaled(type.event, scale);
    return type;
}

ChartLayout::ChartLayout(QCustomPlot& plot)
    : QObject(&plot)
    , m_plot(plot)
{
    connect(&plot, &QCustomPlot::afterLayout, this, &ChartLayout::placeLabels);
}

ChartLayout& ChartLayout::of(QCustomPlot& plot)
{
    if (auto* layout = plot.findChild<ChartLayout*>(QString(), Qt::FindDirectChildrenOnly))
        return *layout;
    return *new ChartLayout(plot);
}

void ChartLayout::clear()
{
    m_rows.clear();
    m_labels.clear();
    m_ticks.clear();
    m_legendShown = false;
    m_highest = 0;
    m_highestRight = 0;
    m_homeSet = false;
}

void ChartLayout::addRow(QCPTextElement* element, Row row, const QString& text, const QString& fuller)
{
    m_rows.append({element, row, text, fuller, text});
}

QString ChartLayout::shownText(Row row) const
{
    for (const TextRow& r : m_rows) {
        if (r.row == row)
            return r.shown;
    }
    return {};
}

void ChartLayout::addLabel(QCPItemText* item, Label kind, const QPointF& anchor, QCPAbstractPlottable* series)
{
    // Labels draw above the data and the lines, so that a line never runs through a label's text.
    if (!m_plot.layer(QStringLiteral("labels")))
        m_plot.addLayer(QStringLiteral("labels"), m_plot.layer(QStringLiteral("main")), QCustomPlot::limAbove);
    item->setLayer(QStringLiteral("labels"));
    item->position->setType(QCPItemPosition::ptAbsolute);
    item->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    item->setPadding(QMargins(2, 1, 2, 1));
    QCPItemLine* leader = nullptr;
    if (kind != Label::Marker) {
        leader = new QCPItemLine(&m_plot);
        leader->start->setType(QCPItemPosition::ptAbsolute);
        leader->end->setType(QCPItemPosition::ptAbsolute);
        QPen pen(item->color(), 0.8);
        leader->setPen(pen);
        leader->setVisible(false);
    }
    m_labels.append({item, leader, kind, anchor, item->text(), series});
}

void ChartLayout::setTicks(QCPAxis* axis, const QMap<double, QString>& ticks, bool wrap)
{
    m_ticks.append({axis, ticks, wrap});
    // Zooming or panning brings other ticks into view: they are chosen again, for the same width.
    connect(axis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &ChartLayout::refitTicks,
            Qt::UniqueConnection);
}

void ChartLayout::refitTicks()
{
    resetTicks(m_plot.viewport().width());
    fitTicks();
}

void ChartLayout::resetTicks(int pageWidth)
{
    for (const TextTicks& ticks : std::as_const(m_ticks)) {
        auto text = ticks.axis ? ticks.axis->ticker().dynamicCast<QCPAxisTickerText>() : nullptr;
        if (!text)
            continue;
        QMap<double, QString> labels = ticks.ticks;
        // The lanes of a timeline, beside the plot, take at most a quarter of the page's width.
        if (ticks.axis->orientation() == Qt::Vertical && ticks.wrap) {
            for (auto it = labels.begin(); it != labels.end(); ++it)
                it.value() = wrapToWidth(it.value(), ticks.axis->tickLabelFont(), std::max(60, pageWidth / 4));
        }
        text->setTicks(labels);
    }
}

void ChartLayout::setHighestValue(double highest, double highestRight)
{
    m_highest = highest;
    m_highestRight = highestRight;
}

void ChartLayout::setLegendShown(bool shown)
{
    m_legendShown = shown;
}

QFont ChartLayout::labelFont(Label kind) const
{
    switch (kind) {
    case Label::Value:
        return Typeface::font(m_type.value);
    case Label::Event:
    case Label::Marker:
        return Typeface::font(m_type.event);
    }
    return Typeface::font(m_type.value);
}

void ChartLayout::applyFonts()
{
    for (QCPAxis* axis : m_plot.axisRect()->axes()) {
        axis->setTickLabelFont(Typeface::font(m_type.tick));
        axis->setLabelFont(Typeface::font(m_type.axisLabel));
    }
    m_plot.legend->setFont(Typeface::font(m_type.legend));
    for (const TextRow& row : std::as_const(m_rows)) {
        if (row.element)
            row.element->setFont(row.row == Row::Title ? Typeface::font(m_type.title, true)
                                                       : Typeface::font(m_type.note));
    }
    for (const PlacedLabel& label : std::as_const(m_labels)) {
        if (label.item)
            label.item->setFont(labelFont(label.kind));
    }
}

void ChartLayout::placeLegend(int width)
{
    QCPLegend* legend = m_plot.legend;
    legend->setVisible(m_legendShown);
    if (!m_legendShown || legend->itemCount() == 0)
        return;
    // An entry no wider than half the page: a long name (a user's topic can be long) is abridged; the
    // chart's table and tooltips keep it whole.
    const QFontMetrics metrics(legend->font());
    for (int i = 0; i < legend->elementCount(); ++i) {
        auto* entry = qobject_cast<QCPPlottableLegendItem*>(legend->elementAt(i));
        if (!entry)
            continue;
        QCPAbstractPlottable* plottable = entry->plottable();
        if (!plottable->property(fullNameProperty).isValid())
            plottable->setProperty(fullNameProperty, plottable->name());
        const QString full = plottable->property(fullNameProperty).toString();
        plottable->setName(full);
        const QCPLayoutElement* element = entry; // the hint is public on the base class
        const int overhead = element->minimumOuterSizeHint().width() - metrics.horizontalAdvance(full);
        // Half the page at most when there are several entries, so that they share rows two by two.
        const int columnsWanted = legend->itemCount() > 1 ? 2 : 1;
        const int room = (width - 2 * rowMargin) / columnsWanted - legend->columnSpacing() - overhead;
        if (metrics.horizontalAdvance(full) > room)
            plottable->setName(
                metrics.elidedText(full, Qt::ElideRight, std::max(room, 4 * metrics.averageCharWidth())));
    }
    int widest = 0;
    int entries = 0;
    for (int i = 0; i < legend->elementCount(); ++i) {
        if (QCPLayoutElement* entry = legend->elementAt(i)) { // a wrapped grid has empty cells
            widest = std::max(widest, entry->minimumOuterSizeHint().width());
            ++entries;
        }
    }
    const int spacing = legend->columnSpacing();
    const int columns =
        std::clamp((width - 2 * rowMargin + spacing) / std::max(1, widest + spacing), 1, std::max(1, entries));
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

void ChartLayout::fit(const QSize& logicalSize)
{
    m_type = ChartType::forSize(logicalSize);
    m_plot.setViewport(QRect(QPoint(0, 0), logicalSize));
    applyFonts();
    const int textWidth = std::max(40, logicalSize.width() - 2 * rowMargin - 4);
    for (TextRow& row : m_rows) {
        if (!row.element)
            continue;
        row.shown = row.text;
        QString wrapped = wrapToWidth(row.text, row.element->font(), textWidth);
        if (!row.fuller.isEmpty()) {
            // The fuller text where it takes at most three lines and a tenth of the page's height.
            const QString fuller = wrapToWidth(row.fuller, row.element->font(), textWidth);
            const qsizetype lines = fuller.count(u'\n') + 1;
            const int height = QFontMetrics(row.element->font()).lineSpacing() * int(lines);
            if (lines <= 3 && height <= logicalSize.height() / 10) {
                wrapped = fuller;
                row.shown = row.fuller;
            }
        }
        row.element->setText(wrapped);
    }
    placeLegend(logicalSize.width());
    // Every row but the plot's keeps to its text's height: the plot takes the rest.
    QCPLayoutGrid* grid = m_plot.plotLayout();
    for (int row = 0; row < grid->rowCount(); ++row)
        grid->setRowStretchFactor(row, grid->element(row, 0) == m_plot.axisRect() ? 1.0 : 0.0001);
    resetTicks(logicalSize.width());

    // A first layout gives the plot's height, for the number of value ticks and the room above the highest
    // value for its label; a second, the plot's width.
    layOut(m_plot);
    QCPAxis* values = m_plot.yAxis;
    for (QCPAxis* axis : {m_plot.yAxis, m_plot.yAxis2}) {
        if (axis->visible() && !axis->ticker().dynamicCast<QCPAxisTickerText>()) {
            const int lineHeight = QFontMetrics(axis->tickLabelFont()).height();
            axis->ticker()->setTickCount(std::clamp(m_plot.axisRect()->height() / (3 * lineHeight), 2, 6));
        }
    }
    // Once the user has zoomed or panned the values, a new size keeps their range.
    if (m_highest > 0
        && (!m_homeSet || (values->range().lower == m_homeLower && values->range().upper == m_homeUpper))) {
        const double room = QFontMetrics(labelFont(Label::Value)).height() + 2 * labelGap + 2;
        const double share = std::min(0.5, room / std::max(1, m_plot.axisRect()->height()));
        values->setRange(0, std::max(m_highest * 1.18, m_highest / (1 - share)));
        if (m_highestRight > 0) // the right-hand axis keeps the same room above its highest value
            m_plot.yAxis2->setRange(0, std::max(m_highestRight * 1.18, m_highestRight / (1 - share)));
        m_homeLower = values->range().lower;
        m_homeUpper = values->range().upper;
        m_homeSet = true;
    }
    layOut(m_plot);
    fitTicks();
}

void ChartLayout::fitTicks()
{
    // Labels under the plot start at its left edge, clear of the value axis's labels.
    const double left = m_plot.axisRect()->left();
    const double right = m_plot.viewport().right();
    for (const TextTicks& ticks : std::as_const(m_ticks)) {
        QCPAxis* axis = ticks.axis;
        auto ticker = axis ? axis->ticker().dynamicCast<QCPAxisTickerText>() : nullptr;
        if (!ticker || axis->orientation() != Qt::Horizontal)
            continue;
        const QFontMetrics metrics(axis->tickLabelFont());
        QList<double> keys;
        for (auto it = ticks.ticks.begin(); it != ticks.ticks.end(); ++it) {
            if (axis->range().contains(it.key()))
                keys.append(it.key());
        }
        QMap<double, QString> labels;
        for (const double key : keys)
            labels.insert(key, ticks.ticks.value(key));
        if (ticks.wrap && keys.size() > 0) {
            // Categories share the width between them, each on as many lines as it needs.
            double spacing = axis->axisRect()->width();
            for (qsizetype i = 1; i < keys.size(); ++i)
                spacing =
                    std::min(spacing, std::abs(axis->coordToPixel(keys.at(i)) - axis->coordToPixel(keys.at(i - 1))));
            for (auto it = labels.begin(); it != labels.end(); ++it)
                it.value() = wrapToWidth(it.value(), axis->tickLabelFont(), std::max(20, int(spacing) - tickGap));
        }
        // Those whose label stays within the plot's width, then every k-th of them, for the smallest k at
        // which neighbours keep apart.
        QList<double> onPage;
        for (const double key : std::as_const(keys)) {
            const double centre = axis->coordToPixel(key);
            const double half = widestLine(labels.value(key), metrics) / 2.0;
            if (centre - half >= left && centre + half <= right)
                onPage.append(key);
        }
        auto fits = [&](qsizetype step) {
            double previousRight = -1e9;
            for (qsizetype i = 0; i < onPage.size(); i += step) {
                const double centre = axis->coordToPixel(onPage.at(i));
                const double half = widestLine(labels.value(onPage.at(i)), metrics) / 2.0;
                if (centre - half < previousRight + tickGap)
                    return false;
                previousRight = centre + half;
            }
            return true;
        };
        qsizetype step = 1;
        while (step < onPage.size() && !fits(step))
            ++step;
        QMap<double, QString> shown;
        for (qsizetype i = 0; i < onPage.size(); i += step)
            shown.insert(onPage.at(i), labels.value(onPage.at(i)));
        ticker->setTicks(shown);
    }
}

void ChartLayout::placeLabels()
{
    // Markers first, then values, then events, each in order; a label left without room goes first of its
    // kind in a new try, a few times, and the try that shows the most labels stays. Deterministic.
    QList<qsizetype> order;
    for (const Label kind : {Label::Marker, Label::Value, Label::Event}) {
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            if (m_labels.at(i).kind == kind)
                order.append(i);
        }
    }
    QList<qsizetype> best = order;
    qsizetype fewest = placeInOrder(order);
    for (int attempt = 0; attempt < 6 && fewest > 0; ++attempt) {
        QList<qsizetype> next;
        for (const Label kind : {Label::Marker, Label::Value, Label::Event}) {
            for (const bool promoted : {true, false}) {
                for (const qsizetype i : std::as_const(order)) {
                    if (m_labels.at(i).kind == kind && (m_unplaced.contains(i) == promoted))
                        next.append(i);
                }
            }
        }
        order = next;
        const qsizetype missing = placeInOrder(order);
        if (missing < fewest) {
            fewest = missing;
            best = order;
        }
    }
    if (best != order)
        placeInOrder(best);
}

qsizetype ChartLayout::placeInOrder(const QList<qsizetype>& order)
{
    m_unplaced.clear();
    m_abridged.clear();
    const QRectF area = QRectF(m_plot.axisRect()->rect()).adjusted(1, 1, -1, -1);
    Occupancy taken(area);
    taken.add(dataMarks(m_plot, area));
    // Values and events keep off the vertical lines of milestones and series breaks. Marker labels, placed
    // first, may cross another marker's line: they are drawn above the lines, on their own background.
    bool linesTaken = false;
    auto takeLines = [&] {
        for (const PlacedLabel& label : std::as_const(m_labels)) {
            const double x = m_plot.xAxis->coordToPixel(label.anchor.x());
            if (label.kind == Label::Marker && x >= area.left() && x <= area.right())
                taken.add(QRectF(x - 1.5, area.top(), 3, area.height()));
        }
        linesTaken = true;
    };
    for (const qsizetype index : order) {
        if (!linesTaken && m_labels.at(index).kind != Label::Marker)
            takeLines();
        switch (place(m_labels[index], area, taken)) {
        case Placement::Whole:
        case Placement::Hidden:
            break;
        case Placement::Abridged:
            m_abridged.append(index);
            break;
        case Placement::NoRoom:
            m_unplaced.append(index);
            break;
        }
    }
    // A label left out costs more than one abridged; an abridged one is tried first next time too.
    const qsizetype cost = 2 * m_unplaced.size() + m_abridged.size();
    m_unplaced.append(m_abridged);
    return cost;
}

ChartLayout::Placement ChartLayout::place(PlacedLabel& label, const QRectF& area, Occupancy& taken)
{
    QCPItemText* item = label.item;
    if (!item)
        return Placement::Hidden;
    auto hide = [&] {
        item->setVisible(false);
        if (label.leader)
            label.leader->setVisible(false);
    };
    const double x = m_plot.xAxis->coordToPixel(label.anchor.x());
    const double y = label.kind == Label::Marker ? area.top() + label.anchor.y() * area.height()
                                                 : (label.series ? label.series->valueAxis() : m_plot.yAxis)
                                                       ->coordToPixel(label.anchor.y());
    const QPointF anchor(x, y);
    // A hidden series hides its labels; a point panned out of view takes its label with it.
    if ((label.series && !label.series->visible()) || x < area.left() || x > area.right()
        || (label.kind != Label::Marker && (y < area.top() || y > area.bottom()))) {
        hide();
        return Placement::Hidden;
    }
    const QFontMetrics metrics(item->font());
    const QMargins padding = item->padding();
    QList<QString> texts {label.text};
    if (label.kind != Label::Value) { // numbers are never cut
        // Abridged, as a last resort: the full name stays in the tooltip and the table.
        const int full = metrics.horizontalAdvance(label.text);
        for (const double share : {0.7, 0.5, 0.35}) {
            const QString shorter = metrics.elidedText(label.text, Qt::ElideRight, int(full * share));
            if (shorter.size() >= 6 && !texts.contains(shorter))
                texts.append(shorter);
        }
    }
    for (const QString& text : std::as_const(texts)) {
        const QRect textBox = metrics.boundingRect(0, 0, 0, 0, Qt::TextDontClip | item->textAlignment(), text);
        const QSizeF size(textBox.width() + padding.left() + padding.right(),
                          textBox.height() + padding.top() + padding.bottom());
        for (const Spot& spot : spotsFor(label.kind, anchor, size, area, y)) {
            if (!isFree(spot.box, area, taken) || (spot.leader && leaderCrosses(anchor, spot.box, taken)))
                continue;
            item->setText(text);
            item->position->setCoords(spot.box.topLeft());
            item->setVisible(true);
            if (label.leader) {
                label.leader->setVisible(spot.leader);
                label.leader->start->setCoords(anchor);
                label.leader->end->setCoords(nearestPoint(spot.box, anchor));
            }
            taken.add(spot.box);
            if (spot.leader)
                taken.add(alongLine(QLineF(anchor, nearestPoint(spot.box, anchor))));
            return text == label.text ? Placement::Whole : Placement::Abridged;
        }
    }
    hide();
    return Placement::NoRoom;
}

} // namespace Vigie
