// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/TreatyDates.h"

#include <QDate>

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

QString deposit(const TreatyStatus& record)
{
    if (!record.ratification.isEmpty())
        return record.ratification;
    if (isYearOnly(record.entryIntoForce)) // deposited that year at the latest: the year is all there is
        return record.entryIntoForce;
    // In force on the 1st of month M + 4 means deposited in month M.
    const QDate inForce = QDate::fromString(record.entryIntoForce, Qt::ISODate);
    if (!inForce.isValid() || inForce.day() != 1)
        return {};
    return inForce.addMonths(-4).toString(QStringLiteral("yyyy-MM"));
}

} // namespace Vigie::TreatyDates
