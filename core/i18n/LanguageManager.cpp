// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QTranslator>

#include "core/i18n/Translations.h"

namespace Vigie {

LanguageManager::LanguageManager(const Translations& translations, QObject* parent)
    : QObject(parent)
    , m_translations(translations)
{
}

LanguageManager::~LanguageManager()
{
    uninstall();
}

void LanguageManager::setLanguage(Language language)
{
    if (m_installed && language == m_language)
        return;
    uninstall();
    install(language);
    m_language = language;
    emit languageChanged(language);
}

void LanguageManager::install(Language language)
{
    QLocale::setDefault(localeFor(language));
    // Each installTranslator() posts a LanguageChange event; widgets handle them after both are in place.
    if (QTranslator* qt = m_translations.qtTranslator(language))
        QCoreApplication::installTranslator(qt);
    if (QTranslator* app = m_translations.appTranslator(language))
        QCoreApplication::installTranslator(app);
    m_installed = true;
}

void LanguageManager::uninstall()
{
    if (!m_installed)
        return;
    if (QTranslator* app = m_translations.appTranslator(m_language))
        QCoreApplication::removeTranslator(app);
    if (QTranslator* qt = m_translations.qtTranslator(m_language))
        QCoreApplication::removeTranslator(qt);
    m_installed = false;
}

} // namespace Vigie
