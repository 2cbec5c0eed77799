// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/EverythingSearch.h"

#include <algorithm>

#include "core/data/FigureOrder.h"
#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/i18n/CitationFormat.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/PolicyText.h"
#include "core/i18n/TextFold.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::EverythingSearch";

/// Both languages' texts of a place, folded into one, so that a word of either finds it.
QString foldedAll(std::initializer_list<QString> texts)
{
    QString all;
    for (const QString& text : texts) {
        all += TextFold::fold(text);
        all += u'\n';
    }
    return all;
}
} // namespace

EverythingSearch::EverythingSearch(const Translations& translations, const ThreatDatabase& embedded, UserData& user,
                                   const PolicyText& policy, QObject* parent)
    : QObject(parent)
    , m_translations(translations)
    , m_embedded(embedded)
    , m_user(user)
    , m_policy(policy)
{
    connect(&m_figures, &SourcesSearch::finished, this, &EverythingSearch::answer);
    // After an import or a removal, the next search opens the user's database again.
    connect(&m_user, &UserData::figuresChanged, this, [this] { m_databasesSet = false; });
}

EverythingSearch::~EverythingSearch() = default;

QString EverythingSearch::translated(Language language, const char* text) const
{
    return m_translations.translate(language, context, text);
}

LocalizedText EverythingSearch::localized(const char* text) const
{
    return {translated(Language::English, text), translated(Language::French, text)};
}

bool EverythingSearch::beginsWords(QStringView foldedText, const QStringList& words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString& word) { return TextFold::wordStart(foldedText, word) >= 0; });
}

QString EverythingSearch::passage(const QString& text, const QStringList& words, int length)
{
    QString plain = text.simplified();
    if (plain.size() <= length)
        return plain;
    // Where the first word is found in the original text, through the folding's map of positions.
    const TextFold::Mapped mapped = TextFold::foldMapped(plain);
    qsizetype found = 0;
    for (const QString& word : words) {
        if (const qsizetype at = TextFold::wordStart(mapped.text, word); at >= 0) {
            found = mapped.originalRange(at, word.size()).first;
            break;
        }
    }
    // A third of the passage before the match, cut at spaces so that no word is halved.
    qsizetype start = std::max<qsizetype>(0, found - length / 3);
    if (start > 0) {
        const qsizetype space = plain.indexOf(u' ', start);
        start = space >= 0 && space < found ? space + 1 : start;
    }
    qsizetype end = std::min<qsizetype>(plain.size(), start + length);
    if (end < plain.size()) {
        const qsizetype space = plain.lastIndexOf(u' ', end);
        end = space > found ? space : end;
    }
    QString result = plain.mid(start, end - start);
    if (start > 0)
        result.prepend(u'…');
    if (end < plain.size())
        result.append(u'…');
    return result;
}

void EverythingSearch::indexPlaces()
{
    QList<Place> places;
    // The sources, each once, with the first figure that cites it: where the search leads.
    QHash<QString, qsizetype> sourceAt;
    for (const Figure& f : m_embedded.figures()) {
        if (sourceAt.contains(f.source.id))
            continue;
        sourceAt.insert(f.source.id, places.size());
        const CitationFormat english(m_translations, Language::English);
        const CitationFormat french(m_translations, Language::French);
        Place place;
        place.hit.kind = SearchKind::Source;
        place.hit.target = QStringLiteral("source:") + f.key;
        const auto name = [&](Language language) {
            const QString& shortName = f.source.shortName.text(language);
            return shortName.isEmpty() || shortName == f.source.publisher
                ? f.source.publisher
                : QStringLiteral("%1 (%2)").arg(f.source.publisher, shortName);
        };
        place.hit.text = {name(Language::English), name(Language::French)};
        place.hit.detail = {english.full(f.source), french.full(f.source)};
        place.folded = foldedAll({f.source.publisher, f.source.title, f.source.shortName.english,
                                  f.source.shortName.french, f.source.url});
        places.append(place);
    }
    for (const Centre& c : m_embedded.centres()) {
        Place place;
        place.hit.kind = SearchKind::Centre;
        place.hit.target = QStringLiteral("map:") + c.id;
        place.hit.text = {QStringLiteral("%1 — %2").arg(c.shortName.english, c.name.english),
                          QStringLiteral("%1 — %2").arg(c.shortName.french, c.name.french)};
        place.hit.detail = c.city;
        QString folded = foldedAll({c.name.english, c.name.french, c.shortName.english, c.shortName.french,
                                    c.city.english, c.city.french});
        for (const CentreFact& fact : c.facts)
            folded += foldedAll({fact.label.english, fact.label.french, fact.value.english, fact.value.french});
        place.folded = folded;
        places.append(place);
    }
    const NumberFormat english(Language::English);
    const NumberFormat french(Language::French);
    for (const Event& e : m_embedded.events()) {
        Place place;
        place.hit.kind = SearchKind::Event;
        place.hit.target = QStringLiteral("event:") + e.key;
        place.hit.text = e.title;
        place.hit.detail = {english.period(e.date), french.period(e.date)};
        // With the quote it rests on: "CH de Cannes" is found by the hospital its source names.
        place.folded = foldedAll({e.title.english, e.title.french, e.date, english.period(e.date),
                                  french.period(e.date), e.quote});
        places.append(place);
    }
    m_places = places;
    for (const Language language : allLanguages()) {
        for (int i = 0; i < PolicyText::paragraphCount; ++i) {
            Place place;
            place.hit.kind = SearchKind::Statement;
            place.hit.target = QStringLiteral("statement:%1:%2").arg(languageCode(language)).arg(i);
            const QString text = m_policy.plain(language, i);
            place.hit.text = {text, text};
            const char* pattern = language == Language::French
                ? QT_TRANSLATE_NOOP("Vigie::EverythingSearch", "Paragraph %1, in French")
                : QT_TRANSLATE_NOOP("Vigie::EverythingSearch", "Paragraph %1, in English");
            place.hit.detail = {translated(Language::English, pattern).arg(i + 1),
                                translated(Language::French, pattern).arg(i + 1)};
            place.folded = TextFold::fold(text);
            m_statement.append(place);
        }
    }
}

void EverythingSearch::search(const QString& query)
{
    m_query = query;
    m_words = TextFold::words(query);
    m_words.removeIf([](const QString& word) {
        return std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    });
    if (m_words.isEmpty()) {
        // No request: 0 is no number SourcesSearch gives, so that no answer on its way is taken for this one.
        m_askedId = 0;
        m_answeredId = 0;
        m_results = SearchResults {query, {}, {}};
        emit found(m_results);
        return;
    }
    if (!m_databasesSet) {
        // Opening the user's database for reading first migrates one an older Vigie made (as SourcesModel does).
        m_user.reader();
        m_figures.setDatabases(m_embedded.path(), m_user.unavailableReason().isEmpty() ? m_user.path() : QString());
        m_databasesSet = true;
    }
    FigureOrder::Request request;
    request.words = query;
    m_askedId = m_figures.request(request, false);
}

QList<SearchGroup> EverythingSearch::figureGroups(const std::vector<qint64>& refs) const
{
    SearchGroup vigie {SearchKind::Figure, 0, {}};
    SearchGroup yours {SearchKind::YourFigure, 0, {}};
    QList<qint64> vigieRowids;
    QList<qint64> userRowids;
    for (const FigureOrder::Ref ref : refs) {
        const bool users = FigureOrder::isUsers(ref);
        SearchGroup& group = users ? yours : vigie;
        if (group.total++ < hitsPerKind)
            (users ? userRowids : vigieRowids).append(FigureOrder::rowid(ref));
    }
    const auto addHits = [&](SearchGroup& group, const QList<qint64>& rowids, const ThreatDatabase* database) {
        if (!database)
            return;
        const QHash<qint64, Figure> figures = database->figuresAt(rowids);
        for (const qint64 rowid : rowids) {
            const auto it = figures.constFind(rowid);
            if (it == figures.cend())
                continue;
            const Figure& f = *it;
            SearchHit hit;
            hit.kind = group.kind;
            hit.target = QStringLiteral("figure:") + f.key;
            hit.text = f.label;
            const auto detail = [&](Language language) {
                const QString period = FigureText::period(f, language);
                const QString value = FigureText::markedValue(f, language);
                return period.isEmpty() ? value : QStringLiteral("%1 — %2").arg(value, period);
            };
            hit.detail = {detail(Language::English), detail(Language::French)};
            group.hits.append(hit);
        }
    };
    addHits(vigie, vigieRowids, &m_embedded);
    addHits(yours, userRowids, userRowids.isEmpty() ? nullptr : m_user.reader());
    QList<SearchGroup> groups;
    for (SearchGroup* group : {&vigie, &yours}) {
        if (group->total > 0)
            groups.append(*group);
    }
    return groups;
}

void EverythingSearch::answer(const std::shared_ptr<const SourcesSearch::Answer>& figures)
{
    if (figures->topicsOnly || figures->id != m_askedId)
        return; // a newer query is on its way
    if (!m_places)
        indexPlaces();
    SearchResults results;
    results.query = m_query;
    results.problem = figures->result.error.isEmpty() ? figures->warning : figures->result.error;
    results.groups = figureGroups(figures->result.refs);
    // The other places, kind by kind, in SearchKind's order; a passage of the paragraph around the match.
    for (const SearchKind kind : {SearchKind::Source, SearchKind::Statement, SearchKind::Centre, SearchKind::Event}) {
        SearchGroup group {kind, 0, {}};
        const QList<Place>& places = kind == SearchKind::Statement ? m_statement : *m_places;
        for (const Place& place : places) {
            if (place.hit.kind != kind || !beginsWords(place.folded, m_words))
                continue;
            if (group.total++ >= hitsPerKind)
                continue;
            SearchHit hit = place.hit;
            if (kind == SearchKind::Statement) {
                const QString shown = passage(hit.text.english, m_words);
                hit.text = {shown, shown};
            }
            group.hits.append(hit);
        }
        if (group.total > 0)
            results.groups.append(group);
    }
    m_answeredId = figures->id;
    m_results = results;
    emit found(m_results);
}

} // namespace Vigie
