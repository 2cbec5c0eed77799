// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/charts/ChartData.h"
#include "widgets/ChartTheme.h"

class QCustomPlot;
class QLabel;
class QMouseEvent;
class QStackedWidget;
class QTableView;
class QShortcut;
class QToolButton;

namespace Vigie {

class ChartRenderer;
class ChartTableModel;

/// One chart on screen: the QCustomPlot drawing, a table of the same numbers (a toggle), tooltips with
/// each point's value and source, zoom and pan with a reset. It retranslates itself on LanguageChange.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(const ChartRenderer& renderer, QWidget* parent = nullptr);
    ~ChartView() override;

    void setChart(const ChartData& chart);
    const ChartData& chart() const { return m_chart; }
    bool hasChart() const { return !m_chart.id.isEmpty(); }

    /// Ctrl+T toggles this chart's table only while the focus is in the chart: for a page that shows several
    /// charts, where one key for the whole window would be ambiguous and do nothing.
    void setTableKeyLocal(bool local);

    /// The language the view draws in: the application's current one.
    Language language() const;

    /// The chart's plot, laid out: a hidden view draws when first shown, or when asked for its plot.
    QCustomPlot* plot() const;
    /// The plot's size on screen, without drawing it.
    QSize plotSize() const;
    /// The chart's table, made when first asked for: most charts are never read as a table.
    QTableView* tableView() const;
    bool isTableShown() const;

    /// The tooltip text for the point nearest to @p pos (plot coordinates), or an empty string.
    QString toolTipAt(const QPoint& pos) const;
    /// The shown point nearest @p pos within the hover radius (anywhere over a bar), or nullptr.
    const ChartPoint* pointAt(const QPoint& pos, const ChartSegment** segment = nullptr) const;

    /// Marks the point of the figure @p figureKey, a ring in the focus colour, and selects its row in the
    /// table: where a search leads. The mark stays until another chart is set. False if no point shows it.
    bool showPoint(const QString& figureKey);
    /// Gives the focus to what the view shows: the plot, or its table.
    void focusChart(Qt::FocusReason reason);
    /// The figure whose point is marked, or an empty string.
    QString shownPoint() const { return m_shownPoint; }

public slots:
    void setTableShown(bool shown);
    void resetZoom();

signals:
    void exportRequested();
    void copyRequested();
    /// Copy citation, on a point: the key of the figure the point shows.
    void citationRequested(const QString& figureKey);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QShortcut* m_localTableKey = nullptr; ///< set by setTableKeyLocal()
    bool isSegmentShown(int segment) const;
    /// The pixels of @p point's bar, on a bar chart.
    QRectF barAt(const ChartPoint& point) const;
    void retranslate();
    void redraw();
    /// Lays the chart out for the plot's size and paints it.
    void draw();
    /// Draws now if a draw waits for the view to be shown: what the plot says is then up to date.
    void drawIfPending() const;
    void showContextMenu(const QPoint& pos);
    /// Draws showPoint()'s ring on the plot just set up.
    void markShownPoint();
    /// Selects showPoint()'s row in the table, if it has been made.
    void selectShownRow();

    const ChartRenderer& m_renderer;
    ChartData m_chart;
    ChartTableModel* m_model;
    QStackedWidget* m_stack;
    QCustomPlot* m_plot;
    mutable QTableView* m_table = nullptr; ///< made by tableView(), a cache

    QToolButton* m_tableButton;
    QToolButton* m_resetButton;
    QToolButton* m_exportButton;
    bool m_drawnDark = false; ///< the theme the chart was last drawn in
    bool m_drawPending = false; ///< asked to draw while hidden: drawn when shown, at its size
    QString m_shownPoint; ///< the figure whose point showPoint() marked
};

} // namespace Vigie
