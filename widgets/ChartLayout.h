// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QSize>
#include <QString>

class QCPAbstractPlottable;
class QCPAxis;
class QCPItemLine;
class QCPItemText;
class QCPTextElement;
class QCustomPlot;
class QFont;
class QRectF;

namespace Vigie {

class Occupancy;

/// The type sizes of a chart in logical pixels (96 per inch) for the size it is laid out at: a little
/// smaller on a small page, and never under 8 px, which is 6 pt in print.
struct ChartType {
    static constexpr int smallest = 8;

    int title = 17;
    int axisLabel = 13;
    int tick = 12;
    int value = 11;
    int legend = 11;
    int note = 11;
    int event = 10;

    static ChartType forSize(const QSize& logicalSize);
};

/// Where a chart's texts go at the size it is drawn. Before QCustomPlot lays the chart out (fit), it sizes
/// the type, wraps the title, note and footer, spreads the legend in columns under the plot, and wraps or
/// thins the tick labels; after (QCustomPlot's afterLayout), it places the value, event and marker labels
/// around their anchors, with a leader line or abridged when the room is short, so that no text leaves
/// the page or covers another. It belongs to its plot, and runs on screen and in every file alike.
class ChartLayout : public QObject {
    Q_OBJECT

public:
    enum class Row {
        Title,
        Note,
        Footer,
    };
    enum class Label {
        Value, ///< a number next to its point or bar
        Event, ///< a timeline event's name next to its diamond
        Marker, ///< a milestone or series break, along its vertical line
    };

    explicit ChartLayout(QCustomPlot& plot);
    /// The layout of @p plot, made if it has none.
    static ChartLayout& of(QCustomPlot& plot);

    /// Forgets every text it placed: the plot is being set up again.
    void clear();
    /// A row of text; @p fuller, when given, is shown instead where it takes no more than a few lines (a
    /// footer's full citations, on a page wide and tall enough).
    void addRow(QCPTextElement* element, Row row, const QString& text, const QString& fuller = {});
    /// The text a row shows at the last fit, unwrapped; empty without such a row.
    QString shownText(Row row) const;
    /// @p anchor is in plot coordinates; a Marker's y is a fraction of the plot's height. A label of a series
    /// hides with it.
    void addLabel(QCPItemText* item, Label kind, const QPointF& anchor, QCPAbstractPlottable* series = nullptr);
    /// Text ticks of @p axis, all of them: the layout shows those that fit, wrapping categories (@p wrap)
    /// onto lines, or thinning years.
    void setTicks(QCPAxis* axis, const QMap<double, QString>& ticks, bool wrap);
    void setLegendShown(bool shown);
    /// The highest value a chart from 0 shows, on the left-hand axis and on the right-hand one when it has
    /// one: the layout keeps room above it for its label.
    void setHighestValue(double highest, double highestRight = 0);

    /// Adapts type, rows, legend and ticks to @p logicalSize. Runs before every drawing at a new size.
    void fit(const QSize& logicalSize);
    ChartType type() const { return m_type; }

private:
    struct PlacedLabel {
        QPointer<QCPItemText> item;
        QPointer<QCPItemLine> leader;
        Label kind = Label::Value;
        QPointF anchor;
        QString text;
        QPointer<QCPAbstractPlottable> series;
    };
    struct TextRow {
        QPointer<QCPTextElement> element;
        Row row = Row::Title;
        QString text;
        QString fuller;
        QString shown; ///< text or fuller, as the last fit chose
    };
    struct TextTicks {
        QPointer<QCPAxis> axis;
        QMap<double, QString> ticks;
        bool wrap = false;
    };

    void applyFonts();
    void placeLegend(int width);
    void fitTicks();
    void refitTicks();
    /// Gives every text axis all its labels again; a timeline's lanes wrapped to @p pageWidth.
    void resetTicks(int pageWidth);
    void placeLabels();
    enum class Placement {
        Whole,
        Abridged,
        NoRoom, ///< hidden for want of room
        Hidden, ///< hidden with its series, or out of view
    };
    Placement place(PlacedLabel& label, const QRectF& area, Occupancy& taken);
    /// Places the labels in @p order; returns the cost of what found no room: 2 a label left out, 1 a label
    /// abridged (their indices in m_unplaced).
    qsizetype placeInOrder(const QList<qsizetype>& order);
    QFont labelFont(Label kind) const;

    QCustomPlot& m_plot;
    ChartType m_type;
    bool m_legendShown = false;
    double m_highest = 0;
    double m_highestRight = 0;
    // The value range the layout last set, to tell a user's zoom from it.
    double m_homeLower = 0;
    double m_homeUpper = 0;
    bool m_homeSet = false;
    QList<TextRow> m_rows;
    QList<PlacedLabel> m_labels;
    QList<qsizetype> m_unplaced;
    QList<qsizetype> m_abridged;
    QList<TextTicks> m_ticks;
};

} // namespace Vigie
