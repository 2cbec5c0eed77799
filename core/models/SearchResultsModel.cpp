// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/SearchResultsModel.h"

#include <QFont>

#include "core/i18n/NumberFormat.h"
#include "core/i18n/RichText.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::SearchResultsModel";
}

SearchResultsModel::SearchResultsModel(const Translations& translations, QObject* parent)
    : QAbstractItemModel(parent)
    , m_translations(translations)
{
}

QString SearchResultsModel::translated(const char* text) const
{
    return m_translations.translate(m_language, context, text);
}

void SearchResultsModel::setResults(const SearchResults& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

void SearchResultsModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    beginResetModel(); // every text changes, the kinds' headings too
    m_language = language;
    endResetModel();
}

QString SearchResultsModel::kindName(SearchKind kind) const
{
    switch (kind) {
    case SearchKind::Figure:
        return translated(QT_TRANSLATE_NOOP("Vigie::SearchResultsModel", "Figures"));
    case SearchKind::YourFigure:
        return translated(QT_TRANSLATE_NOOP("Vigie::SearchResultsModel", "Your figures"));
    case SearchKind::Source:
        return translated(QT_TRANSLATE_NOOP("Vigie::SearchResultsModel", "Sources"));
    case SearchKind::Statement:
        return translated(QT_TRANSLATE_NOOP("Vigie::SearchResultsModel", "Statement"));
    case SearchKind::Centre:
        return translated(QT_TRANSLATE_NOOP("Vigie::SearchResultsModel", "Capacity centres"));
    case SearchKind::Event:
        return translated(QT_TRANSLATE_NOOP("Vigie::SearchResultsModel", "Events"));
    }
    return {};
}

QModelIndex SearchResultsModel::firstHit() const
{
    return m_results.groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultsModel::nextHit(const QModelIndex& from, int step) const
{
    if (!from.isValid() || from.internalId() == groupRow)
        return firstHit();
    int group = int(from.internalId());
    int row = from.row() + step;
    while (group >= 0 && group < m_results.groups.size()) {
        if (row >= 0 && row < m_results.groups.at(group).hits.size())
            return index(row, 0, index(group, 0));
        group += step;
        if (group < 0 || group >= m_results.groups.size())
            break;
        row = step > 0 ? 0 : int(m_results.groups.at(group).hits.size()) - 1;
    }
    return from.siblingAtColumn(0);
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= 2 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_results.groups.size() ? createIndex(row, column, groupRow) : QModelIndex();
    if (parent.internalId() != groupRow || parent.row() >= m_results.groups.size())
        return {};
    return row < m_results.groups.at(parent.row()).hits.size() ? createIndex(row, column, quintptr(parent.row()))
                                                                : QModelIndex();
}

QModelIndex SearchResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == groupRow)
        return {};
    return createIndex(int(child.internalId()), 0, groupRow);
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_results.groups.size());
    if (parent.internalId() != groupRow || parent.column() != 0)
        return 0;
    return int(m_results.groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex&) const
{
    return 2;
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // A kind's row is a heading: it can be read, not chosen.
    return index.internalId() == groupRow ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupRow) {
        const SearchGroup& group = m_results.groups.at(index.row());
        switch (role) {
        case KindRole:
            return int(group.kind);
        case Qt::FontRole: { // a heading, not a place
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            if (index.column() == 1)
                return group.total > group.hits.size()
                    ? translated(QT_TRANSLATE_NOOP("Vigie::SearchResultsModel", "%1 of %2 shown"))
                          .arg(NumberFormat(m_language).integer(double(group.hits.size())),
                               NumberFormat(m_language).integer(double(group.total)))
                    : QVariant();
            return QStringLiteral("%1 (%2)").arg(kindName(group.kind), NumberFormat(m_language).integer(double(group.total)));
        default:
            return {};
        }
    }
    const SearchHit& hit = m_results.groups.at(int(index.internalId())).hits.at(index.row());
    switch (role) {
    case TargetRole:
        return hit.target;
    case KindRole:
        return int(hit.kind);
    case Qt::DisplayRole:
        return (index.column() == 0 ? hit.text : hit.detail).text(m_language);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        // The whole place in one sentence, its kind first: what a screen reader says of the row.
        const QString sentence = translated(QT_TRANSLATE_NOOP("Vigie::SearchResultsModel", "%1: %2 — %3"))
                                     .arg(kindName(hit.kind), hit.text.text(m_language), hit.detail.text(m_language));
        return role == Qt::ToolTipRole ? QVariant(RichText::fromPlain(sentence)) : QVariant(sentence);
    }
    default:
        return {};
    }
}

} // namespace Vigie
