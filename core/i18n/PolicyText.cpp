// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/PolicyText.h"

#include "core/i18n/Translations.h"

namespace Vigie {

namespace {

// The message keys; lupdate reads them here. Their translations in vigie_fr.ts and vigie_en.ts are the
// published texts: see translations/README.md.
const char* const paragraphKeys[PolicyText::paragraphCount] = {
    QT_TRANSLATE_NOOP("Vigie::PolicyText", "policy:paragraph-1"),
    QT_TRANSLATE_NOOP("Vigie::PolicyText", "policy:paragraph-2"),
    QT_TRANSLATE_NOOP("Vigie::PolicyText", "policy:paragraph-3"),
    QT_TRANSLATE_NOOP("Vigie::PolicyText", "policy:paragraph-4"),
    QT_TRANSLATE_NOOP("Vigie::PolicyText", "policy:paragraph-5"),
    QT_TRANSLATE_NOOP("Vigie::PolicyText", "policy:paragraph-6"),
};

} // namespace

PolicyText::PolicyText(const Translations& translations)
    : m_translations(translations)
{
}

QString PolicyText::marked(Language language, int index) const
{
    Q_ASSERT(index >= 0 && index < paragraphCount);
    return m_translations.translate(language, "Vigie::PolicyText", paragraphKeys[index]);
}

QList<PolicySpan> PolicyText::spans(Language language, int index) const
{
    return parse(marked(language, index));
}

QString PolicyText::plain(Language language, int index) const
{
    QString text;
    for (const PolicySpan& span : spans(language, index))
        text += span.text;
    return text;
}

QStringList PolicyText::targets() const
{
    QStringList result;
    for (Language language : allLanguages()) {
        for (int i = 0; i < paragraphCount; ++i) {
            for (const PolicySpan& span : spans(language, i)) {
                if (!span.target.isEmpty() && !result.contains(span.target))
                    result.append(span.target);
            }
        }
    }
    return result;
}

QList<PolicySpan> PolicyText::parse(const QString& marked)
{
    QList<PolicySpan> result;
    qsizetype pos = 0;
    while (pos < marked.size()) {
        const qsizetype open = marked.indexOf(QLatin1String("[["), pos);
        const qsizetype bar = open < 0 ? -1 : marked.indexOf(u'|', open);
        const qsizetype close = bar < 0 ? -1 : marked.indexOf(QLatin1String("]]"), bar);
        if (open < 0 || bar < 0 || close < 0) {
            result.append({marked.mid(pos), {}});
            break;
        }
        if (open > pos)
            result.append({marked.mid(pos, open - pos), {}});
        result.append({marked.mid(bar + 1, close - bar - 1), marked.mid(open + 2, bar - open - 2)});
        pos = close + 2;
    }
    return result;
}

} // namespace Vigie
