// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/NumberFormat.h"

#include <cmath>

namespace Vigie {

namespace {
constexpr QChar narrowNoBreakSpace(0x202F);
}

NumberFormat::NumberFormat(Language language)
    : m_language(language)
    , m_locale(localeFor(language))
{
}

QString NumberFormat::integer(double value) const
{
    // llround is undefined past the range of a long long: beyond it (a sum of many large figures), the
    // locale writes the double's own digits.
    if (!std::isfinite(value))
        return value > 0 ? QStringLiteral("∞") : value < 0 ? QStringLiteral("−∞") : QString();
    if (std::abs(value) < 9.0e18)
        return m_locale.toString(qlonglong(std::llround(value)));
    return m_locale.toString(value, 'f', 0);
}

QString NumberFormat::decimal(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString NumberFormat::percent(double value, int decimals) const
{
    const QString number = decimal(value, decimals);
    if (m_language == Language::French)
        return number + narrowNoBreakSpace + u'%';
    return number + u'%';
}

QString NumberFormat::signedPercent(double value, int decimals) const
{
    const QString text = percent(value, decimals);
    return value > 0 ? QString(u'+' + text) : text;
}

QString NumberFormat::year(int year) const
{
    return QString::number(year);
}

QString NumberFormat::longDate(const QDate& date) const
{
    // French writes the first of the month as an ordinal: "1er mai 2006", then "2 mai".
    if (m_language == Language::French && date.day() == 1)
        return m_locale.toString(date, QStringLiteral("'1er' MMMM yyyy"));
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString NumberFormat::period(const QString& iso) const
{
    QString text = iso.trimmed(); // not const: returned as it is below
    const QDate day = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    if (text.size() >= 10 && day.isValid())
        return longDate(day);
    const QDate month = QDate::fromString(text.left(7) + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (text.size() == 7 && month.isValid())
        return m_locale.toString(month, QStringLiteral("MMMM yyyy"));
    return text;
}

QString NumberFormat::value(double value, const QString& unit) const
{
    if (!std::isfinite(value))
        return integer(value);
    if (unit.startsWith(QLatin1String("percent")))
        return percent(value, std::floor(value) == value ? 0 : 1);
    if (std::floor(value) == value)
        return integer(value);
    return decimal(value, 1);
}

} // namespace Vigie
