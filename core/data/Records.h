// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/// A publication that figures come from.
struct Source
{
    QString id;
    QString publisher;
    QString title;
    QString url;
    QString published;
    QString language;
    QString cites;          ///< the original report when this source relays it
    LocalizedText shortName; ///< for footers: "COMCYBER-MI, rapport 2024"
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
    bool userData = false; ///< imported by the user, not part of Vigie's sourced dataset
};

/// The sum of the numeric figures (unit "count") in one group: a year, or a topic.
struct Total
{
    QString group;
    int figures = 0;
    double sum = 0;
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
};

} // namespace Vigie
