// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Vigie {

Translations::Translations()
{
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (Language language : allLanguages()) {
        Catalogues& c = m_catalogues[language];
        c.app = std::make_unique<QTranslator>();
        if (!c.app->load(QStringLiteral(":/i18n/vigie_%1.qm").arg(languageCode(language))))
            c.app.reset();
        if (language != Language::English) {
            c.qt = std::make_unique<QTranslator>();
            if (!c.qt->load(QStringLiteral("qtbase_%1").arg(languageCode(language)), qtDir))
                c.qt.reset(); // qt6-translations-l10n is only recommended: standard dialogs stay English
        }
    }
}

Translations::~Translations() = default;

bool Translations::isComplete() const
{
    for (const auto& [language, c] : m_catalogues) {
        if (!c.app)
            return false;
    }
    return true;
}

QTranslator* Translations::appTranslator(Language language) const
{
    return m_catalogues.at(language).app.get();
}

QTranslator* Translations::qtTranslator(Language language) const
{
    return m_catalogues.at(language).qt.get();
}

QString Translations::translate(Language language, const char* context, const char* sourceText,
                                const char* disambiguation, int n) const
{
    QString text;
    if (const QTranslator* t = appTranslator(language))
        text = t->translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    // QTranslator picks the plural form; substituting %n is left to the caller, as QCoreApplication does.
    // %Ln is the count in the language's own digits grouping ("1 825"), %n the plain digits.
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), localeFor(language).toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

LocalizedText Translations::both(const char* context, const char* sourceText) const
{
    return {translate(Language::English, context, sourceText), translate(Language::French, context, sourceText)};
}

} // namespace Vigie
