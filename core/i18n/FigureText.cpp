// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/FigureText.h"

#include <cmath>

#include "core/i18n/NumberFormat.h"

namespace Vigie {

QString FigureText::value(const Figure& figure, Language language)
{
    const NumberFormat format(language);
    const QString& pattern = figure.valueText.text(language);
    if (!figure.number)
        return pattern.isEmpty() ? figure.value : pattern;
    const double number = *figure.number;
    if (figure.unit == QLatin1String("year"))
        return format.year(int(number)); // a year is never grouped: 2019, not 2,019
    const int decimals = std::floor(number) == number ? 0 : std::floor(number * 10) == number * 10 ? 1 : 2;
    const QString digits = decimals == 0 ? format.integer(number) : format.decimal(number, decimals);
    if (!pattern.contains(QLatin1String("%1")))
        return format.value(number, figure.unit); // no pattern: as the unit says
    QString text = pattern;
    // French sets '%' and a currency sign after a narrow no-break space, as NumberFormat groups digits.
    if (language == Language::French)
        text.replace(QStringLiteral("\u00a0%"), QStringLiteral("\u202f%"));
    return text.arg(digits);
}

QString FigureText::period(const Figure& figure, Language language)
{
    const QString& words = figure.periodText.text(language);
    return words.isEmpty() ? NumberFormat(language).period(figure.period) : words;
}

QString FigureText::unit(const Figure& figure, Language language)
{
    if (!figure.valueText.isEmpty())
        return figure.unitText.text(language);
    return figure.unit; // a user's figure: the unit as the user wrote it
}

} // namespace Vigie
