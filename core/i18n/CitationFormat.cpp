// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/CitationFormat.h"

#include <QCoreApplication>

#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::CitationFormat";
}

CitationFormat::CitationFormat(const Translations& translations, Language language)
    : m_translations(translations)
    , m_language(language)
{
}

QString CitationFormat::tr(const char* text) const
{
    return m_translations.translate(m_language, context, text);
}

QString CitationFormat::quoted(const QString& title) const
{
    // French quotes with guillemets and no-break spaces; English with curly double quotes.
    return m_language == Language::French ? QStringLiteral("«\u00a0%1\u00a0»").arg(title)
                                          : QStringLiteral("“%1”").arg(title);
}

QString CitationFormat::oneSource(const Source& source) const
{
    QStringList parts;
    if (!source.publisher.isEmpty())
        parts.append(source.publisher);
    if (!source.title.isEmpty())
        parts.append(quoted(source.title));
    if (!source.published.isEmpty())
        parts.append(NumberFormat(m_language).period(source.published));
    if (!source.url.isEmpty())
        parts.append(source.url);
    return parts.join(QStringLiteral(", "));
}

QString CitationFormat::full(const Source& source) const
{
    QString text = oneSource(source);
    if (source.via)
        text += tr(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "; via %1")).arg(oneSource(*source.via));
    return text;
}

QString CitationFormat::brief(const Source& source) const
{
    auto name = [this](const Source& s) {
        const QString& shortName = s.shortName.text(m_language);
        return shortName.isEmpty() ? s.publisher : shortName;
    };
    QString text = name(source);
    const QString year = source.published.left(4);
    if (year.size() == 4 && year.front().isDigit())
        text += QStringLiteral(", ") + year;
    if (source.via)
        text += tr(QT_TRANSLATE_NOOP("Vigie::CitationFormat", ", via %1")).arg(name(*source.via));
    return text;
}

QString CitationFormat::dataAsOf(const DatasetInfo& dataset) const
{
    if (dataset.checked.isEmpty())
        return {};
    return tr(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "data as of %1"))
        .arg(NumberFormat(m_language).period(dataset.checked));
}

QString CitationFormat::dataAsOfSentence(const DatasetInfo& dataset) const
{
    if (dataset.checked.isEmpty())
        return {};
    return tr(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "Data as of %1"))
        .arg(NumberFormat(m_language).period(dataset.checked));
}

QString CitationFormat::forClipboard(const Figure& figure, const DatasetInfo& dataset) const
{
    const NumberFormat format(m_language);
    QStringList lines;
    QString what = FigureText::value(figure, m_language);
    if (const QString unit = FigureText::unit(figure, m_language); !unit.isEmpty())
        what += u' ' + unit;
    QString heading = figure.label.text(m_language);
    if (!figure.period.isEmpty())
        heading += QStringLiteral(" (%1)").arg(format.period(figure.period));
    lines.append(QStringLiteral("%1: %2").arg(heading, what));
    if (m_language == Language::French)
        lines.last() = QStringLiteral("%1\u00a0: %2").arg(heading, what);
    lines.append(tr(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "Source: %1")).arg(full(figure.source)));
    if (!figure.source.accessed.isEmpty())
        lines.append(tr(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "Read on %1"))
                         .arg(format.period(figure.source.accessed)));
    if (const QString asOf = dataAsOfSentence(dataset); !asOf.isEmpty())
        lines.append(dataset.version.isEmpty()
                         ? asOf
                         : tr(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "%1 (Vigie dataset %2)"))
                               .arg(asOf, dataset.version));
    return lines.join(u'\n');
}

} // namespace Vigie
