// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/MapLocationModel.h"

#include "core/map/EqualEarth.h"

namespace Vigie {

MapLocationModel::MapLocationModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void MapLocationModel::setCentres(const QList<Centre>& centres)
{
    beginResetModel();
    m_centres = centres;
    const bool selectionGone = !m_selectedId.isEmpty() && rowOf(m_selectedId) < 0;
    if (selectionGone)
        m_selectedId.clear();
    endResetModel();
    if (selectionGone)
        emit selectionChanged(m_selectedId);
}

void MapLocationModel::setSelectedId(const QString& id)
{
    if (id == m_selectedId || (!id.isEmpty() && rowOf(id) < 0))
        return;
    const int before = rowOf(m_selectedId);
    m_selectedId = id;
    for (int row : {before, rowOf(id)}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), {SelectedRole});
    }
    emit selectionChanged(m_selectedId);
}

const Centre* MapLocationModel::centre(int row) const
{
    return row >= 0 && row < m_centres.size() ? &m_centres.at(row) : nullptr;
}

int MapLocationModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_centres.size(); ++i) {
        if (m_centres.at(i).id == id)
            return int(i);
    }
    return -1;
}

void MapLocationModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_centres.isEmpty())
        emit dataChanged(index(0), index(int(m_centres.size()) - 1));
}

int MapLocationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_centres.size());
}

QVariant MapLocationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Centre& c = m_centres.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString city = c.city.text(m_language);
        const QString shortName = c.shortName.text(m_language);
        return city.isEmpty() ? shortName : QStringLiteral("%1 — %2").arg(shortName, city);
    }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case NameRole:
        return c.name.text(m_language);
    case IdRole:
        return c.id;
    case ShortNameRole:
        return c.shortName.text(m_language);
    case CityRole:
        return c.city.text(m_language);
    case CountryRole:
        return c.countryIso3;
    case LatitudeRole:
        return c.latitude;
    case LongitudeRole:
        return c.longitude;
    case ProjectedRole:
        return EqualEarth::project(c.longitude, c.latitude);
    case SelectedRole:
        return c.id == m_selectedId;
    default:
        return {};
    }
}

QHash<int, QByteArray> MapLocationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "centreId");
    names.insert(NameRole, "name");
    names.insert(ShortNameRole, "shortName");
    names.insert(CityRole, "city");
    names.insert(CountryRole, "country");
    names.insert(LatitudeRole, "latitude");
    names.insert(LongitudeRole, "longitude");
    names.insert(ProjectedRole, "projected");
    names.insert(SelectedRole, "selected");
    return names;
}

} // namespace Vigie
