// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCatalog.h"

#include <algorithm>

#include <QCoreApplication>

#include "data/ThreatDatabase.h"
#include "i18n/NumberFormat.h"
#include "i18n/Translations.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::ChartCatalog";
const QString offencesByYearId = QStringLiteral("offences-by-year");
const QString offencesByCategoryId = QStringLiteral("offences-by-category-2023");
const QString offences2023Id = QStringLiteral("offences-2023");
} // namespace

ChartCatalog::ChartCatalog(const ThreatDatabase& database, const Translations& translations)
    : m_database(database)
    , m_translations(translations)
{
}

QStringList ChartCatalog::chartIds()
{
    return {offencesByYearId, offencesByCategoryId};
}

QStringList ChartCatalog::kpiIds()
{
    return {offences2023Id};
}

LocalizedText ChartCatalog::localized(const char* sourceText) const
{
    return m_translations.both(context, sourceText);
}

std::optional<ChartData> ChartCatalog::chart(const QString& id) const
{
    if (id == offencesByYearId)
        return offencesByYear();
    if (id == offencesByCategoryId)
        return offencesByCategory();
    return std::nullopt;
}

std::optional<ChartData> ChartCatalog::offencesByYear() const
{
    const std::optional<Series> series = m_database.series(QStringLiteral("offences.recorded"));
    if (!series || series->points.isEmpty())
        return std::nullopt;

    ChartData chart;
    chart.id = offencesByYearId;
    chart.kind = ChartKind::Line;
    chart.unit = series->unit;
    chart.title = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Digital offences recorded in France"));
    chart.xLabel = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Year"));
    chart.yLabel = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Recorded offences"));

    for (const SeriesPoint& p : series->points) {
        if (chart.segments.isEmpty() || p.breakBefore) {
            if (p.breakBefore && !chart.segments.isEmpty())
                chart.breaks.append({p.year - 0.5, p.breakReason});
            chart.segments.append({p.segment.isEmpty() ? series->label : p.segment, {}});
        }
        const QString year = QString::number(p.year);
        chart.segments.last().points.append({double(p.year), p.value, {year, year}, p.provisional, p.figureKey,
                                             p.source});
    }
    chart.dataDate = QString::number(series->points.last().year);

    const bool anyProvisional = std::any_of(series->points.cbegin(), series->points.cend(),
                                            [](const SeriesPoint& p) { return p.provisional; });
    const SeriesPoint& first = series->points.first();
    const SeriesPoint& last = series->points.last();
    for (Language language : allLanguages()) {
        const NumberFormat format(language);
        QString note = m_translations.translate(
            language, context,
            QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                              "Dashed lines mark series breaks: values on either side of a break are not comparable."));
        if (anyProvisional)
            note += u' '
                + m_translations.translate(language, context,
                                           QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Hollow points are provisional."));
        (language == Language::French ? chart.note.french : chart.note.english) = note;

        const QString summary
            = m_translations
                  .translate(language, context,
                             QT_TRANSLATE_N_NOOP("Vigie::ChartCatalog",
                                                 "From %1 in %2 to %3 in %4, with %n series break(s): values on "
                                                 "either side of a break are not comparable."),
                             nullptr, int(chart.breaks.size()))
                  .arg(format.integer(first.value), format.year(first.year), format.integer(last.value),
                       format.year(last.year));
        (language == Language::French ? chart.summary.french : chart.summary.english) = summary;
    }
    return chart;
}

std::optional<ChartData> ChartCatalog::offencesByCategory() const
{
    // Short names for the axis; the figures' own labels, with their full wording, are in the tooltips.
    const struct
    {
        const char* key;
        const char* name;
    } categories[] = {
        {"offences.category.property.2023", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Property")},
        {"offences.category.persons.2023", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Persons")},
        {"offences.category.institutions.2023", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Institutions")},
        {"offences.category.legislation.2023",
         QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Digital-specific legislation")},
    };
    ChartData chart;
    chart.id = offencesByCategoryId;
    chart.kind = ChartKind::Bars;
    chart.unit = QStringLiteral("count");
    chart.title = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Digital offences by category, 2023"));
    chart.xLabel = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Offences against"));
    chart.yLabel = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Recorded offences"));
    chart.dataDate = QStringLiteral("2023");
    ChartSegment segment{localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Recorded offences")), {}};
    double total = 0;
    for (const auto& category : categories) {
        const auto figure = m_database.figure(QString::fromLatin1(category.key));
        if (!figure || !figure->number)
            return std::nullopt;
        total += *figure->number;
        segment.points.append({double(segment.points.size() + 1), *figure->number, localized(category.name), false,
                               figure->key, figure->source});
    }
    chart.segments.append(segment);
    const ChartPoint& largest = *std::max_element(segment.points.cbegin(), segment.points.cend(),
                                                  [](const ChartPoint& a, const ChartPoint& b) { return a.y < b.y; });
    for (Language language : allLanguages()) {
        const NumberFormat format(language);
        (language == Language::French ? chart.note.french : chart.note.english)
            = m_translations
                  .translate(language, context,
                             QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                               "The four categories add up to the %1 digital offences recorded in "
                                               "2023 (SSMSI)."))
                  .arg(format.integer(total));
        (language == Language::French ? chart.summary.french : chart.summary.english)
            = m_translations
                  .translate(language, context,
                             QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                               "The largest category is “%3”: %1 of the %2 digital offences "
                                               "of 2023."))
                  .arg(format.integer(largest.y), format.integer(total), largest.label.text(language));
    }
    return chart;
}

std::optional<Kpi> ChartCatalog::kpi(const QString& id) const
{
    if (id != offences2023Id)
        return std::nullopt;
    const std::optional<Figure> total = m_database.figure(QStringLiteral("offences.total.2023"));
    if (!total)
        return std::nullopt;
    Kpi kpi;
    kpi.id = id;
    kpi.title = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Digital offences recorded in 2023"));
    kpi.figure = *total;
    kpi.change = m_database.figure(QStringLiteral("offences.growth_5y.2023"));
    kpi.changeCaption = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "%1 in five years"));
    return kpi;
}

} // namespace Vigie
