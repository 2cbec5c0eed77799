// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>

#include "core/data/Records.h"
#include "core/map/MapLocationModel.h"

namespace Vigie::Fixtures {

/// The two capacity centres, built by hand with the city coordinates of the research data, so that the map
/// tests do not depend on the database's centre table.
inline QList<Centre> centres()
{
    Source mfa;
    mfa.publisher = QStringLiteral("Ministère de l'Europe et des Affaires étrangères");
    mfa.title = QStringLiteral("Sénégal : inauguration de l'ENVR");

    Centre envr;
    envr.id = QStringLiteral("envr");
    envr.name = {QStringLiteral("National Cyber Academy in Dakar (regional vocation)"),
                 QStringLiteral("École nationale de cybersécurité à vocation régionale")};
    envr.shortName = {QStringLiteral("ENVR"), QStringLiteral("ENVR")};
    envr.city = {QStringLiteral("Dakar"), QStringLiteral("Dakar")};
    envr.countryIso3 = QStringLiteral("SEN");
    envr.latitude = 14.71306;
    envr.longitude = -17.45444;
    envr.partnerIso3 = {QStringLiteral("FRA"), QStringLiteral("SEN")};
    envr.facts.append({QStringLiteral("envr.inauguration"),
                       {QStringLiteral("Inaugurated"), QStringLiteral("Inauguration")},
                       {QStringLiteral("6 November 2018"), QStringLiteral("6 novembre 2018")},
                       Confidence::High,
                       mfa});
    envr.facts.append({QStringLiteral("envr.trainees"),
                       {QStringLiteral("People trained"), QStringLiteral("Personnes formées")},
                       {QStringLiteral("more than 400 (2021)"), QStringLiteral("plus de 400 (2021)")},
                       Confidence::Medium,
                       mfa});

    Centre wb3c;
    wb3c.id = QStringLiteral("wb3c");
    wb3c.name = {QStringLiteral("Western Balkans Cyber Capacity Centre (WB3C)"),
                 QStringLiteral("Centre de développement des capacités cyber dans les Balkans occidentaux (C3BO)")};
    wb3c.shortName = {QStringLiteral("WB3C"), QStringLiteral("C3BO")};
    wb3c.city = {QStringLiteral("Podgorica"), QStringLiteral("Podgorica")};
    wb3c.countryIso3 = QStringLiteral("MNE");
    wb3c.latitude = 42.4412861;
    wb3c.longitude = 19.2628917;
    wb3c.partnerIso3 = {QStringLiteral("FRA"), QStringLiteral("MNE"), QStringLiteral("SVN")};
    wb3c.beneficiaryIso3 = {QStringLiteral("ALB"), QStringLiteral("BIH"), QStringLiteral("XKX"),
                            QStringLiteral("MNE"), QStringLiteral("MKD"), QStringLiteral("SRB")};
    wb3c.facts.append({QStringLiteral("wb3c.treaty_signature"),
                       {QStringLiteral("Treaty signed"), QStringLiteral("Signature du traité")},
                       {QStringLiteral("16 October 2023"), QStringLiteral("16 octobre 2023")},
                       Confidence::High,
                       mfa});
    return {envr, wb3c};
}

/// A few states' status towards a treaty.
inline TreatyStatus status(const QString& treaty, const QString& iso3, const QString& signature,
                           const QString& ratification, const QString& asOf = QStringLiteral("2025-06-30"),
                           const QString& inForce = {})
{
    TreatyStatus s;
    s.treaty = treaty;
    s.iso3 = iso3;
    s.signature = signature;
    s.ratification = ratification;
    s.entryIntoForce = inForce;
    s.statusAsOf = asOf;
    return s;
}

inline QList<TreatyStatus> budapest()
{
    const QString ets = QStringLiteral("ETS 185");
    const QString asOf = QStringLiteral("2025-06-30");
    return {status(ets, QStringLiteral("FRA"), QStringLiteral("2001-11-23"), QStringLiteral("2006-01-10"), asOf,
                   QStringLiteral("2006-05-01")),
            status(ets, QStringLiteral("SEN"), {}, QStringLiteral("2016-12-16"), asOf, QStringLiteral("2017-04-01")),
            status(ets, QStringLiteral("NZL"), {}, QStringLiteral("2025-08-28"), QStringLiteral("2025-09-01"),
                   QStringLiteral("2025-12-01")), // deposited; in force after the layer's date
            status(ets, QStringLiteral("IRL"), QStringLiteral("2002-02-28"), {}),
            status(ets, QStringLiteral("ECU"), {}, {}, asOf, QStringLiteral("2025"))}; // a year alone
}

inline QList<TreatyStatus> unConvention()
{
    const QString uncc = QStringLiteral("UNCC");
    return {status(uncc, QStringLiteral("FRA"), QStringLiteral("2025-10-25"), {}),
            status(uncc, QStringLiteral("VNM"), QStringLiteral("2025-10-25"), {})};
}

/// The two centres in a location model, the map's one store of them, with @p selected selected.
inline std::unique_ptr<MapLocationModel> locations(const QString& selected = {})
{
    auto model = std::make_unique<MapLocationModel>();
    model->setCentres(centres());
    model->setSelectedId(selected);
    return model;
}

} // namespace Vigie::Fixtures
