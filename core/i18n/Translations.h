// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>

#include <QString>

#include "core/i18n/Language.h"

class QTranslator;

namespace Vigie {

/// Vigie's catalogues for every language, loaded once. Lets an export or the command line speak a language
/// other than the interface's, without touching the application's installed translators.
class Translations
{
public:
    /// Loads :/i18n/vigie_<code>.qm and Qt's own qtbase_<code>.qm for every language.
    Translations();
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    /// False if a catalogue of Vigie's own is missing from the resources (a broken build).
    bool isComplete() const;

    QTranslator* appTranslator(Language language) const;
    QTranslator* qtTranslator(Language language) const; ///< may be null (English, or Qt's catalogue not installed)

    /// Translates like QCoreApplication::translate, in @p language, falling back to the source text.
    QString translate(Language language, const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const;
    LocalizedText both(const char* context, const char* sourceText) const;

private:
    struct Catalogues
    {
        std::unique_ptr<QTranslator> app;
        std::unique_ptr<QTranslator> qt;
    };
    std::map<Language, Catalogues> m_catalogues;
};

} // namespace Vigie
