// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/RichText.h"

#include <algorithm>
#include <utility>

#include "core/i18n/TextFold.h"

namespace Vigie::RichText {

QString highlighted(const QString& plain, const QStringList& words, const QString& background)
{
    if (words.isEmpty())
        return plain.toHtmlEscaped();
    // Ranges of the original text, found in its folded form (without case or accents) and mapped back.
    const TextFold::Mapped folded = TextFold::foldMapped(plain);
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const QString& word : words) {
        for (qsizetype at = TextFold::wordStart(folded.text, word); at >= 0;
             at = TextFold::wordStart(folded.text, word, at + word.size()))
            ranges.append(folded.originalRange(at, word.size()));
    }
    std::sort(ranges.begin(), ranges.end());
    QString html;
    qsizetype done = 0;
    for (const auto& [start, end] : std::as_const(ranges)) {
        if (end <= done)
            continue; // inside a range already marked
        const qsizetype from = std::max(start, done);
        html += plain.mid(done, from - done).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:%1; color:#000000\">%2</span>")
                    .arg(background, plain.mid(from, end - from).toHtmlEscaped());
        done = end;
    }
    html += plain.mid(done).toHtmlEscaped();
    return html;
}

} // namespace Vigie::RichText
