// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "i18n/Language.h"

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

} // namespace Vigie
