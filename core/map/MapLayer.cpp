// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/MapLayer.h"

#include "core/data/TreatyDates.h"

namespace Vigie {

MapLayer::MapLayer(Kind kind, const QList<TreatyStatus>& statuses)
    : m_kind(kind)
{
    if (kind == Kind::None)
        return;
    m_complete = kind == Kind::BudapestParties;
    for (const TreatyStatus& record : statuses) {
        if (record.iso3.isEmpty())
            continue;
        // Records of another treaty are ignored, so that a caller cannot colour the wrong convention.
        if (!record.treaty.isEmpty() && record.treaty != treatyId(kind))
            continue;
        m_records.insert(record.iso3, record);
        if (m_source.publisher.isEmpty())
            m_source = record.source;
    }
    // Each status from the dates, as of the layer's date: a date after it has not happened yet.
    m_dataDate = TreatyDates::dataDate(m_records.values());
    const QString asOf = m_dataDate.isEmpty() ? QStringLiteral("9999") : m_dataDate;
    auto reached = [&](const QString& date) {
        return TreatyDates::reached(date, asOf);
    };
    for (const TreatyStatus& record : std::as_const(m_records)) {
        Status status = Status::Outside;
        if (reached(record.entryIntoForce))
            status = Status::Party;
        else if (reached(record.ratification))
            status = Status::Ratified;
        else if (reached(record.signature))
            status = Status::Signatory;
        m_status.insert(record.iso3, status);
    }
}

const TreatyStatus* MapLayer::record(const QString& iso3) const
{
    const auto it = m_records.constFind(iso3);
    return it == m_records.constEnd() ? nullptr : &it.value();
}

MapLayer::Status MapLayer::status(const QString& iso3) const
{
    if (m_kind == Kind::None || iso3.isEmpty())
        return Status::NoData;
    return m_status.value(iso3, m_complete ? Status::Outside : Status::NoData);
}

int MapLayer::count(Status status) const
{
    int n = 0;
    for (Status s : m_status)
        n += s == status ? 1 : 0;
    return n;
}

QString MapLayer::treatyId(Kind kind)
{
    switch (kind) {
    case Kind::BudapestParties:
        return QStringLiteral("ETS 185");
    case Kind::SecondProtocol:
        return QStringLiteral("CETS 224");
    case Kind::UnSignatories:
        return QStringLiteral("UNCC");
    case Kind::None:
        break;
    }
    return {};
}

QString MapLayer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::BudapestParties:
        return QStringLiteral("budapest");
    case Kind::SecondProtocol:
        return QStringLiteral("protocol");
    case Kind::UnSignatories:
        return QStringLiteral("un");
    }
    return {};
}

std::optional<MapLayer::Kind> MapLayer::kindFromName(const QString& name)
{
    const QString wanted = name.trimmed().toLower();
    for (Kind kind : allKinds()) {
        if (kindName(kind) == wanted)
            return kind;
    }
    return std::nullopt;
}

} // namespace Vigie
