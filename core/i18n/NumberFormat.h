// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include "core/i18n/Language.h"

namespace Vigie {

/// The one formatter for numbers, percentages and dates, on screen and in exports alike.
/// French follows the Imprimerie nationale rules that Qt's CLDR data encodes: a narrow no-break space
/// (U+202F) groups thousands and stands before '%'; English uses commas and no space.
class NumberFormat
{
public:
    explicit NumberFormat(Language language);

    Language language() const { return m_language; }

    QString integer(double value) const;                   ///< 278 770 / 278,770
    QString decimal(double value, int decimals) const;     ///< 34,5 / 34.5
    QString percent(double value, int decimals = 0) const; ///< 40 % / 40%
    QString signedPercent(double value, int decimals = 0) const; ///< +40 % / +40%
    QString year(int year) const;                          ///< never grouped: 2023
    QString longDate(const QDate& date) const;             ///< 8 novembre 2024 / 8 November 2024
    /// An ISO period as people write it: "2024-11-08" → 8 November 2024, "2008-04" → April 2008, "2023" as is.
    QString period(const QString& iso) const;
    /// Formats a stored value by its unit: counts are grouped, percentages get their sign.
    QString value(double value, const QString& unit) const;

private:
    Language m_language;
    QLocale m_locale;
};

} // namespace Vigie
