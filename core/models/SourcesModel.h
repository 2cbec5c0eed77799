// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include "core/data/FigureOrder.h"
#include "core/data/Records.h"
#include "core/models/SourcesSearch.h"

namespace Vigie {

class ThreatDatabase;
class Translations;
class UserData;

/// Every figure with its source, Vigie's and the user's as one list, filtered by words and topic, for the
/// Sources view: one row per figure, in the current language.
///
/// It scales to a million figures of the user's by holding only the order of the list (a reference a row,
/// eight bytes: FigureOrder) and a few pages of the rows around those shown, read by rowid when the view asks
/// for them. The order and the filter are computed on a worker thread (SourcesSearch), so the list changes a
/// moment after a filter does: listed() says when.
class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FigureColumn,
        ValueColumn,
        UnitColumn,
        PeriodColumn,
        SourceColumn,
        ConfidenceColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        TopicRole,
        YoursRole, ///< true for a figure the user imported: the view marks it with a badge
    };

    SourcesModel(const Translations& translations, const ThreatDatabase& embedded, UserData& user,
                 QObject* parent = nullptr);
    ~SourcesModel() override;

    /// Lists the figures again, the topics too: after an import added to the user's.
    void reload();
    /// Shows the figures of which every word of @p words begins a word, in @p topic (empty: every topic).
    void setFilter(const QString& words, const QString& topic);
    /// Lists Vigie's figures, the user's, or both (the default).
    void setOrigin(FigureOrder::Origin origin);
    FigureOrder::Origin origin() const { return m_request.origin; }
    /// How many of the figures listed are the user's.
    qsizetype yoursCount() const { return m_yours; }
    QString words() const { return m_request.words; }
    QString topic() const { return m_request.topic; }
    void setLanguage(Language language);

    /// The figure shown at @p row, read from its database.
    std::optional<Figure> figure(int row) const;
    /// The row of the figure with @p key in the list as it is now, or -1 (absent, or filtered out).
    int rowOf(const QString& key) const;
    /// Whether either database holds a figure with @p key, shown or not.
    bool holds(const QString& key) const;
    /// False while a list asked for is still being computed.
    bool isListed() const { return m_shownId == m_askedId; }
    /// False while the topics reload() asked for are still being listed.
    bool areTopicsListed() const { return m_topicsListed; }
    /// Every topic: Vigie's, then the user's in order of first use.
    QStringList topics() const { return m_topics; }
    /// What the list shown could not read (translated), or an empty string.
    QString problem() const { return m_problem; }

    /// Topic names as the interface shows them: Vigie's translated, the user's as their file named them.
    QString topicName(const QString& topic) const;
    QString confidenceName(Confidence confidence) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// A list asked for is shown: its count may have changed.
    void listed();
    /// The topics are listed, a moment after the list that reload() asked for.
    void topicsListed();

private:
    static constexpr int pageSize = 64;
    static constexpr int pagesKept = 32; ///< about two thousand figures around those shown

    void ask(bool withTopics);
    void show(const std::shared_ptr<const SourcesSearch::Answer>& answer);
    const Figure* figureAt(int row) const;
    FigureOrder::Ref refOf(const QString& key) const; ///< 0 when neither database holds @p key
    QString translated(const char* text) const;

    const Translations& m_translations;
    const ThreatDatabase& m_embedded;
    UserData& m_user;
    SourcesSearch m_search;
    FigureOrder::Request m_request;
    int m_askedId = 0;
    int m_shownId = 0;
    std::shared_ptr<const SourcesSearch::Answer> m_list;
    QStringList m_topics;
    QHash<QString, LocalizedText> m_topicLabels; ///< the names the user's files gave their topics
    QString m_problem;
    qsizetype m_yours = 0;
    bool m_topicsListed = false;
    int m_topicsAskedId = 0;
    Language m_language = Language::English;
    mutable QHash<int, QList<Figure>> m_pages;
    mutable QList<int> m_pageUse; ///< least recently used first
};

} // namespace Vigie
