// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/SourcesModel.h"

#include <limits>

#include "core/i18n/CitationFormat.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/RichText.h"
#include "core/i18n/TextFold.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::SourcesModel";
}

SourcesModel::SourcesModel(const Translations& translations, QObject* parent)
    : QAbstractTableModel(parent)
    , m_translations(translations)
{
}

QString SourcesModel::translated(const char* text) const
{
    return m_translations.translate(m_language, context, text);
}

void SourcesModel::setFigures(const QList<Figure>& figures)
{
    beginResetModel();
    m_figures = figures;
    // Folded once here, not per keystroke: what every search compares, in both languages.
    m_searchText.clear();
    m_searchText.reserve(m_figures.size());
    m_rowOfKey.clear();
    m_rowOfKey.reserve(m_figures.size());
    for (qsizetype i = 0; i < m_figures.size(); ++i) {
        const Figure& f = m_figures.at(i);
        QStringList parts {f.key, f.label.english, f.label.french, f.value,
                           FigureText::value(f, Language::English), FigureText::value(f, Language::French),
                           FigureText::unit(f, Language::English), FigureText::unit(f, Language::French), f.period, f.source.publisher, f.source.title,
                           f.quote, f.note.english, f.note.french};
        if (f.source.via)
            parts << f.source.via->publisher << f.source.via->title;
        m_searchText.append(TextFold::fold(parts.join(u'\n')));
        m_rowOfKey.insert(f.key, int(i));
    }
    endResetModel();
}

const Figure* SourcesModel::figure(int row) const
{
    return row >= 0 && row < m_figures.size() ? &m_figures.at(row) : nullptr;
}

int SourcesModel::rowOf(const QString& key) const
{
    return m_rowOfKey.value(key, -1);
}

void SourcesModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_figures.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString SourcesModel::topicName(const QString& topic) const
{
    static const struct
    {
        const char* topic;
        const char* name;
    } names[] = {
        {"offences", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Digital offences")},
        {"anssi", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "ANSSI overview")},
        {"cybermalveillance", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Cybermalveillance.gouv.fr")},
        {"budapest", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Budapest Convention")},
        {"uncc", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "UN Convention against Cybercrime")},
        {"centres", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Capacity centres")},
        {"unsc", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "UN Security Council, 8 November 2024")},
        {"hospitals", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Hospitals attacked")},
        {"national", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Other national figures")},
        {"user", QT_TRANSLATE_NOOP("Vigie::SourcesModel", "Your data")},
    };
    for (const auto& entry : names) {
        if (topic == QLatin1String(entry.topic))
            return translated(entry.name);
    }
    return topic;
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
    return parent.isValid() ? 0 : int(m_figures.size());
}

int SourcesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Figure& f = m_figures.at(index.row());
    switch (role) {
    case KeyRole:
        return f.key;
    case TopicRole:
        return f.topic;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case Qt::ToolTipRole:
        return RichText::fromPlain(f.quote); // escaped: data never becomes markup
    case SortRole:
        if (index.column() == ValueColumn && f.number)
            return *f.number;
        if (index.column() == ValueColumn)
            return std::numeric_limits<double>::infinity(); // texts after every number
        if (index.column() == PeriodColumn)
            return f.period;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
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

void SourcesFilterModel::setText(const QString& text)
{
    m_words = TextFold::words(text);
    invalidateFilter();
}

void SourcesFilterModel::setTopic(const QString& topic)
{
    m_topic = topic;
    invalidateFilter();
}

bool SourcesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_topic.isEmpty() && index.data(SourcesModel::TopicRole).toString() != m_topic)
        return false;
    return m_words.isEmpty()
        || TextFold::matchesAll(index.data(SourcesModel::SearchTextRole).toString(), m_words);
}

} // namespace Vigie
