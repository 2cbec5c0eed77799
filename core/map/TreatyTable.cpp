// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/TreatyTable.h"

#include <QMap>

#include "core/data/ThreatDatabase.h"
#include "core/i18n/CitationFormat.h"
#include "core/i18n/Translations.h"

namespace Vigie {

namespace {

constexpr const char* context = "Vigie::TreatyTable";

MapLayer layerOf(const QString& treaty, const QList<TreatyStatus>& records)
{
    for (MapLayer::Kind kind : MapLayer::allKinds()) {
        if (kind != MapLayer::Kind::None && MapLayer::treatyId(kind) == treaty)
            return MapLayer(kind, records);
    }
    return {};
}

} // namespace

TreatyTable::TreatyTable(const ThreatDatabase& database, const Translations& translations)
    : m_translations(translations)
{
    for (const QString& treaty : treaties()) {
        m_records.append(database.treatyStatuses(treaty));
        m_layers.append(layerOf(treaty, m_records.last()));
    }
}

QStringList TreatyTable::treaties()
{
    return {QStringLiteral("ETS 185"), QStringLiteral("CETS 224"), QStringLiteral("UNCC")};
}

QString TreatyTable::tr(Language language, const char* sourceText) const
{
    return m_translations.translate(language, context, sourceText);
}

QString TreatyTable::statusName(const Translations& translations, MapLayer::Status status, Language language)
{
    // Not "tr": lupdate would misread the calls.
    auto named = [&](const char* text) {
        return translations.translate(language, context, text);
    };
    switch (status) {
    case MapLayer::Status::Party:
        return named(QT_TRANSLATE_NOOP("Vigie::TreatyTable", "Party: in force"));
    case MapLayer::Status::Ratified:
        return named(QT_TRANSLATE_NOOP("Vigie::TreatyTable", "Ratified or acceded, not yet in force"));
    case MapLayer::Status::Signatory:
        return named(QT_TRANSLATE_NOOP("Vigie::TreatyTable", "Signed, not ratified"));
    case MapLayer::Status::Outside:
        return named(QT_TRANSLATE_NOOP("Vigie::TreatyTable", "Not signed"));
    case MapLayer::Status::NoData:
        return named(QT_TRANSLATE_NOOP("Vigie::TreatyTable", "No data"));
    }
    return {};
}

QStringList TreatyTable::header(Language language) const
{
    QStringList header {tr(language, QT_TRANSLATE_NOOP("Vigie::TreatyTable", "ISO code")),
                        tr(language, QT_TRANSLATE_NOOP("Vigie::TreatyTable", "State"))};
    const char* const names[] = {QT_TRANSLATE_NOOP("Vigie::TreatyTable", "Budapest Convention"),
                                 QT_TRANSLATE_NOOP("Vigie::TreatyTable", "Second Additional Protocol"),
                                 QT_TRANSLATE_NOOP("Vigie::TreatyTable", "UN Convention against Cybercrime")};
    for (qsizetype t = 0; t < m_layers.size(); ++t) {
        const QString treaty = tr(language, names[t]);
        // Each treaty's status is read as of its own date.
        header.append(tr(language, QT_TRANSLATE_NOOP("Vigie::TreatyTable", "%1: status as of %2"))
                          .arg(treaty, m_layers.at(t).dataDate()));
        for (const char* column : {QT_TRANSLATE_NOOP("Vigie::TreatyTable", "%1: signature"),
                                   QT_TRANSLATE_NOOP("Vigie::TreatyTable", "%1: ratification or accession"),
                                   QT_TRANSLATE_NOOP("Vigie::TreatyTable", "%1: entry into force"),
                                   QT_TRANSLATE_NOOP("Vigie::TreatyTable", "%1: source")})
            header.append(tr(language, column).arg(treaty));
    }
    return header;
}

QList<QStringList> TreatyTable::rows(Language language) const
{
    // Every state any treaty lists, by ISO code, with its name in the export's language.
    QMap<QString, QString> states;
    for (const QList<TreatyStatus>& records : m_records) {
        for (const TreatyStatus& record : records)
            states.insert(record.iso3, record.state.text(language));
    }
    QList<QStringList> rows;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        QStringList row {it.key(), it.value()};
        for (const MapLayer& layer : m_layers) {
            const TreatyStatus* record = layer.record(it.key());
            row.append(statusName(m_translations, layer.status(it.key()), language));
            row.append(record ? record->signature : QString());
            row.append(record ? record->ratification : QString());
            row.append(record ? record->entryIntoForce : QString());
            row.append(record ? CitationFormat(m_translations, language).full(record->source) : QString());
        }
        rows.append(row);
    }
    return rows;
}

QByteArray TreatyTable::toCsv(Language language) const
{
    auto cell = [](QString text) -> QString {
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
            text.prepend(u'\'');
        return u'"' + text.replace(QLatin1String("\""), QLatin1String("\"\"")) + u'"';
    };
    auto line = [&](const QStringList& cells) {
        QStringList quoted;
        for (const QString& text : cells)
            quoted.append(cell(text));
        return quoted.join(u',');
    };
    QStringList lines {line(header(language))};
    for (const QStringList& row : rows(language))
        lines.append(line(row));
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace Vigie
