// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/CitationFormat.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/i18n/FigureText.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::CitationFormat";
}

CitationFormat::CitationFormat(const Translations& translations, Language language)
    : m_translations(&translations)
    , m_language(language)
{
}

CitationFormat::CitationFormat(Language language)
    : m_translations(nullptr)
    , m_language(language)
{
}

QString CitationFormat::translated(const char* text) const
{
    return m_translations ? m_translations->translate(m_language, context, text)
                          : QCoreApplication::translate(context, text);
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
        text += translated(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "; via %1")).arg(oneSource(*source.via));
    return text;
}

QString CitationFormat::shortName(const Source& source) const
{
    const QString& name = source.shortName.text(m_language);
    return name.isEmpty() ? source.publisher : name;
}

namespace {
QString yearOf(const Source& source)
{
    const QString year = source.published.left(4);
    return year.size() == 4 && year.front().isDigit() ? year : QString();
}
} // namespace

QString CitationFormat::brief(const Source& source) const
{
    return briefs({source}).value(0);
}

QStringList CitationFormat::briefs(const QList<Source>& sources) const
{
    struct Entry {
        QString name;
        QString via;
        QStringList years;
    };
    QList<Entry> entries;
    for (const Source& source : sources) {
        const QString name = shortName(source);
        const QString via = source.via ? shortName(*source.via) : QString();
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&](const Entry& e) { return e.name == name && e.via == via; });
        if (it == entries.end())
            it = entries.insert(entries.end(), Entry {name, via, {}});
        if (const QString year = yearOf(source); !year.isEmpty() && !it->years.contains(year))
            it->years.append(year);
    }
    QStringList result;
    for (Entry& e : entries) {
        e.years.sort();
        QString text = e.years.isEmpty() ? e.name : QStringLiteral("%1, %2").arg(e.name, e.years.join(QStringLiteral(", ")));
        if (!e.via.isEmpty())
            text += translated(QT_TRANSLATE_NOOP("Vigie::CitationFormat", ", via %1")).arg(e.via);
        result.append(text);
    }
    return result;
}

QStringList CitationFormat::fulls(const QList<Source>& sources) const
{
    QStringList result;
    for (const Source& source : sources) {
        const QString text = full(source);
        if (!text.isEmpty() && !result.contains(text))
            result.append(text);
    }
    return result;
}

QString CitationFormat::dataAsOf(const DatasetInfo& dataset) const
{
    if (dataset.checked.isEmpty())
        return {};
    return translated(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "data as of %1"))
        .arg(NumberFormat(m_language).period(dataset.checked));
}

QString CitationFormat::dataAsOfSentence(const DatasetInfo& dataset) const
{
    if (dataset.checked.isEmpty())
        return {};
    return translated(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "Data as of %1"))
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
        heading += QStringLiteral(" (%1)").arg(FigureText::period(figure, m_language));
    lines.append(QStringLiteral("%1: %2").arg(heading, what));
    if (m_language == Language::French)
        lines.last() = QStringLiteral("%1\u00a0: %2").arg(heading, what);
    lines.append(translated(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "Source: %1")).arg(full(figure.source)));
    if (!figure.source.accessed.isEmpty())
        lines.append(translated(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "Read on %1"))
                         .arg(format.period(figure.source.accessed)));
    if (const QString asOf = dataSentence(dataset); !asOf.isEmpty())
        lines.append(asOf);
    return lines.join(u'\n');
}

QString CitationFormat::dataSentence(const DatasetInfo& dataset) const
{
    QString asOf = dataAsOfSentence(dataset);
    if (asOf.isEmpty() || dataset.version.isEmpty())
        return asOf;
    return translated(QT_TRANSLATE_NOOP("Vigie::CitationFormat", "%1 (Vigie dataset %2)")).arg(asOf, dataset.version);
}

} // namespace Vigie
