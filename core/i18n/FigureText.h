// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "core/data/Records.h"
#include "core/i18n/Language.h"

namespace Vigie {

/// A figure's value and unit as a reader sees them in one language, the same on every page and in every
/// export: "$10,000,000" / "10 000 000 $", "278,770" with "recorded offences" / "infractions enregistrées".
class FigureText {
public:
    /// The value: the dataset's pattern with the number formatted for @p language, or its text; for a
    /// figure without one (a user's), the number formatted by its unit, or the stored text.
    static QString value(const Figure& figure, Language language);
    /// The period as a reader writes it: "8 November 2024", "2024 (rapport)".
    static QString period(const Figure& figure, Language language);
    /// What the number counts, or an empty string.
    static QString unit(const Figure& figure, Language language);
    /// Whether the figure carries a caveat that goes wherever it shows: low confidence, or a note.
    static bool hasCaveat(const Figure& figure)
    {
        return figure.confidence == Confidence::Low || !figure.note.isEmpty();
    }
    /// The mark that flags a caveat next to a value: "*".
    static QString caveatMark() { return QStringLiteral("*"); }
    /// The value followed by the caveat mark when it has one.
    static QString markedValue(const Figure& figure, Language language)
    {
        return hasCaveat(figure) ? value(figure, language) + caveatMark() : value(figure, language);
    }
};

} // namespace Vigie
