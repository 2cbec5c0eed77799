// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/Records.h"
#include "core/i18n/Language.h"

namespace Vigie {

class Translations;

/// The one way Vigie cites: a figure's primary source, with the relay its text was read through as "via",
/// worded the same on the card, in tooltips, tables, the Sources page, export footers, CSV files and the
/// clipboard, in the interface's language.
class CitationFormat {
public:
    CitationFormat(const Translations& translations, Language language);
    /// In the interface's language, through the translators installed in the application (the screen).
    explicit CitationFormat(Language language);

    /// Publisher, “title”, publication date, URL; via the relay, the same way. Unknown parts are left out.
    QString full(const Source& source) const;
    /// The short form, where the full one has no room (a card, a narrow footer): the publishers and the
    /// year, "SSMSI, 2024, via KultureGeek".
    QString brief(const Source& source) const;
    /// The short forms of several sources, one per publisher and relay, its years together:
    /// "franceinfo, 2022, 2024", in order of first use.
    QStringList briefs(const QList<Source>& sources) const;
    /// The full forms of several sources, each once, in order of first use.
    QStringList fulls(const QList<Source>& sources) const;
    /// What *Copy citation* puts on the clipboard: the figure as Vigie shows it, its full citation, when its
    /// text was read, and the date of the data.
    QString forClipboard(const Figure& figure, const DatasetInfo& dataset) const;
    /// "data as of 12 March 2026" / "données au 12 mars 2026", or an empty string without a date.
    QString dataAsOf(const DatasetInfo& dataset) const;
    /// "Data as of 12 March 2026" / "Données au 12 mars 2026": the same, opening a sentence.
    QString dataAsOfSentence(const DatasetInfo& dataset) const;
    /// The last line of a copied citation: "Data as of 12 March 2026 (Vigie dataset 2026.1)".
    QString dataSentence(const DatasetInfo& dataset) const;

private:
    QString translated(const char* text) const; // not "tr": lupdate would misread the calls
    QString quoted(const QString& title) const;
    QString oneSource(const Source& source) const;
    QString shortName(const Source& source) const;

    const Translations* m_translations; ///< null: the application's installed translators
    Language m_language;
};

} // namespace Vigie
