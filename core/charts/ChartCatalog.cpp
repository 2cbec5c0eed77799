// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/ChartCatalog.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <QCoreApplication>

#include "core/data/ThreatDatabase.h"
#include "core/data/TreatyDates.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/TopicNames.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::ChartCatalog";
const QString offencesByYearId = QStringLiteral("offences-by-year");
const QString offencesByCategoryId = QStringLiteral("offences-by-category-2023");
const QString ransomwareId = QStringLiteral("anssi-ransomware");
const QString budapestId = QStringLiteral("budapest-parties");
const QString timelineId = QStringLiteral("events-timeline");
const QString healthIncidentsId = QStringLiteral("health-incidents");
const QString ransomwareKpiId = QStringLiteral("anssi-ransomware-2023");
const QString budapestKpiId = QStringLiteral("budapest-parties");
const QString unKpiId = QStringLiteral("uncc-signatories");

const QString offences2023Id = QStringLiteral("offences-2023");
const QString userFiguresChartId = QStringLiteral("your-figures");
constexpr int userTopicsShown = 6; // more lines than this cannot be told apart

/// A text made once per language, from a function given the language and its number format: each chart
/// writes its note or summary once.
LocalizedText inEachLanguage(const std::function<QString(Language, const NumberFormat&)>& make)
{
    LocalizedText text;
    for (Language language : allLanguages())
        (language == Language::French ? text.french : text.english) = make(language, NumberFormat(language));
    return text;
}
} // namespace

ChartCatalog::ChartCatalog(const ThreatDatabase& database, const Translations& translations)
    : m_database(database)
    , m_translations(translations)
    , m_checked(database.dataset().checked) // the embedded data does not change: read once, not per chart
{
}

QStringList ChartCatalog::chartIds()
{
    return {offencesByYearId, offencesByCategoryId, ransomwareId, healthIncidentsId, budapestId, timelineId};
}

QList<ChartData> ChartCatalog::charts() const
{
    QList<ChartData> result;
    for (const QString& id : chartIds()) {
        if (const auto found = chart(id))
            result.append(*found);
    }
    return result;
}

QStringList ChartCatalog::kpiIds()
{
    return {offences2023Id, ransomwareKpiId, budapestKpiId, unKpiId};
}

ChartData ChartCatalog::newChart(const QString& id, ChartKind kind, const QString& unit, const char* title,
                                 const char* xLabel, const char* yLabel) const
{
    ChartData chart;
    chart.id = id;
    chart.kind = kind;
    chart.unit = unit;
    chart.checked = m_checked;
    chart.title = localized(title);
    chart.xLabel = localized(xLabel);
    if (yLabel)
        chart.yLabel = localized(yLabel);
    return chart;
}

LocalizedText ChartCatalog::localized(const char* sourceText) const
{
    return m_translations.both(context, sourceText);
}

std::optional<ChartData> ChartCatalog::chart(const QString& id) const
{
    {
        const QMutexLocker lock(&m_builtLock);
        if (const auto found = m_built.constFind(id); found != m_built.cend())
            return *found;
    }
    std::optional<ChartData> built = withCaveatNote(build(id));
    const QMutexLocker lock(&m_builtLock);
    m_built.insert(id, built);
    return built;
}

std::optional<ChartData> ChartCatalog::withCaveatNote(std::optional<ChartData> chart) const
{
    // A page or a slide carries its own key to the caveat mark: the reader may never see a tooltip.
    if (!chart)
        return chart;
    const bool marked = std::any_of(chart->segments.cbegin(), chart->segments.cend(), [](const ChartSegment& s) {
        return std::any_of(s.points.cbegin(), s.points.cend(), [](const ChartPoint& p) { return p.caveat; });
    });
    if (!marked)
        return chart;
    const LocalizedText key = localized(QT_TRANSLATE_NOOP(
        "Vigie::ChartCatalog", "* A caveat: the figure's note is in its tooltip, its table and the Sources page."));
    for (const Language language : {Language::English, Language::French}) {
        QString& note = language == Language::French ? chart->note.french : chart->note.english;
        note = note.isEmpty() ? key.text(language) : note + u' ' + key.text(language);
    }
    return chart;
}

std::optional<ChartData> ChartCatalog::build(const QString& id) const
{
    if (id == offencesByYearId)
        return offencesByYear();
    if (id == offencesByCategoryId)
        return offencesByCategory();
    if (id == ransomwareId)
        return ransomware();
    if (id == healthIncidentsId)
        return healthIncidents();
    if (id == budapestId)
        return budapestParties();
    if (id == timelineId)
        return timeline();
    return std::nullopt;
}

std::optional<ChartData> ChartCatalog::offencesByYear() const
{
    const std::optional<Series> series = m_database.series(QStringLiteral("offences.recorded"));
    if (!series || series->points.isEmpty())
        return std::nullopt;

    ChartData chart = newChart(offencesByYearId, ChartKind::Line, series->unit,
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Digital offences recorded in France"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Year"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Recorded offences"));

    for (const SeriesPoint& p : series->points) {
        if (chart.segments.isEmpty() || p.breakBefore) {
            if (p.breakBefore && !chart.segments.isEmpty())
                chart.breaks.append({p.year - 0.5, p.breakReason});
            chart.segments.append({p.segment.isEmpty() ? series->label : p.segment, {}});
        }
        const QString year = QString::number(p.year);
        chart.segments.last().points.append(
            {double(p.year), p.value, {year, year}, {}, p.provisional, p.figureKey, p.source, p.caveat, p.note});
    }
    chart.dataDate = QString::number(series->points.last().year);

    const bool anyProvisional =
        std::any_of(series->points.cbegin(), series->points.cend(), [](const SeriesPoint& p) { return p.provisional; });
    const SeriesPoint& first = series->points.first();
    const SeriesPoint& last = series->points.last();
    chart.note = inEachLanguage([&](Language language, const NumberFormat&) {
        QString note = m_translations.translate(
            language, context,
            QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                              "Dashed lines mark series breaks: values on either side of a break are not comparable."));
        if (anyProvisional)
            note += u' '
                + m_translations.translate(language, context,
                                           QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Hollow points are provisional."));
        return note;
    });
    chart.summary = inEachLanguage([&](Language language, const NumberFormat& format) {
        return m_translations
            .translate(language, context,
                       QT_TRANSLATE_N_NOOP("Vigie::ChartCatalog",
                                           "From %1 in %2 to %3 in %4, with %n series break(s): values on "
                                           "either side of a break are not comparable."),
                       nullptr, int(chart.breaks.size()))
            .arg(format.integer(first.value), format.year(first.year), format.integer(last.value),
                 format.year(last.year));
    });
    return chart;
}

std::optional<ChartData> ChartCatalog::offencesByCategory() const
{
    // Short names for the axis; the figures' own labels, with their full wording, are in the tooltips.
    const struct {
        const char* key;
        const char* name;
    } categories[] = {
        {"offences.category.property.2023", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Property")},
        {"offences.category.persons.2023", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Persons")},
        {"offences.category.institutions.2023", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Institutions")},
        {"offences.category.legislation.2023",
         QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Digital-specific legislation")},
    };
    ChartData chart = newChart(offencesByCategoryId, ChartKind::Bars, QStringLiteral("count"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Digital offences by category, 2023"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Offences against"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Recorded offences"));
    chart.dataDate = QStringLiteral("2023");
    ChartSegment segment {localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Recorded offences")), {}};
    double total = 0;
    for (const auto& category : categories) {
        const auto figure = m_database.figure(QString::fromLatin1(category.key));
        if (!figure || !figure->number)
            return std::nullopt;
        total += *figure->number;
        segment.points.append({double(segment.points.size() + 1),
                               *figure->number,
                               localized(category.name),
                               {},
                               false,
                               figure->key,
                               figure->source,
                               FigureText::hasCaveat(*figure),
                               figure->note});
    }
    chart.segments.append(segment);
    const ChartPoint& largest = *std::max_element(segment.points.cbegin(), segment.points.cend(),
                                                  [](const ChartPoint& a, const ChartPoint& b) { return a.y < b.y; });
    chart.note = inEachLanguage([&](Language language, const NumberFormat& format) {
        return m_translations
            .translate(language, context,
                       QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                         "The four categories add up to the %1 digital offences recorded in "
                                         "2023 (SSMSI)."))
            .arg(format.integer(total));
    });
    chart.summary = inEachLanguage([&](Language language, const NumberFormat& format) {
        return m_translations
            .translate(language, context,
                       QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                         "The largest category is “%3”: %1 of the %2 digital offences "
                                         "of 2023."))
            .arg(format.integer(largest.y), format.integer(total), largest.label.text(language));
    });
    return chart;
}

std::optional<ChartData> ChartCatalog::yearly(const QString& seriesId, const QString& chartId, const char* title,
                                              const char* yLabel, const char* note) const
{
    // One segment: a series whose points all stand on one basis (a series break would make two).
    const std::optional<Series> series = m_database.series(seriesId);
    if (!series || series->points.isEmpty())
        return std::nullopt;
    ChartData chart = newChart(chartId, ChartKind::Line, series->unit, title,
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Year"), yLabel);
    chart.segments.append({series->points.first().segment, {}});
    for (const SeriesPoint& p : series->points) {
        if (p.breakBefore)
            chart.segments.append({p.segment, {}});
        const QString year = QString::number(p.year);
        chart.segments.last().points.append(
            {double(p.year), p.value, {year, year}, {}, p.provisional, p.figureKey, p.source, p.caveat, p.note});
    }
    chart.dataDate = QString::number(series->points.last().year);
    chart.note = localized(note);
    const SeriesPoint& first = series->points.first();
    const SeriesPoint& last = series->points.last();
    const auto peak = std::max_element(series->points.cbegin(), series->points.cend(),
                                       [](const SeriesPoint& a, const SeriesPoint& b) { return a.value < b.value; });
    chart.summary = inEachLanguage([&](Language language, const NumberFormat& format) {
        return m_translations
            .translate(language, context,
                       QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "From %1 in %2 to %3 in %4; peak of %5 in %6."))
            .arg(format.integer(first.value), format.year(first.year), format.integer(last.value),
                 format.year(last.year), format.integer(peak->value), format.year(peak->year));
    });
    return chart;
}

std::optional<ChartData> ChartCatalog::ransomware() const
{
    return yearly(QStringLiteral("anssi.ransomware"), ransomwareId,
                  QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Ransomware compromises handled by ANSSI"),
                  QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Compromises"),
                  QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                    "Counts from ANSSI's yearly Panorama, as relayed by the press; 2024 and 2025 from "
                                    "the coverage of the Panorama 2025."));
}

std::optional<ChartData> ChartCatalog::healthIncidents() const
{
    return yearly(QStringLiteral("health.incidents"), healthIncidentsId,
                  QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Security incidents reported by health establishments"),
                  QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Reported incidents"),
                  QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                    "Incidents declared to the CERT Santé (ANS observatory). Who must declare, and "
                                    "what, changed over the years: compare years with care. Hollow: 2022 is a "
                                    "preliminary count."));
}

QList<TreatyStatus> ChartCatalog::budapestStates() const
{
    const QMutexLocker lock(&m_builtLock);
    if (!m_budapestStates)
        m_budapestStates = m_database.treatyStatuses(QStringLiteral("ETS 185"));
    return *m_budapestStates;
}

std::optional<ChartData> ChartCatalog::budapestParties() const
{
    // Parties in force at each year end, counted from each state's dates (the treaty_status table), from
    // the Convention's entry into force to the latest year end the data reaches. A year in which an entry
    // into force is known only by its year, as the research assumed it, is drawn hollow.
    const QList<TreatyStatus> states = budapestStates();
    const QString asOf = TreatyDates::dataDate(states);
    if (states.isEmpty() || asOf.size() < 4)
        return std::nullopt;
    ChartData chart = newChart(budapestId, ChartKind::Steps, QStringLiteral("count"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Parties to the Budapest Convention"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Year"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "States parties"));
    ChartSegment segment {localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Parties in force at the year end")), {}};
    // The Council of Europe's chart is the source most of the dates come from.
    Source source = states.first().source;
    for (const TreatyStatus& state : states) {
        if (state.source.publisher.startsWith(QLatin1String("Council of Europe"))) {
            source = state.source;
            break;
        }
    }
    const int lastYear = asOf.left(4).toInt() - (asOf.mid(5) == QLatin1String("12-31") ? 0 : 1);
    for (int year = 2004; year <= lastYear; ++year) {
        const QString yearEnd = QStringLiteral("%1-12-31").arg(year);
        int parties = 0;
        bool assumed = false;
        for (const TreatyStatus& state : states) {
            if (!TreatyDates::reached(state.entryIntoForce, yearEnd))
                continue;
            ++parties;
            assumed =
                assumed || (TreatyDates::isYearOnly(state.entryIntoForce) && state.entryIntoForce.toInt() == year);
        }
        const LocalizedText label = inEachLanguage([&](Language language, const NumberFormat& format) {
            return m_translations.translate(language, context, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "end of %1"))
                .arg(format.year(year));
        });
        segment.points.append({double(year),
                               double(parties),
                               label,
                               {},
                               assumed,
                               QStringLiteral("budapest.parties_in_force.%1").arg(year),
                               source});
    }
    if (segment.points.isEmpty())
        return std::nullopt;
    chart.dataDate = asOf;
    chart.segments.append(segment);
    const struct {
        const char* key;
        const char* label;
    } milestones[] = {
        {"budapest.opening_for_signature", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Budapest Convention opened")},
        {"budapest.entry_into_force", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "In force")},
        {"uncc.adoption_date", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "UN Convention adopted")},
        {"uncc.france_signature", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "UN Convention signed in Hanoi")},
    };
    for (const auto& milestone : milestones) {
        if (const auto figure = m_database.figure(QString::fromLatin1(milestone.key)))
            chart.milestones.append({fractionalYear(figure->value), localized(milestone.label), figure->source});
    }
    chart.note = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                             "Counted from each state's dates of entry into force (Council of Europe "
                                             "chart, depositary notifications, official gazettes). Hollow points: a "
                                             "year in which an entry into force is known only by its year. Dotted "
                                             "lines mark milestones."));
    const ChartPoint& first = segment.points.first();
    const ChartPoint& last = segment.points.last();
    chart.summary = inEachLanguage([&](Language language, const NumberFormat& format) {
        return m_translations
            .translate(language, context,
                       QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                         "%1 Parties at the %2, %3 at the %4; the UN Convention against "
                                         "Cybercrime was adopted in December 2024."))
            .arg(format.integer(first.y), first.label.text(language), format.integer(last.y),
                 last.label.text(language));
    });
    return chart;
}

std::optional<Figure> ChartCatalog::budapestPartiesNow() const
{
    const QList<TreatyStatus> states = budapestStates();
    const QString asOf = TreatyDates::dataDate(states);
    const std::optional<ChartData> built = chart(budapestId); // built once, for the chart and its KPI alike
    if (!built || asOf.isEmpty())
        return std::nullopt;
    int parties = 0;
    for (const TreatyStatus& state : states)
        parties += TreatyDates::reached(state.entryIntoForce, asOf) ? 1 : 0;
    Figure figure;
    figure.key = QStringLiteral("budapest.parties_in_force");
    figure.topic = QStringLiteral("budapest");
    figure.value = QString::number(parties);
    figure.number = parties;
    figure.unit = QStringLiteral("count");
    figure.period = asOf;
    figure.label = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Parties in force"));
    figure.confidence = Confidence::High;
    figure.note = built->note;
    figure.source = built->segments.first().points.last().source;
    return figure;
}

std::optional<Figure> ChartCatalog::figure(const QString& key) const
{
    if (auto stored = m_database.figure(key))
        return stored;
    // The Parties in force are counted from the states' dates: the card's count and each year end's.
    const QString prefix = QStringLiteral("budapest.parties_in_force");
    if (key == prefix)
        return budapestPartiesNow();
    if (!key.startsWith(prefix + u'.'))
        return std::nullopt;
    const std::optional<ChartData> chart = budapestParties();
    if (!chart)
        return std::nullopt;
    for (const ChartSegment& segment : chart->segments) {
        for (const ChartPoint& point : segment.points) {
            if (point.figureKey != key)
                continue;
            Figure figure;
            figure.key = key;
            figure.topic = QStringLiteral("budapest");
            figure.number = point.y;
            figure.value = QString::number(point.y);
            figure.unit = QStringLiteral("count");
            figure.period = point.label.english;
            figure.label = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Parties in force at the year end"));
            figure.confidence = point.provisional ? Confidence::Medium : Confidence::High;
            figure.note = chart->note;
            figure.source = point.source;
            return figure;
        }
    }
    return std::nullopt;
}

std::optional<ChartData> ChartCatalog::timeline() const
{
    const QList<Event> events = m_database.events();
    if (events.isEmpty())
        return std::nullopt;
    const struct {
        QStringList kinds;
        const char* name;
    } lanes[] = {
        {{QStringLiteral("hospital")}, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Hospitals attacked")},
        {{QStringLiteral("un"), QStringLiteral("treaty")}, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "UN and treaties")},
        {{QStringLiteral("centre"), QStringLiteral("policy")},
         QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Capacity centres")},
    };
    ChartData chart = newChart(timelineId, ChartKind::Timeline, QStringLiteral("event"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Timeline: attacks, diplomacy and capacity"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Year"));
    for (qsizetype lane = 0; lane < qsizetype(std::size(lanes)); ++lane) {
        chart.lanes.append(localized(lanes[lane].name));
        ChartSegment segment {localized(lanes[lane].name), {}};
        for (const Event& e : events) {
            // The statement's period; the Budapest Convention's own dates are on its chart.
            if (!lanes[lane].kinds.contains(e.kind) || e.date < QLatin1String("2017"))
                continue;
            const LocalizedText date =
                inEachLanguage([&](Language, const NumberFormat& format) { return format.period(e.date); });
            segment.points.append({fractionalYear(e.date), double(lane), date, e.title, false, e.figureKey, e.source});
        }
        chart.segments.append(segment);
    }
    chart.dataDate = events.last().date.left(4);
    chart.note = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                             "Hospital attacks as reported by the press; events known only to the "
                                             "month are placed mid-month."));
    chart.summary = inEachLanguage([&](Language language, const NumberFormat&) {
        return m_translations
            .translate(language, context,
                       QT_TRANSLATE_N_NOOP("Vigie::ChartCatalog", "%n dated event(s) from %1 to %2."), nullptr,
                       chart.pointCount())
            .arg(QStringLiteral("2017"), events.last().date.left(4));
    });
    return chart;
}

QString ChartCatalog::userFiguresId()
{
    return userFiguresChartId;
}

std::optional<ChartData> ChartCatalog::userFigures(const ThreatDatabase& user) const
{
    const QList<Total> topics = user.totalTopics();
    if (topics.isEmpty())
        return std::nullopt;
    ChartData chart = newChart(userFiguresChartId, ChartKind::Line, QStringLiteral("count"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Your figures by year"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Year"),
                               QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Sum of your counts"));
    chart.checked.clear(); // the user's figures are as the user's file has them, not as Vigie checked them
    const QHash<QString, LocalizedText> labels = user.topicLabels();
    for (const Total& topic : topics.mid(0, userTopicsShown)) {
        ChartSegment segment {userTopicName(topic.group, labels), {}};
        // Each sum cites its sources, the one it adds most figures from first, and carries a caveat when some
        // of its figures have low confidence.
        const QList<TotalSource> sources = user.totalSources(topic.group);
        for (const Total& year : user.totalsByYear(topic.group)) {
            ChartPoint point {year.group.toDouble(), year.sum, {year.group, year.group}, {}, false, {}, {}};
            int low = 0;
            for (const TotalSource& from : sources) {
                if (from.year != year.group)
                    continue;
                if (point.source.id.isEmpty())
                    point.source = from.source;
                else
                    point.alsoFrom.append(from.source);
                low += from.low;
            }
            if (low > 0) {
                point.caveat = true;
                point.note = inEachLanguage([&](Language language, const NumberFormat& format) {
                    return m_translations
                        .translate(language, context,
                                   QT_TRANSLATE_N_NOOP("Vigie::ChartCatalog",
                                                       "%n of the %1 figures added up here have low confidence."),
                                   nullptr, low)
                        .arg(format.integer(year.figures));
                });
            }
            segment.points.append(point);
            chart.dataDate = std::max(chart.dataDate, year.group);
        }
        chart.segments.append(segment);
    }
    splitScales(chart);
    const int shown = int(chart.segments.size());
    chart.note = inEachLanguage([&](Language language, const NumberFormat&) {
        QString note = m_translations.translate(
            language, context,
            QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                              "Sums of the figures you imported with the unit “count”, by the year their period "
                              "starts in; one line per topic."));
        if (std::any_of(chart.segments.cbegin(), chart.segments.cend(), [](const ChartSegment& s) { return s.secondAxis; }))
            note += u' '
                + m_translations.translate(language, context,
                                           QT_TRANSLATE_NOOP("Vigie::ChartCatalog",
                                                             "Lines marked “(right scale)” are read on the right-hand "
                                                             "axis: their sums are much smaller."));
        if (topics.size() > shown)
            note += u' '
                + m_translations
                      .translate(language, context,
                                 QT_TRANSLATE_N_NOOP("Vigie::ChartCatalog", "The %n largest of %1 topics are shown."),
                                 nullptr, shown)
                      .arg(topics.size());
        return note;
    });
    const LocalizedText largest = userTopicName(topics.first().group, labels);
    chart.summary = inEachLanguage([&](Language language, const NumberFormat& format) {
        return m_translations
            .translate(language, context,
                       QT_TRANSLATE_N_NOOP("Vigie::ChartCatalog",
                                           "Your figures in %n topic(s); the largest, “%1”, sums to %2."),
                       nullptr, int(topics.size()))
            .arg(largest.text(language),
                 std::floor(topics.first().sum) == topics.first().sum ? format.integer(topics.first().sum)
                                                                      : format.decimal(topics.first().sum, 1));
    });
    return withCaveatNote(chart); // what the caveat mark on a sum means
}

LocalizedText ChartCatalog::userTopicName(const QString& topic, const QHash<QString, LocalizedText>& labels) const
{
    // As the Sources page names it: one of Vigie's topics (the default "user" among them: "Your data") by
    // Vigie's name; any other by the name the user's file gave it, or its key.
    if (const QString english = TopicNames::vigies(m_translations, Language::English, topic); !english.isEmpty())
        return {english, TopicNames::vigies(m_translations, Language::French, topic)};
    const LocalizedText named = labels.value(topic);
    if (named.isEmpty())
        return {topic, topic};
    return {named.english.isEmpty() ? named.french : named.english, named.french.isEmpty() ? named.english : named.french};
}

void ChartCatalog::splitScales(ChartData& chart) const
{
    // Lines whose largest value is under a tenth of the largest line's would lie flat along the bottom of one
    // axis: they are read on a second axis, on the right, and their names say so.
    constexpr double ratio = 10.0;
    const auto peak = [](const ChartSegment& s) {
        double top = 0;
        for (const ChartPoint& p : s.points)
            top = std::max(top, std::abs(p.y));
        return top;
    };
    double largest = 0;
    for (const ChartSegment& s : std::as_const(chart.segments))
        largest = std::max(largest, peak(s));
    bool split = false;
    for (ChartSegment& s : chart.segments) {
        if (largest > 0 && peak(s) * ratio < largest) {
            s.secondAxis = true;
            split = true;
            s.name = inEachLanguage([&](Language language, const NumberFormat&) {
                return m_translations.translate(language, context, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "%1 (right scale)"))
                    .arg(s.name.text(language));
            });
        }
    }
    if (split)
        chart.y2Label = localized(QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Sum of your counts (right scale)"));
}

std::optional<Kpi> ChartCatalog::kpi(const QString& id) const
{
    struct Definition {
        QString id;
        const char* title;
        const char* figure;
        const char* change;
        const char* changeCaption;
        bool withPeriod;
        const char* trendChart; ///< the chart whose segment holding the figure gives the trend, or null
    };
    static const Definition definitions[] = {
        {offences2023Id, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Digital offences recorded in 2023"),
         "offences.total.2023", "offences.growth_5y.2023", QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "%1 in five years"),
         false, "offences-by-year"},
        {ransomwareKpiId, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Ransomware compromises handled by ANSSI, 2023"),
         "anssi.ransomware.count.2023", "anssi.ransomware.change_yoy.2022-2023",
         QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "%1 on 2022"), false, "anssi-ransomware"},
        {budapestKpiId, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Parties to the Budapest Convention"),
         "budapest.parties_count.2024-06-20", nullptr, nullptr, true, "budapest-parties"},
        {unKpiId, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Signatories of the UN Convention against Cybercrime"),
         "uncc.signatories_count", nullptr, nullptr, false, nullptr},
    };
    for (const Definition& d : definitions) {
        if (d.id != id)
            continue;
        // The Parties are counted from the states' dates, as the chart and the map count them.
        const std::optional<Figure> figure =
            id == budapestKpiId ? budapestPartiesNow() : m_database.figure(QString::fromLatin1(d.figure));
        if (!figure)
            return std::nullopt;
        Kpi kpi;
        kpi.id = id;
        kpi.title = localized(d.title);
        kpi.figure = *figure;
        if (d.change) {
            kpi.change = m_database.figure(QString::fromLatin1(d.change));
            kpi.changeCaption = localized(d.changeCaption);
        }
        if (d.withPeriod) {
            kpi.period = inEachLanguage([&](Language language, const NumberFormat& format) {
                return m_translations.translate(language, context, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "as of %1"))
                    .arg(format.period(figure->period));
            });
        }
        if (d.trendChart)
            addTrend(kpi, QString::fromLatin1(d.trendChart));
        return kpi;
    }
    return std::nullopt;
}

void ChartCatalog::addTrend(Kpi& kpi, const QString& chartId) const
{
    const std::optional<ChartData> data = chart(chartId);
    if (!data)
        return;
    // The segment that holds the card's own figure, or, for a count made from dates (the Parties, counted at
    // each year's end), the one that ends at its value: a trend line never crosses a series break.
    for (const ChartSegment& segment : data->segments) {
        const bool holds = std::any_of(segment.points.cbegin(), segment.points.cend(),
                                       [&](const ChartPoint& p) { return p.figureKey == kpi.figure.key; })
            || (kpi.figure.number && !segment.points.isEmpty() && segment.points.constLast().y == *kpi.figure.number);
        if (!holds || segment.points.size() < 2)
            continue;
        for (const ChartPoint& p : segment.points)
            kpi.trend.append({p.x, p.y, p.provisional});
        kpi.trendLabel = inEachLanguage([&](Language language, const NumberFormat&) {
            return m_translations.translate(language, context, QT_TRANSLATE_NOOP("Vigie::ChartCatalog", "Trend, %1 to %2"))
                .arg(segment.points.constFirst().label.text(language), segment.points.constLast().label.text(language));
        });
        return;
    }
}

} // namespace Vigie
