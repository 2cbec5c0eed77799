// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "core/data/Records.h"

namespace Vigie {

/// What the map's choropleth shows: nothing, the Budapest Convention's parties, or the UN Convention's
/// signatories. Built from the database's TreatyStatus records; knows nothing about painting.
class MapLayer
{
public:
    enum class Kind
    {
        None,
        BudapestParties,
        UnSignatories,
    };

    /// A country's standing in the layer.
    enum class Status
    {
        NoData,    ///< the layer says nothing about it (or the layer is None)
        Party,     ///< ratified, acceded or in force
        Signatory, ///< signed only
        Outside,   ///< listed, but neither signed nor ratified
    };

    MapLayer() = default;
    MapLayer(Kind kind, const QList<TreatyStatus>& statuses);

    Kind kind() const { return m_kind; }
    Status status(const QString& iso3) const;
    /// How many countries have this status.
    int count(Status status) const;
    /// The latest "status as of" date among the records, or an empty string.
    QString dataDate() const { return m_dataDate; }
    bool isEmpty() const { return m_status.isEmpty(); }
    /// The source of the records (the first one that names its publisher).
    const Source& source() const { return m_source; }

    /// The database's id of the treaty a layer shows: "ETS 185", "UNCC", or an empty string for None.
    static QString treatyId(Kind kind);
    static QList<Kind> allKinds() { return {Kind::None, Kind::BudapestParties, Kind::UnSignatories}; }

private:
    Kind m_kind = Kind::None;
    QHash<QString, Status> m_status;
    QString m_dataDate;
    Source m_source;
};

} // namespace Vigie
