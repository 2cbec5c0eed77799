// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QObject>

#include "core/models/SourcesSearch.h"
#include "core/search/SearchResults.h"

namespace Vigie {

class PolicyText;
class ThreatDatabase;
class Translations;
class UserData;

/// One search over every place Vigie shows: its figures and the user's, the sources, the statement in both
/// languages, the centres and the events. Every word typed must begin a word of the place, without case or
/// accents, as in the Sources list: "hopital" finds "l'hôpital" and "Hôpitaux".
///
/// The figures (a million of the user's, perhaps) are searched off the window's thread by the Sources
/// list's own search (SourcesSearch); the few hundred other places are held folded in memory. found() brings
/// the whole answer to the latest query only.
class EverythingSearch : public QObject
{
    Q_OBJECT

public:
    /// At most this many places of a kind are listed; the total is counted all the same.
    static constexpr int hitsPerKind = 8;

    EverythingSearch(const Translations& translations, const ThreatDatabase& embedded, UserData& user,
                     const PolicyText& policy, QObject* parent = nullptr);
    ~EverythingSearch() override;

    /// Searches for @p query; found() follows, at once for a blank query.
    void search(const QString& query);
    /// The answer to the latest query, once found() has brought it.
    const SearchResults& results() const { return m_results; }
    bool isSearching() const { return m_askedId != m_answeredId; }

    /// Whether every word of @p words (folded, TextFold::words) begins a word of the folded @p text.
    static bool beginsWords(QStringView foldedText, const QStringList& words);
    /// A passage of @p text around its first match of @p words, about @p length characters, with ellipses.
    static QString passage(const QString& text, const QStringList& words, int length = 110);

signals:
    void found(const Vigie::SearchResults& results);

private:
    struct Place
    {
        SearchHit hit;
        QString folded; ///< every text of the place, in both languages, as searches compare it
    };
    void indexPlaces();
    void answer(const std::shared_ptr<const SourcesSearch::Answer>& figures);
    QList<SearchGroup> figureGroups(const std::vector<qint64>& refs) const;
    QString translated(Language language, const char* text) const;
    LocalizedText localized(const char* text) const;

    const Translations& m_translations;
    const ThreatDatabase& m_embedded;
    UserData& m_user;
    const PolicyText& m_policy;
    SourcesSearch m_figures;
    std::optional<QList<Place>> m_places; ///< built at the first search
    QList<Place> m_statement;             ///< a paragraph a language: its passage depends on the query
    QString m_query;
    QStringList m_words;
    int m_askedId = 0;
    int m_answeredId = 0;
    bool m_databasesSet = false;
    SearchResults m_results;
};

} // namespace Vigie
