// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

#include "core/data/Records.h"

namespace Vigie {

/// The capacity centres as a list model, the Subsurface way: the map and the list beside it read this model,
/// never the database. DisplayRole is "ENVR — Dakar" in the model's language.
class MapLocationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ShortNameRole,
        CityRole,
        CountryRole, ///< ISO alpha-3
        LatitudeRole,
        LongitudeRole,
        ProjectedRole, ///< QPointF, Equal Earth
    };

    explicit MapLocationModel(QObject* parent = nullptr);

    void setCentres(const QList<Centre>& centres);
    const QList<Centre>& centres() const { return m_centres; }
    const Centre* centre(int row) const;
    /// The row of the centre with this id, or -1.
    int rowOf(const QString& id) const;

    Language language() const { return m_language; }
    void setLanguage(Language language);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Centre> m_centres;
    Language m_language = Language::English;
};

} // namespace Vigie
