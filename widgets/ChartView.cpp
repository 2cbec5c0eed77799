// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ChartView.h"

#include <utility>

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QResizeEvent>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "core/charts/ChartCatalog.h"
#include "core/charts/ChartTableModel.h"
#include "core/i18n/CitationFormat.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "widgets/ChartRenderer.h"
#include "widgets/design/AccessibleRoles.h"
#include "widgets/design/FocusMark.h"
#include "widgets/design/Theme.h"

namespace Vigie {

namespace {
constexpr double hoverRadius = 14.0;
}

ChartView::ChartView(const ChartRenderer& renderer, QWidget* parent)
    : QWidget(parent)
    , m_renderer(renderer)
    , m_model(new ChartTableModel(renderer.translations(), this))
    , m_stack(new QStackedWidget(this))
    , m_plot(new QCustomPlot(this))
    , m_tableButton(new QToolButton(this))
    , m_resetButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
{
    AccessibleRoles::install(); // the plot reads as a chart
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMinimumSize(320, 220);
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    FocusMark::follow(m_plot); // QCustomPlot draws nothing for the focus; exports draw their own plot
    connect(m_plot, &QWidget::customContextMenuRequested, this, &ChartView::showContextMenu);
    // A click on a legend entry hides or shows its series.
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*) {
        if (auto* entry = qobject_cast<QCPPlottableLegendItem*>(item)) {
            // The series with its provisional points; its labels follow (ChartLayout).
            const bool shown = !entry->plottable()->visible();
            const int segment = ChartRenderer::segmentOf(entry->plottable());
            for (int i = 0; i < m_plot->plottableCount(); ++i) {
                QCPAbstractPlottable* plottable = m_plot->plottable(i);
                if (plottable == entry->plottable() || (segment >= 0 && ChartRenderer::segmentOf(plottable) == segment))
                    plottable->setVisible(shown);
            }
            entry->setTextColor(shown ? m_plot->legend->textColor() : QColor(Qt::gray));
            m_plot->replot();
        }
    });

    m_stack->addWidget(m_plot);

    m_tableButton->setCheckable(true);
    m_tableButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_tableButton, &QToolButton::toggled, this, &ChartView::setTableShown);
    connect(m_resetButton, &QToolButton::clicked, this, &ChartView::resetZoom);
    connect(m_exportButton, &QToolButton::clicked, this, &ChartView::exportRequested);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch();
    buttons->addWidget(m_tableButton);
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    m_plot->setBackground(palette().color(QPalette::Base)); // the card's colour until the chart comes
    retranslate();
}

ChartView::~ChartView() = default;

Language ChartView::language() const
{
    return languageForLocale(QLocale());
}

void ChartView::setChart(const ChartData& chart)
{
    if (chart.id != m_chart.id)
        m_shownPoint.clear();
    m_chart = chart;
    m_model->setChart(chart);
    redraw();
}

QTableView* ChartView::tableView() const
{
    if (m_table)
        return m_table;
    // Made on demand: setting a model up measures its headers, which cost start-up two milliseconds a chart
    // for a table that is hidden behind the plot.
    m_table = new QTableView(m_stack);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(m_chart.title.text(language()));
    m_table->resizeColumnsToContents();
    m_stack->addWidget(m_table);
    const_cast<ChartView*>(this)->selectShownRow();
    return m_table;
}

bool ChartView::isTableShown() const
{
    return m_table && m_stack->currentWidget() == m_table;
}

void ChartView::setTableShown(bool shown)
{
    m_stack->setCurrentWidget(shown ? static_cast<QWidget*>(tableView()) : m_plot);
    m_tableButton->setChecked(shown);
    m_resetButton->setEnabled(!shown);
}

void ChartView::resetZoom()
{
    redraw();
}

void ChartView::redraw()
{
    const Language lang = language();
    m_model->setLanguage(lang);
    if (!hasChart())
        return;
    m_plot->setAccessibleName(m_chart.title.text(lang));
    m_plot->setAccessibleDescription(m_chart.summary.text(lang));
    if (m_table) {
        m_table->setAccessibleName(m_chart.title.text(lang));
        m_table->resizeColumnsToContents();
    }
    // A hidden plot (a page being built, a tab behind another) is laid out once it is shown and has its
    // size: laying it out now, and again at its size, cost start-up a tenth of its time.
    if (!m_plot->isVisible()) {
        m_drawPending = true;
        return;
    }
    draw();
}

QCustomPlot* ChartView::plot() const
{
    drawIfPending();
    return m_plot;
}

QSize ChartView::plotSize() const
{
    return m_plot->size();
}

void ChartView::drawIfPending() const
{
    if (m_drawPending)
        const_cast<ChartView*>(this)->draw(); // a cache filled on demand: the chart shown does not change
}

void ChartView::draw()
{
    m_drawPending = false;
    m_drawnDark = Theme::isDark(palette());
    m_renderer.setUp(*m_plot, m_chart, language(), Theme::chartTheme(palette()));
    markShownPoint();
    m_plot->replot();
}

bool ChartView::showPoint(const QString& figureKey)
{
    const int row = m_model->rowOf(figureKey);
    if (figureKey.isEmpty() || row < 0)
        return false;
    m_shownPoint = figureKey;
    selectShownRow();
    redraw();
    return true;
}

void ChartView::selectShownRow()
{
    const int row = m_model->rowOf(m_shownPoint);
    if (!m_table || m_shownPoint.isEmpty() || row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void ChartView::focusChart(Qt::FocusReason reason)
{
    m_stack->currentWidget()->setFocus(reason);
}

void ChartView::markShownPoint()
{
    if (m_shownPoint.isEmpty())
        return;
    for (const ChartSegment& segment : std::as_const(m_chart.segments)) {
        for (const ChartPoint& point : segment.points) {
            if (point.figureKey != m_shownPoint)
                continue;
            // A ring of fixed pixels at the point's coordinates: it follows zoom and pan.
            auto* ring = new QCPItemTracer(m_plot);
            ring->setObjectName(QStringLiteral("shownPoint"));
            ring->position->setAxes(m_plot->xAxis, segment.secondAxis ? m_plot->yAxis2 : m_plot->yAxis);
            ring->position->setCoords(point.x, point.y);
            ring->setStyle(QCPItemTracer::tsCircle);
            ring->setSize(16); // inside the gap the layout leaves between a point and its label
            ring->setPen(QPen(Theme::focus(palette()), 2.5));
            ring->setBrush(Qt::NoBrush);
            ring->setClipToAxisRect(true);
            return;
        }
    }
}

void ChartView::setTableKeyLocal(bool local)
{
    if (local == (m_localTableKey != nullptr))
        return;
    if (local) {
        m_tableButton->setShortcut(QKeySequence());
        m_localTableKey = new QShortcut(QKeySequence(tr("Ctrl+T")), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(m_localTableKey, &QShortcut::activated, m_tableButton, &QToolButton::toggle);
    } else {
        delete std::exchange(m_localTableKey, nullptr);
        m_tableButton->setShortcut(QKeySequence(tr("Ctrl+T")));
    }
}

void ChartView::retranslate()
{
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the chart's numbers as a table (Ctrl+T)"));
    if (m_localTableKey)
        m_localTableKey->setKey(QKeySequence(tr("Ctrl+T")));
    else
        m_tableButton->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(tr("Show the whole chart again after zooming or panning"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save this chart as an image or a document"));
    redraw();
}

void ChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Until its chart comes, the plot is the colour of its card, not QCustomPlot's white on a dark window.
    if (event->type() == QEvent::PaletteChange && !hasChart())
        m_plot->setBackground(palette().color(QPalette::Base));
    // A new theme: the chart's colours follow the window's (a palette change within one theme redraws nothing).
    if (event->type() == QEvent::PaletteChange && Theme::isDark(palette()) != m_drawnDark)
        redraw();
    QWidget::changeEvent(event);
}

bool ChartView::isSegmentShown(int segment) const
{
    drawIfPending();
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        if (ChartRenderer::segmentOf(m_plot->plottable(i)) == segment)
            return m_plot->plottable(i)->visible();
    }
    return true;
}

QRectF ChartView::barAt(const ChartPoint& point) const
{
    drawIfPending();
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        if (auto* bars = qobject_cast<QCPBars*>(m_plot->plottable(i))) {
            const double half = bars->width() / 2;
            return QRectF(QPointF(m_plot->xAxis->coordToPixel(point.x - half), m_plot->yAxis->coordToPixel(point.y)),
                          QPointF(m_plot->xAxis->coordToPixel(point.x + half), m_plot->yAxis->coordToPixel(0)))
                .normalized();
        }
    }
    return {};
}

const ChartPoint* ChartView::pointAt(const QPoint& pos, const ChartSegment** segmentOut) const
{
    drawIfPending();
    if (!hasChart())
        return nullptr;
    double best = hoverRadius;
    const ChartPoint* found = nullptr;
    const ChartSegment* foundSegment = nullptr;
    for (qsizetype s = 0; s < m_chart.segments.size(); ++s) {
        if (!isSegmentShown(int(s)))
            continue; // a series hidden from the legend answers nothing
        const ChartSegment& segment = m_chart.segments.at(s);
        for (const ChartPoint& point : segment.points) {
            // A segment of another scale is read on the right-hand axis.
            const QCPAxis* values = segment.secondAxis ? m_plot->yAxis2 : m_plot->yAxis;
            const QPointF pixel(m_plot->xAxis->coordToPixel(point.x), values->coordToPixel(point.y));
            double distance = QLineF(pixel, QPointF(pos)).length();
            if (m_chart.kind == ChartKind::Bars && barAt(point).contains(QPointF(pos)))
                distance = 0; // anywhere over a bar, not only at its top
            if (distance < best) {
                best = distance;
                found = &point;
                foundSegment = &segment;
            }
        }
    }
    if (segmentOut)
        *segmentOut = foundSegment;
    return found;
}

QString ChartView::toolTipAt(const QPoint& pos) const
{
    if (!hasChart())
        return {};
    const Language lang = language();
    const NumberFormat format(lang);
    const ChartSegment* foundSegment = nullptr;
    const ChartPoint* found = pointAt(pos, &foundSegment);
    if (found) {
        // Data may come from a user's file: escape everything before it reaches rich text.
        // A timeline's point is an event: its whole name (the chart may show it abridged) and its date.
        const QString what =
            m_chart.kind == ChartKind::Timeline ? found->detail.text(lang) : format.value(found->y, m_chart.unit);
        QString text = QStringLiteral("<b>%1</b> — %2<br/>%3")
                           .arg(found->label.text(lang).toHtmlEscaped(), what.toHtmlEscaped(),
                                foundSegment->name.text(lang).toHtmlEscaped());
        if (found->provisional)
            text += QStringLiteral("<br/><i>%1</i>").arg(tr("Provisional figure"));
        if (found->caveat && !found->note.text(lang).isEmpty())
            text += QStringLiteral("<br/><small>%1 %2</small>")
                        .arg(FigureText::caveatMark(), found->note.text(lang).toHtmlEscaped());
        // The user's own figures say so, and a sum names every source it adds up.
        const QString source = CitationFormat(lang).full(found->source);
        text += QStringLiteral("<br/>%1").arg(
            (m_chart.id == ChartCatalog::userFiguresId() ? tr("Source: %1 (your data)").arg(source)
                                                         : tr("Source: %1").arg(source))
                .toHtmlEscaped());
        for (const Source& other : found->alsoFrom)
            text += QStringLiteral("<br/>%1").arg(tr("and %1").arg(CitationFormat(lang).full(other)).toHtmlEscaped());
        return text;
    }
    for (const ChartBreak& chartBreak : m_chart.breaks) {
        if (std::abs(m_plot->xAxis->coordToPixel(chartBreak.x) - pos.x()) < 6)
            return QStringLiteral("<b>%1</b><br/>%2")
                .arg(tr("Series break"), chartBreak.reason.text(lang).toHtmlEscaped());
    }
    return {};
}

bool ChartView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && event->type() == QEvent::Resize && hasChart() && !m_drawPending)
        ChartRenderer::fit(*m_plot, static_cast<QResizeEvent*>(event)->size()); // before QCustomPlot replots
    if (watched == m_plot && event->type() == QEvent::Show && m_drawPending)
        draw(); // after the pending resize: at the size it is shown at
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, m_plot);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChartView::showContextMenu(const QPoint& pos)
{
    QMenu menu(this);
    menu.addAction(tr("Export…"), this, &ChartView::exportRequested);
    menu.addAction(tr("Copy image"), this, &ChartView::copyRequested);
    menu.addSeparator();
    QAction* table = menu.addAction(tr("Show as table"));
    table->setCheckable(true);
    table->setChecked(isTableShown());
    connect(table, &QAction::toggled, this, &ChartView::setTableShown);
    menu.addAction(tr("Reset zoom"), this, &ChartView::resetZoom);
    // On a point: its citation, as the Sources page and the exports give it.
    if (const ChartPoint* point = pointAt(pos); point && !point->figureKey.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Copy &Citation"), this,
                       [this, key = point->figureKey] { emit citationRequested(key); });
    }
    menu.exec(m_plot->mapToGlobal(pos));
}

} // namespace Vigie
