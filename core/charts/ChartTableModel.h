// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "core/charts/ChartData.h"

namespace Vigie {

class Translations;

/// The numbers of a chart as a table, for the accessible table view and for copying: one row per point.
class ChartTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PeriodColumn,
        ValueColumn,
        SegmentColumn,
        StatusColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    ChartTableModel(const Translations& translations, QObject* parent = nullptr);

    void setChart(const ChartData& chart);
    void setLanguage(Language language);
    Language language() const { return m_language; }

    /// The row of the point that shows the figure @p figureKey, or -1.
    int rowOf(const QString& figureKey) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The point's citation: its source, the others a sum adds up, and "(your data)" for the user's own.
    QString citation(const ChartPoint& point) const;
    struct Row
    {
        const ChartSegment* segment;
        const ChartPoint* point;
    };
    QString translated(const char* sourceText) const;

    const Translations& m_translations;
    ChartData m_chart;
    QList<Row> m_rows;
    Language m_language = Language::English;
};

} // namespace Vigie
