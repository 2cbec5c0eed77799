// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>

#include "core/data/Records.h"

namespace Vigie {

/// The capacity centres as a list model, the Subsurface way: the one store of the centres and of the selected
/// one. The map, its markers, the list beside it and the details read this model, never the database.
/// DisplayRole is "ENVR — Dakar" in the model's language.
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
        SelectedRole,  ///< bool
    };

    explicit MapLocationModel(QObject* parent = nullptr);

    /// Replaces the centres; the selection is kept if its centre is still there.
    void setCentres(const QList<Centre>& centres);
    const QList<Centre>& centres() const { return m_centres; }
    const Centre* centre(int row) const;
    /// The row of the centre with this id, or -1.
    int rowOf(const QString& id) const;

    /// The selected centre's id, or empty.
    QString selectedId() const { return m_selectedId; }
    const Centre* selectedCentre() const { return centre(rowOf(m_selectedId)); }
    /// Selects the centre with @p id; an empty id clears the selection, an unknown one is ignored.
    void setSelectedId(const QString& id);

    Language language() const { return m_language; }
    void setLanguage(Language language);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// The selection changed; @p id is empty when nothing is selected.
    void selectionChanged(const QString& id);

private:
    QList<Centre> m_centres;
    QString m_selectedId;
    Language m_language = Language::English;
};

} // namespace Vigie
