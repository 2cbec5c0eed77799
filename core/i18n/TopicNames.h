// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/i18n/Language.h"

namespace Vigie {

class Translations;

/// The names of Vigie's own topics ("offences" → "Digital offences"), the same in the Sources page and in the
/// chart of the user's figures.
class TopicNames
{
public:
    /// Vigie's name of @p topic in @p language, or an empty string when it is not one of Vigie's topics.
    static QString vigies(const Translations& translations, Language language, const QString& topic);
};

} // namespace Vigie
