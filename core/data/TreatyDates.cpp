// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/TreatyDates.h"

namespace Vigie::TreatyDates {

QString dataDate(const QList<TreatyStatus>& records)
{
    QString latest;
    for (const TreatyStatus& record : records) {
        for (const QString& date : {record.statusAsOf, record.signature, record.ratification}) {
            if (!date.isEmpty() && date.front().isDigit() && date > latest) // ISO dates compare as strings
                latest = date;
        }
    }
    return latest;
}

bool reached(const QString& date, const QString& asOf)
{
    return !date.isEmpty() && date <= asOf;
}

bool isYearOnly(const QString& date)
{
    return date.size() == 4;
}

} // namespace Vigie::TreatyDates
