// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/ChartTableModel.h"

#include "core/charts/ChartCatalog.h"

#include "core/i18n/CitationFormat.h"
#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/RichText.h"
#include "core/i18n/Translations.h"

namespace Vigie {

ChartTableModel::ChartTableModel(const Translations& translations, QObject* parent)
    : QAbstractTableModel(parent)
    , m_translations(translations)
{
}

void ChartTableModel::setChart(const ChartData& chart)
{
    beginResetModel();
    m_chart = chart;
    m_rows.clear();
    for (const ChartSegment& segment : std::as_const(m_chart.segments)) {
        for (const ChartPoint& point : segment.points)
            m_rows.append({&segment, &point});
    }
    endResetModel();
}

void ChartTableModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ChartTableModel::translated(const char* sourceText) const
{
    return m_translations.translate(m_language, "Vigie::ChartTableModel", sourceText);
}

int ChartTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChartTableModel::citation(const ChartPoint& point) const
{
    // Every source a sum adds up, and, for the user's own figures, whose they are.
    const CitationFormat format(m_translations, m_language);
    QStringList sources {format.full(point.source)};
    for (const Source& other : point.alsoFrom)
        sources.append(format.full(other));
    const QString cited = sources.join(QStringLiteral(" · "));
    return m_chart.id == ChartCatalog::userFiguresId()
        ? translated(QT_TRANSLATE_NOOP("Vigie::ChartTableModel", "%1 (your data)")).arg(cited)
        : cited;
}

int ChartTableModel::rowOf(const QString& figureKey) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).point->figureKey == figureKey)
            return int(row);
    }
    return -1;
}

QVariant ChartTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == RawValueRole && index.column() == ValueColumn)
        return row.point->y;
    if (role == Qt::TextAlignmentRole && index.column() == ValueColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SourceColumn)
        return RichText::fromPlain(citation(*row.point));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case PeriodColumn:
        return row.point->label.text(m_language);
    case ValueColumn:
        if (m_chart.kind == ChartKind::Timeline)
            return row.point->detail.text(m_language); // an event: what happened, not its lane number
        return QString(NumberFormat(m_language).value(row.point->y, m_chart.unit)
                       + (row.point->caveat ? FigureText::caveatMark() : QString())); // the mark the chart shows
    case SegmentColumn:
        return row.segment->name.text(m_language);
    case StatusColumn:
        return row.point->provisional ? translated(QT_TRANSLATE_NOOP("Vigie::ChartTableModel", "Provisional"))
                                      : translated(QT_TRANSLATE_NOOP("Vigie::ChartTableModel", "Final"));
    case SourceColumn: // the whole citation, as the tooltip, the Sources page and the CSV give it
        return citation(*row.point);
    default:
        return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeriodColumn:
        return m_chart.xLabel.isEmpty() ? translated(QT_TRANSLATE_NOOP("Vigie::ChartTableModel", "Period"))
                                        : m_chart.xLabel.text(m_language);
    case ValueColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::ChartTableModel", "Value"));
    case SegmentColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::ChartTableModel", "Series"));
    case StatusColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::ChartTableModel", "Status"));
    case SourceColumn:
        return translated(QT_TRANSLATE_NOOP("Vigie::ChartTableModel", "Source"));
    default:
        return {};
    }
}

} // namespace Vigie
