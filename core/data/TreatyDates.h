// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "core/data/Records.h"

namespace Vigie::TreatyDates {

/// The date a treaty's records are read as of: the latest they know, a "status as of", a signature or a
/// deposit (an entry into force may be announced ahead). ISO dates, or a year alone; free texts are no date.
QString dataDate(const QList<TreatyStatus>& records);

/// Whether @p date ("2006-05-01", or a year alone, which counts from that year) has come by @p asOf.
bool reached(const QString& date, const QString& asOf);

/// Whether the record's entry into force is known only by its year: the research assumed it.
bool isYearOnly(const QString& date);

/// When the state deposited its instrument (ratification, acceptance or accession): the ISO date when the
/// record has it; else the month ("2024-04") the treaty's rule puts before the entry into force, which
/// follows the deposit on the first day of the month after three months (ETS 185, Art. 36(4) and 37(2));
/// the year of an entry into force known only by its year (the deposit came that year at the latest); else
/// an empty string. The Council of Europe counts its "Parties" by this date.
QString deposit(const TreatyStatus& record);

} // namespace Vigie::TreatyDates
