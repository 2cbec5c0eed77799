// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>

#include "core/data/Records.h"

namespace Vigie {

/// What the map's choropleth shows: nothing, the Budapest Convention's parties, or the UN Convention's
/// signatories. Built from the database's TreatyStatus records; knows nothing about painting.
class MapLayer {
public:
    enum class Kind {
        None,
        BudapestParties,
        SecondProtocol, ///< the Budapest Convention's Second Additional Protocol (CETS 224)
        UnSignatories,
    };

    /// A country's standing in the layer, from its dates, as of the layer's date.
    enum class Status {
        NoData, ///< the layer says nothing about it (or the layer is None)
        Party, ///< the treaty is in force for it
        Ratified, ///< ratified or acceded, not yet in force
        Signatory, ///< signed only
        Outside, ///< neither signed nor ratified: listed so, or absent from a list known to be complete
    };

    MapLayer() = default;
    MapLayer(Kind kind, const QList<TreatyStatus>& statuses);

    Kind kind() const { return m_kind; }
    Status status(const QString& iso3) const;
    /// The record a country's status comes from, or nullptr (not listed).
    const TreatyStatus* record(const QString& iso3) const;
    /// Whether the records list every state that signed, ratified or acceded, so that any other state has
    /// done none of these: the Budapest Convention's, taken from the Council of Europe's chart.
    bool isComplete() const { return m_complete; }
    /// How many countries have this status.
    int count(Status status) const;
    /// The latest "status as of" date among the records (ISO dates only), or an empty string: statuses are
    /// read as of it.
    QString dataDate() const { return m_dataDate; }
    bool isEmpty() const { return m_status.isEmpty(); }
    /// The source of the records (the first one that names its publisher).
    const Source& source() const { return m_source; }

    /// The database's id of the treaty a layer shows: "ETS 185", "CETS 224", "UNCC", or an empty string for None.
    static QString treatyId(Kind kind);
    static QList<Kind> allKinds()
    {
        return {Kind::None, Kind::BudapestParties, Kind::SecondProtocol, Kind::UnSignatories};
    }
    /// A layer's name on the command line and in the settings: "none", "budapest", "protocol", "un".
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString& name);

private:
    Kind m_kind = Kind::None;
    QHash<QString, Status> m_status;
    QHash<QString, TreatyStatus> m_records;
    bool m_complete = false;
    QString m_dataDate;
    Source m_source;
};

} // namespace Vigie
