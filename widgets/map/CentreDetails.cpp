// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/CentreDetails.h"

#include <QStringList>

#include "core/i18n/CitationFormat.h"
#include "core/i18n/Translations.h"
#include "core/map/WorldMap.h"

namespace Vigie {

namespace {
constexpr const char* context = "Vigie::CentreDetails";
} // namespace

CentreDetails::CentreDetails(const Translations& translations)
    : m_translations(translations)
{
}

QString CentreDetails::tr(Language language, const char* sourceText) const
{
    return m_translations.translate(language, context, sourceText);
}

QString CentreDetails::countries(const QStringList& iso3, const WorldMap* world, Language language) const
{
    QStringList names;
    for (const QString& code : iso3)
        names.append(world ? world->countryName(code, language) : code);
    return names.join(tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", ", ")));
}

QStringList CentreDetails::lines(const Centre& centre, const WorldMap* world, Language language) const
{
    // "%1: %2" carries the language's typography: French puts a no-break space before the colon.
    const QString pair = tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "%1: %2"));
    QStringList out;
    out.append(centre.name.text(language));
    const QString country = world ? world->countryName(centre.countryIso3, language) : centre.countryIso3;
    out.append(pair.arg(tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "Location")),
                        QStringLiteral("%1, %2").arg(centre.city.text(language), country)));
    if (!centre.partnerIso3.isEmpty())
        out.append(pair.arg(tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "Partner states")),
                            countries(centre.partnerIso3, world, language)));
    if (!centre.beneficiaryIso3.isEmpty())
        out.append(pair.arg(tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "Countries served")),
                            countries(centre.beneficiaryIso3, world, language)));
    for (const CentreFact& fact : centre.facts)
        out.append(pair.arg(fact.label.text(language), fact.value.text(language)));
    return out;
}

QString CentreDetails::html(const Centre& centre, const WorldMap* world, Language language) const
{
    const QString pair = tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "%1: %2"));
    auto row = [&pair](const QString& label, const QString& value) {
        return QStringLiteral("<p style=\"margin:0 0 4px 0\">%1</p>")
            .arg(pair.arg(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()), value.toHtmlEscaped()));
    };
    QString text
        = QStringLiteral("<h3 style=\"margin:0 0 6px 0\">%1</h3>").arg(centre.name.text(language).toHtmlEscaped());
    const QString country = world ? world->countryName(centre.countryIso3, language) : centre.countryIso3;
    text += row(tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "Location")),
                QStringLiteral("%1, %2").arg(centre.city.text(language), country));
    if (!centre.partnerIso3.isEmpty())
        text += row(tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "Partner states")),
                    countries(centre.partnerIso3, world, language));
    if (!centre.beneficiaryIso3.isEmpty())
        text += row(tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "Countries served")),
                    countries(centre.beneficiaryIso3, world, language));
    for (const CentreFact& fact : centre.facts) {
        text += QStringLiteral("<p style=\"margin:6px 0 0 0\">%1</p>")
                    .arg(pair.arg(QStringLiteral("<b>%1</b>").arg(fact.label.text(language).toHtmlEscaped()),
                                  fact.value.text(language).toHtmlEscaped()));
        // The figure's one citation, as the Sources page gives it; linked to the publication, or the relay.
        QString source = CitationFormat(m_translations, language).full(fact.source).toHtmlEscaped();
        const QString& link = fact.source.link();
        if (link.startsWith(QLatin1String("http")))
            source = QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), source);
        if (fact.confidence == Confidence::Low)
            source += QStringLiteral(" (%1)").arg(
                tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "low confidence")).toHtmlEscaped());
        if (!fact.source.publisher.isEmpty())
            text += QStringLiteral("<p style=\"margin:0 0 0 12px; color:#555\"><small>%1</small></p>")
                        .arg(pair.arg(tr(language, QT_TRANSLATE_NOOP("Vigie::CentreDetails", "Source")).toHtmlEscaped(),
                                      source));
    }
    return text;
}

} // namespace Vigie
