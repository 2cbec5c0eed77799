// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/data/Records.h"

namespace Vigie {

class Translations;
class WorldMap;

/// A centre's record as rich text for the details panel: full name, place, partner and served states, then
/// every fact with its source. Everything from the data is escaped.
class CentreDetails
{
public:
    explicit CentreDetails(const Translations& translations);

    QString html(const Centre& centre, const WorldMap* world, Language language) const;
    /// The same as plain lines, for screen readers and tests.
    QStringList lines(const Centre& centre, const WorldMap* world, Language language) const;

private:
    QString tr(Language language, const char* sourceText) const;
    QString countries(const QStringList& iso3, const WorldMap* world, Language language) const;

    const Translations& m_translations;
};

} // namespace Vigie
