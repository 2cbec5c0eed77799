// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QLocale>
#include <QString>

namespace Vigie {

/// The languages Vigie speaks. English is the language of the source strings.
enum class Language
{
    English,
    French,
};

QList<Language> allLanguages();
QString languageCode(Language language);                       ///< "en" or "fr"
std::optional<Language> languageFromCode(const QString& code); ///< accepts "en", "fr", "fr_CA", "EN"…
QLocale localeFor(Language language);
/// French for any fr_* system locale, English otherwise.
Language languageForLocale(const QLocale& locale);

/// A text known in both languages, as the data carries it (labels, names, notes).
struct LocalizedText
{
    QString english;
    QString french;

    const QString& text(Language language) const { return language == Language::French ? french : english; }
    bool isEmpty() const { return english.isEmpty() && french.isEmpty(); }
};

} // namespace Vigie
