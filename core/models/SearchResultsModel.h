// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>

#include "core/search/SearchResults.h"

namespace Vigie {

class Translations;

/// The answer of a search over everything as a tree for a view: a row a kind ("Statement — 3 places"), under
/// it a row a place, with the place's text in column 0 and its detail in column 1, in the current language.
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        TargetRole = Qt::UserRole + 1, ///< a place's SearchHit::target; empty on a kind's row
        KindRole,                      ///< the SearchKind, as an int
    };

    explicit SearchResultsModel(const Translations& translations, QObject* parent = nullptr);

    void setResults(const SearchResults& results);
    const SearchResults& results() const { return m_results; }
    void setLanguage(Language language);
    /// The kind's name as a heading: "Your figures".
    QString kindName(SearchKind kind) const;

    /// The first place listed, or an invalid index.
    QModelIndex firstHit() const;
    /// The place after (or before, with @p step -1) @p from, across kinds, or @p from at either end.
    QModelIndex nextHit(const QModelIndex& from, int step) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    static constexpr quintptr groupRow = ~quintptr(0); ///< internal id of a kind's row
    QString translated(const char* text) const;

    const Translations& m_translations;
    Language m_language = Language::English;
    SearchResults m_results;
};

} // namespace Vigie
