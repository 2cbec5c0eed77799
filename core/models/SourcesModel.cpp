// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/SourcesModel.h"

#include <algorithm>

#include "core/data/ThreatDatabase.h"
#include "core/data/UserData.h"
#include "core/i18n/CitationFormat.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/RichText.h"
#include "core/i18n/TopicNames.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::SourcesModel";
}

SourcesModel::SourcesModel(const Translations& translations, const ThreatDatabase& embedded, UserData& user,
                           QObject* parent)
    : QAbstractTableModel(parent)
    , m_translations(translations)
    , m_embedded(embedded)
    , m_user(user)
{
    connect(&m_search, &SourcesSearch::finished, this, &SourcesModel::show);
    reload();
}

SourcesModel::~SourcesModel() = default;

QString SourcesModel::translated(const char* text) const
{
    return m_translations.translate(m_language, context, text);
}

void SourcesModel::reload()
{
    // Opening the user's database for reading first migrates one an older Vigie made, before the worker
    // opens it read-only.
    const ThreatDatabase* reader = m_user.reader();
    m_topicLabels = reader ? reader->topicLabels() : QHash<QString, LocalizedText>();
    m_search.setDatabases(m_embedded.path(), m_user.unavailableReason().isEmpty() ? m_user.path() : QString());
    ask(true);
    m_topicsAskedId = m_askedId;
    m_topicsListed = false;
}

void SourcesModel::setFilter(const QString& words, const QString& topic)
{
    if (words == m_request.words && topic == m_request.topic)
        return;
    m_request.words = words;
    m_request.topic = topic;
    ask(false);
}

void SourcesModel::setOrigin(FigureOrder::Origin origin)
{
    if (origin == m_request.origin)
        return;
    m_request.origin = origin;
    ask(false);
}

void SourcesModel::sort(int column, Qt::SortOrder order)
{
    static const FigureOrder::Sort sorts[ColumnCount] = {
        FigureOrder::Sort::Label,  FigureOrder::Sort::Value,  FigureOrder::Sort::Unit,
        FigureOrder::Sort::Period, FigureOrder::Sort::Source, FigureOrder::Sort::Confidence};
    const FigureOrder::Sort sort = column >= 0 && column < ColumnCount ? sorts[column] : FigureOrder::Sort::None;
    const bool descending = order == Qt::DescendingOrder && sort != FigureOrder::Sort::None;
    if (sort == m_request.sort && descending == m_request.descending)
        return;
    m_request.sort = sort;
    m_request.descending = descending;
    ask(false);
}

void SourcesModel::ask(bool withTopics)
{
    m_request.language = m_language;
    m_askedId = m_search.request(m_request, withTopics);
}

void SourcesModel::show(const std::shared_ptr<const SourcesSearch::Answer>& answer)
{
    // Topics are kept from any answer: answers come in the order they were asked for, so these are the newest.
    if (answer->topicsOnly) {
        m_topics = answer->topics;
        m_topicsListed = answer->id >= m_topicsAskedId;
        emit topicsListed();
        return;
    }
    if (answer->id != m_askedId)
        return; // a newer list is on its way
    // What this list could not read, or nothing: a problem that has passed does not stay on show.
    m_problem = answer->result.error.isEmpty() ? answer->warning : answer->result.error;
    beginResetModel();
    m_list = answer;
    m_yours = std::count_if(answer->result.refs.cbegin(), answer->result.refs.cend(), FigureOrder::isUsers);
    m_pages.clear();
    m_pageUse.clear();
    m_shownId = answer->id;
    endResetModel();
    emit listed();
}

const Figure* SourcesModel::figureAt(int row) const
{
    if (!m_list || row < 0 || row >= rowCount())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        // Read the page's figures from each database by rowid, then put them in the list's order.
        const std::vector<FigureOrder::Ref>& refs = m_list->result.refs;
        const int first = page * pageSize;
        const int last = std::min<int>(first + pageSize, int(refs.size()));
        QList<qint64> vigie;
        QList<qint64> users;
        for (int i = first; i < last; ++i)
            (FigureOrder::isUsers(refs[i]) ? users : vigie).append(FigureOrder::rowid(refs[i]));
        const QHash<qint64, Figure> vigieFigures = m_embedded.figuresAt(vigie);
        const ThreatDatabase* reader = users.isEmpty() ? nullptr : m_user.reader();
        QHash<qint64, Figure> userFigures = reader ? reader->figuresAt(users) : QHash<qint64, Figure>();
        QList<Figure> figures;
        figures.reserve(last - first);
        for (int i = first; i < last; ++i) {
            const qint64 rowid = FigureOrder::rowid(refs[i]);
            if (FigureOrder::isUsers(refs[i])) {
                Figure f = userFigures.value(rowid);
                f.userData = true;
                figures.append(std::move(f));
            } else {
                figures.append(vigieFigures.value(rowid));
            }
        }
        if (m_pages.size() >= pagesKept)
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page, figures);
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    return &it->at(row - page * pageSize);
}

std::optional<Figure> SourcesModel::figure(int row) const
{
    const Figure* f = figureAt(row);
    return f ? std::optional<Figure>(*f) : std::nullopt;
}

FigureOrder::Ref SourcesModel::refOf(const QString& key) const
{
    // Vigie's keys are reserved, so a key is in one database at most.
    if (const qint64 rowid = m_embedded.rowidOf(key))
        return FigureOrder::vigieRef(rowid);
    if (const ThreatDatabase* reader = m_user.reader()) {
        if (const qint64 rowid = reader->rowidOf(key))
            return FigureOrder::userRef(rowid);
    }
    return 0;
}

int SourcesModel::rowOf(const QString& key) const
{
    const FigureOrder::Ref ref = refOf(key);
    if (!m_list || ref == 0)
        return -1;
    const std::vector<FigureOrder::Ref>& refs = m_list->result.refs;
    const auto it = std::find(refs.cbegin(), refs.cend(), ref);
    return it == refs.cend() ? -1 : int(it - refs.cbegin());
}

bool SourcesModel::holds(const QString& key) const
{
    return refOf(key) != 0;
}

void SourcesModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // The labels sort in the language they are shown in.
    if (m_request.sort == FigureOrder::Sort::Label || m_request.sort == FigureOrder::Sort::Unit)
        ask(false);
}

QString SourcesModel::topicName(const QString& topic) const
{
    if (QString vigies = TopicNames::vigies(m_translations, m_language, topic); !vigies.isEmpty())
        return vigies;
    // A topic of the user's: the name their file gave it, or its key.
    const QString named = m_topicLabels.value(topic).text(m_language);
    return named.isEmpty() ? topic : named;
}

QString SourcesModel::confidenceName(Confidence confidence) const
{
    switch (confidence) {
    case Confidence::High:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "High"));
    case Confidence::Medium:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Medium"));
    case Confidence::Low:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Low"));
    }
    return {};
}

int SourcesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_list ? 0 : int(m_list->result.refs.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Figure* figure = figureAt(index.row());
    if (!figure)
        return {};
    const Figure& f = *figure;
    switch (role) {
    case KeyRole:
        return f.key;
    case TopicRole:
        return f.topic;
    case YoursRole:
        return f.userData;
    case Qt::ToolTipRole: // escaped: data never becomes markup
        return RichText::fromPlain(f.userData ? translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Your data: %1"))
                                                    .arg(f.quote)
                                              : f.quote);
    case Qt::AccessibleTextRole:
        if (index.column() == FigureColumn && f.userData) // the badge, in words
            return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "%1 (your data)")).arg(f.label.text(m_language));
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case FigureColumn:
        return f.label.text(m_language);
    case ValueColumn: // with its currency or sign, and the mark of a caveat
        return FigureText::markedValue(f, m_language);
    case UnitColumn:
        return FigureText::unit(f, m_language);
    case PeriodColumn:
        return FigureText::period(f, m_language);
    case SourceColumn:
        if (f.userData)
            return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "%1 (your data)")).arg(f.source.publisher);
        if (f.source.restsOnWeak())
            return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "%1 (weak source)"))
                .arg(CitationFormat(m_translations, m_language).full(f.source));
        return CitationFormat(m_translations, m_language).full(f.source);
    case ConfidenceColumn:
        return confidenceName(f.confidence);
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FigureColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Figure"));
    case ValueColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Value"));
    case UnitColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Unit"));
    case PeriodColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Period"));
    case SourceColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Source"));
    case ConfidenceColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Confidence"));
    default:
        return {};
    }
}

} // namespace Vigie
