// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/i18n/Language.h"

namespace Vigie {

/// How far a figure can be trusted, as the research graded it.
enum class Confidence
{
    High,
    Medium,
    Low,
};

Confidence confidenceFromText(const QString& text);

/// How a source stands (schema version 4's source_detail), from the research's judgement.
enum class SourceQuality
{
    Unknown, ///< not graded: a user's source, or a database made before grades existed
    Primary, ///< the publisher's own document
    Press, ///< a newspaper or an agency, in its own name
    Relay, ///< a reprint or a mirror of another's text
    Weak, ///< a forum, a content farm, a machine translation, an automated site, a personal blog
};

SourceQuality sourceQualityFromText(const QString& text);

/// A publication that figures come from. As a figure's source, it is the primary publication; when the
/// quoted text was read through a relay or a mirror, @c via is that relay.
struct Source
{
    QString id;
    QString publisher;
    QString title;
    QString url;
    QString published; ///< ISO date, year-month or year; empty when unknown
    QString language;
    LocalizedText shortName; ///< the publisher's short name, for short citations: "SSMSI"
    QString accessed; ///< when its text was read (ISO), or empty when not recorded
    SourceQuality quality = SourceQuality::Unknown;
    std::shared_ptr<const Source> via; ///< the relay the text was read through, for this figure

    /// Whether the citation rests on a weak source: the publication, or the relay its text was read through.
    bool restsOnWeak() const
    {
        return quality == SourceQuality::Weak || (via && via->quality == SourceQuality::Weak);
    }
    /// The page to open: the publication's, or else the relay's where its text was read.
    const QString& link() const { return url.isEmpty() && via ? via->url : url; }
};

/// One sourced figure, as the database stores it.
struct Figure
{
    QString key;
    QString topic;
    QString value;
    std::optional<double> number;
    QString unit;
    QString period;
    LocalizedText label;
    Confidence confidence = Confidence::Medium;
    QString quote;
    LocalizedText note;
    Source source;
    /// The value as each language writes it: a pattern where %1 is the number ("$%1"), or a text; empty
    /// when the database says nothing (a user's figure), and the value is then shown as stored.
    LocalizedText valueText;
    LocalizedText unitText; ///< what the number counts, in each language, or empty
    LocalizedText periodText; ///< the period in words where it is not a date or a year, or empty
    bool userData = false; ///< imported by the user, not part of Vigie's sourced dataset
};

/// Facts about the dataset itself (schema version 4's dataset table).
struct DatasetInfo
{
    QString version; ///< "2026.1"
    QString checked; ///< ISO date its figures were last checked against their sources
};

/// The sum of the numeric figures (unit "count") in one group: a year, or a topic.
struct Total
{
    QString group;
    int figures = 0;
    double sum = 0;
};

/// One source of a sum (figure_total_source): how many of its figures the sum adds, and how many of those
/// have low confidence.
struct TotalSource
{
    QString year;
    int figures = 0;
    int low = 0;
    Source source;
};

/// A point of a yearly series. breakBefore says that it cannot be compared with the points before it.
struct SeriesPoint
{
    int year = 0;
    double value = 0;
    QString figureKey;
    bool breakBefore = false;
    LocalizedText segment;     ///< name of the segment this point opens (set when breakBefore)
    LocalizedText breakReason; ///< why the series breaks here (set when breakBefore)
    bool provisional = false;
    Source source;
    bool caveat = false; ///< its figure has low confidence or a note
    LocalizedText note;  ///< its figure's note
};

struct Series
{
    QString id;
    LocalizedText label;
    QString unit;
    QList<SeriesPoint> points; ///< by year
};

/// One line of a capacity centre's record: "Inaugurated: 6 November 2018", with its source.
struct CentreFact
{
    QString key;         ///< the figure it comes from
    LocalizedText label; ///< "Inaugurated"
    LocalizedText value; ///< "6 November 2018"
    Confidence confidence = Confidence::Medium;
    Source source;
};

/// A capacity centre that France backs (ENVR Dakar, WB3C Podgorica).
struct Centre
{
    QString id;              ///< "envr", "wb3c"
    LocalizedText name;      ///< full name
    LocalizedText shortName; ///< "ENVR", "WB3C"
    LocalizedText city;
    QString countryIso3; ///< "SEN", "MNE"
    double latitude = 0;
    double longitude = 0;
    QStringList partnerIso3;     ///< founding or funding states
    QStringList beneficiaryIso3; ///< states it serves or trains
    QList<CentreFact> facts;     ///< dates, partners, figures, in display order
};

/// A state's status towards a treaty ("ETS 185", "UNCC").
struct TreatyStatus
{
    QString treaty;
    QString iso3;
    LocalizedText state;
    QString signature;      ///< ISO date or empty
    QString ratification;   ///< ISO date or empty (ratification or accession)
    QString entryIntoForce; ///< ISO date or empty
    QString statusAsOf;
    Confidence confidence = Confidence::Medium;
    Source source;

    bool isParty() const { return !ratification.isEmpty() || !entryIntoForce.isEmpty(); }
};

/// A dated event for the timeline: a hospital attack, a UN meeting, a treaty milestone, a centre opening.
struct Event
{
    QString key;
    QString date; ///< ISO, "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only that is known
    QString kind; ///< "hospital", "un", "treaty", "centre", "policy"
    LocalizedText title;
    Confidence confidence = Confidence::Medium;
    QString quote;
    Source source;
    QString figureKey; ///< the figure it rests on, which Copy citation cites
};

} // namespace Vigie
