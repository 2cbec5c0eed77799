// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/i18n/Language.h"

namespace Vigie {

/// The kinds of place a search over everything finds, in the order the results list them.
enum class SearchKind
{
    Figure,     ///< one of Vigie's sourced figures
    YourFigure, ///< a figure the user imported
    Source,     ///< a publication figures come from
    Statement,  ///< a paragraph of the statement, in either language
    Centre,     ///< a capacity centre
    Event,      ///< a dated event of the timeline
};

/// One place found. target says where to go: "figure:KEY", "source:KEY" (a figure of that source),
/// "statement:LANG:INDEX", "map:CENTRE" or "event:KEY" (the event's figure).
struct SearchHit
{
    SearchKind kind = SearchKind::Figure;
    QString target;
    LocalizedText text;   ///< what the list shows first: a label, a name, a title, a passage
    LocalizedText detail; ///< a second line: the value and period, the publisher, the paragraph's place
};

/// The places of one kind: the first few, and how many there are in all.
struct SearchGroup
{
    SearchKind kind = SearchKind::Figure;
    qsizetype total = 0;
    QList<SearchHit> hits;
};

struct SearchResults
{
    QString query;
    QList<SearchGroup> groups; ///< the kinds with at least one hit, in SearchKind's order
    QString problem;           ///< translated: what could not be searched, or empty

    qsizetype total() const
    {
        qsizetype sum = 0;
        for (const SearchGroup& group : groups)
            sum += group.total;
        return sum;
    }
};

} // namespace Vigie
