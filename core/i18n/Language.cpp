// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Language.h"

namespace Vigie {

QList<Language> allLanguages()
{
    return {Language::English, Language::French};
}

QString languageCode(Language language)
{
    return language == Language::French ? QStringLiteral("fr") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString& code)
{
    const QString base = code.trimmed().toLower().section(u'_', 0, 0).section(u'-', 0, 0);
    if (base == QLatin1String("fr"))
        return Language::French;
    if (base == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

QLocale localeFor(Language language)
{
    return language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

Language languageForLocale(const QLocale& locale)
{
    return locale.language() == QLocale::French ? Language::French : Language::English;
}

} // namespace Vigie
