// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/i18n/Language.h"
#include "core/map/MapLayer.h"

namespace Vigie {

class ThreatDatabase;
class Translations;

/// The treaties state by state, as the map's CSV gives them: one row per state listed under any of the
/// three (the Budapest Convention, its Second Protocol, the UN Convention against Cybercrime), with its
/// status under each as of that treaty's date, the dates behind it and their source.
class TreatyTable {
public:
    TreatyTable(const ThreatDatabase& database, const Translations& translations);

    /// "ETS 185", "CETS 224", "UNCC": the database's ids, in the table's order.
    static QStringList treaties();
    QStringList header(Language language) const;
    QList<QStringList> rows(Language language) const;
    /// The header and rows as UTF-8 CSV; cells a spreadsheet would run as formulas are defused.
    QByteArray toCsv(Language language) const;
    /// "Party: in force", "Not signed"… in @p language: the one wording of the CSV, the map's legend and its
    /// tooltip.
    static QString statusName(const Translations& translations, MapLayer::Status status, Language language);

private:
    QString tr(Language language, const char* sourceText) const;

    const Translations& m_translations;
    QList<QList<TreatyStatus>> m_records; ///< per treaty, in treaties() order
    QList<MapLayer> m_layers;
};

} // namespace Vigie
