// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include "core/data/Records.h"

namespace Vigie {

class Translations;

/// Every figure with its source, for the Sources view: one row per figure, in the current language.
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
        SearchTextRole, ///< everything a search may match, in both languages, folded (TextFold)
        SortRole, ///< what a column sorts by: numbers as numbers in the Value column
    };

    SourcesModel(const Translations& translations, QObject* parent = nullptr);

    void setFigures(const QList<Figure>& figures);
    const Figure* figure(int row) const;
    int rowOf(const QString& key) const;
    void setLanguage(Language language);

    /// Topic names as the interface shows them.
    QString topicName(const QString& topic) const;
    QString confidenceName(Confidence confidence) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString translated(const char* text) const;

    const Translations& m_translations;
    QList<Figure> m_figures;
    QStringList m_searchText; ///< per row, folded
    QHash<QString, int> m_rowOfKey;
    Language m_language = Language::English;
};

/// Filters the sources by words (every word must appear) and by topic.
class SourcesFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString& text);
    void setTopic(const QString& topic); ///< empty: every topic

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_topic;
};

} // namespace Vigie
