// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Vigie {

/// The one way Vigie compares text for a search, in French and English alike: without case or accents, so
/// that "hopital", "HÔPITAL" and "hôp" find "hôpital". Ligatures open up (œ → oe, æ → ae, ß → ss), and
/// apostrophes, dashes and no-break spaces read as their plain forms.
class TextFold {
public:
    /// @p text as searches compare it.
    static QString fold(QStringView text);

    /// A folded text that remembers, for each of its characters, where it came from: to highlight a match in
    /// the original.
    struct Mapped {
        QString text;
        QList<qsizetype> origin; ///< origin[i]: the position in the original text of text[i]
        qsizetype originalSize = 0;
        /// The original range [start, end) of the folded range [from, from + length).
        std::pair<qsizetype, qsizetype> originalRange(qsizetype from, qsizetype length) const;
    };
    static Mapped foldMapped(QStringView text);

    /// Every word of @p query (split at spaces), folded: a search matches a text that holds each of them.
    static QStringList words(QStringView query);
    /// Where, from @p from on, the folded @p word begins a word of the folded @p text (at its start, or after
    /// a character that is neither a letter nor a digit): what every "each word begins a word" search and its
    /// highlight look for. -1 when nowhere.
    static qsizetype wordStart(QStringView foldedText, QStringView word, qsizetype from = 0);
    /// Whether the folded @p haystack holds every folded word in @p words.
    static bool matchesAll(QStringView foldedHaystack, const QStringList& words);
};

} // namespace Vigie
