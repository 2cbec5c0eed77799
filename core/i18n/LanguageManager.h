// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "core/i18n/Language.h"

namespace Vigie {

class Translations;

/// Switches the interface language at run time, the Tiled way: it swaps the installed translators, and Qt
/// sends QEvent::LanguageChange to every widget, which then retranslates itself. It also sets the default
/// QLocale, so that number and date formats follow.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    LanguageManager(const Translations& translations, QObject* parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    const Translations& translations() const { return m_translations; }

public slots:
    void setLanguage(Vigie::Language language);

signals:
    void languageChanged(Vigie::Language language);

private:
    void install(Language language);
    void uninstall();

    const Translations& m_translations;
    Language m_language = Language::English;
    bool m_installed = false;
};

} // namespace Vigie
