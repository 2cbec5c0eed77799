// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/data/Records.h"
#include "core/i18n/Language.h"

namespace Vigie {

enum class ChartKind
{
    Line,     ///< yearly values, one line per comparable segment
    Bars,     ///< categories
    Steps,    ///< a count that changes at dates (treaty parties)
    Timeline, ///< dated events, one lane per kind
};

struct ChartPoint
{
    double x = 0;
    double y = 0;
    LocalizedText label;  ///< the category or period the point stands for: "2023", "Property", "8 Nov. 2024"
    LocalizedText detail; ///< Timeline: what happened
    bool provisional = false;
    QString figureKey;
    Source source;
    bool caveat = false; ///< its figure has low confidence or a note: its label carries the caveat mark
    LocalizedText note = {}; ///< its figure's note, for the tooltip
    QList<Source> alsoFrom = {}; ///< a sum's other sources, after the one it adds most figures from
};

/// A run of points that can be compared with each other. A chart draws no line between two segments.
struct ChartSegment
{
    LocalizedText name;
    QList<ChartPoint> points;
    bool secondAxis = false; ///< read on the right-hand axis: its values are of another scale than the others'
};

/// A series break between two segments, drawn at x with its reason.
struct ChartBreak
{
    double x = 0;
    LocalizedText reason;
};

/// A dated milestone drawn as a labelled vertical line (a convention adopted, opened for signature…).
struct ChartMilestone
{
    double x = 0;
    LocalizedText label;
    Source source;
};

/// A date as a fractional year, for time axes: "2024-11-08" → 2024.85. Accepts YYYY, YYYY-MM and
/// YYYY-MM-DD (the first two at the middle of their period); returns NaN for anything else.
double fractionalYear(const QString& isoDate);

/// What a chart shows, in data terms: the core's side of a chart, with no drawing in it. Titles and labels
/// come in both languages so that any view or export can speak either without a query.
struct ChartData
{
    QString id;
    ChartKind kind = ChartKind::Line;
    LocalizedText title;
    LocalizedText xLabel;
    LocalizedText yLabel;
    LocalizedText y2Label; ///< the right-hand axis, when a segment is read on it
    LocalizedText note;    ///< shown under the chart: caveats and breaks in one sentence
    LocalizedText summary; ///< one sentence for screen readers: first, last, peak
    QString unit;          ///< "count" or "percent"
    QString dataDate;      ///< the latest period the data covers: "2025"
    QString checked;       ///< when the dataset was last checked (ISO): its footer's "data as of"; empty for
                           ///< a chart of the user's own figures
    QList<ChartSegment> segments;
    QList<ChartBreak> breaks;
    QList<ChartMilestone> milestones;
    QList<LocalizedText> lanes; ///< Timeline: the name of each lane, by y index

    /// Distinct sources of every point, in order of first use.
    QList<Source> sources() const;
    int pointCount() const;
};

} // namespace Vigie
