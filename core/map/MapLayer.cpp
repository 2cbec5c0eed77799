// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/MapLayer.h"

namespace Vigie {

MapLayer::MapLayer(Kind kind, const QList<TreatyStatus>& statuses)
    : m_kind(kind)
{
    if (kind == Kind::None)
        return;
    for (const TreatyStatus& record : statuses) {
        if (record.iso3.isEmpty())
            continue;
        // Records of another treaty are ignored, so that a caller cannot colour the wrong convention.
        if (!record.treaty.isEmpty() && record.treaty != treatyId(kind))
            continue;
        Status status = Status::Outside;
        if (record.isParty())
            status = Status::Party;
        else if (!record.signature.isEmpty())
            status = Status::Signatory;
        m_status.insert(record.iso3, status);
        if (record.statusAsOf > m_dataDate) // ISO dates compare as strings
            m_dataDate = record.statusAsOf;
        if (m_source.publisher.isEmpty())
            m_source = record.source;
    }
}

MapLayer::Status MapLayer::status(const QString& iso3) const
{
    return m_status.value(iso3, Status::NoData);
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
    case Kind::UnSignatories:
        return QStringLiteral("UNCC");
    case Kind::None:
        break;
    }
    return {};
}

} // namespace Vigie
