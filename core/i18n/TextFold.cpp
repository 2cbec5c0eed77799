// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/TextFold.h"

#include <algorithm>

namespace Vigie {

namespace {

/// One character folded: appended to @p out.
void foldChar(QChar c, QString& out)
{
    const char16_t u = c.unicode();
    if (u < 0x80) { // ASCII, the common case: case only
        out.append(c.toLower());
        return;
    }
    switch (u) {
    case u'œ': case u'Œ': out.append(QLatin1String("oe")); return;
    case u'æ': case u'Æ': out.append(QLatin1String("ae")); return;
    case u'ß': out.append(QLatin1String("ss")); return;
    case u'’': case u'‘': case u'ʼ': out.append(u'\''); return;
    case u'‐': case u'‑': case u'‒': case u'–': case u'—': out.append(u'-'); return;
    case u'\u00a0': case u'\u202f': case u'\u2009': out.append(u' '); return;
    default:
        break;
    }
    // Canonical decomposition, then the base letters without their combining marks ("é" → "e").
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    for (const QChar part : decomposed) {
        if (part.category() != QChar::Mark_NonSpacing)
            out.append(part.toCaseFolded());
    }
}

} // namespace

QString TextFold::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        foldChar(c, out);
    return out;
}

TextFold::Mapped TextFold::foldMapped(QStringView text)
{
    Mapped mapped;
    mapped.text.reserve(text.size());
    mapped.origin.reserve(text.size());
    mapped.originalSize = text.size();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype before = mapped.text.size();
        foldChar(text[i], mapped.text);
        for (qsizetype k = before; k < mapped.text.size(); ++k)
            mapped.origin.append(i);
    }
    return mapped;
}

std::pair<qsizetype, qsizetype> TextFold::Mapped::originalRange(qsizetype from, qsizetype length) const
{
    if (length <= 0 || from < 0 || from + length > origin.size())
        return {0, 0};
    return {origin.at(from), origin.at(from + length - 1) + 1};
}

QStringList TextFold::words(QStringView query)
{
    QStringList result;
    for (const QStringView word : fold(query).simplified().tokenize(u' ', Qt::SkipEmptyParts))
        result.append(word.toString());
    return result;
}

qsizetype TextFold::wordStart(QStringView foldedText, QStringView word, qsizetype from)
{
    if (word.isEmpty())
        return -1;
    for (qsizetype at = foldedText.indexOf(word, from); at >= 0; at = foldedText.indexOf(word, at + 1)) {
        if (at == 0 || !foldedText.at(at - 1).isLetterOrNumber())
            return at;
    }
    return -1;
}

bool TextFold::matchesAll(QStringView foldedHaystack, const QStringList& words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString& word) { return foldedHaystack.contains(word); });
}

} // namespace Vigie
