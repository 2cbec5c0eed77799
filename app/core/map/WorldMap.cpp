// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorldMap.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "EqualEarth.h"

namespace Vigie {

namespace {

// One ring of [lon, lat] pairs. Long edges are subdivided so that they follow the projection's curves
// (Antarctica's and Russia's edges along the antimeridian are a single segment in the data).
void addRing(QPainterPath& path, const QJsonArray& ring)
{
    bool first = true;
    QPointF previous;
    for (const QJsonValue& value : ring) {
        const QJsonArray pair = value.toArray();
        if (pair.size() < 2)
            continue;
        const QPointF lonLat(pair.at(0).toDouble(), pair.at(1).toDouble());
        if (first) {
            path.moveTo(EqualEarth::project(lonLat));
            first = false;
        } else {
            const double span = std::max(std::abs(lonLat.x() - previous.x()), std::abs(lonLat.y() - previous.y()));
            const int steps = std::max(1, int(span / 2.0));
            for (int i = 1; i <= steps; ++i)
                path.lineTo(EqualEarth::project(previous + (lonLat - previous) * (double(i) / steps)));
        }
        previous = lonLat;
    }
    if (!first)
        path.closeSubpath();
}

void addPolygon(QPainterPath& path, const QJsonArray& rings)
{
    for (const QJsonValue& ring : rings)
        addRing(path, ring.toArray());
}

} // namespace

std::shared_ptr<const WorldMap> WorldMap::loadEmbedded(QString* error)
{
    QFile file(QStringLiteral(":/map/countries-50m.geojson"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Vigie::WorldMap", "The map outlines are missing from this build.");
        return nullptr;
    }
    return fromGeoJson(file.readAll(), error);
}

std::shared_ptr<const WorldMap> WorldMap::fromGeoJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject()
        || document.object().value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")) {
        if (error)
            *error = QCoreApplication::translate("Vigie::WorldMap", "The map outlines cannot be read: %1")
                         .arg(parseError.error != QJsonParseError::NoError
                                  ? parseError.errorString()
                                  : QStringLiteral("not a GeoJSON FeatureCollection"));
        return nullptr;
    }
    std::shared_ptr<WorldMap> map(new WorldMap);
    const QJsonArray features = document.object().value(QLatin1String("features")).toArray();
    map->m_countries.reserve(features.size());
    for (const QJsonValue& featureValue : features) {
        const QJsonObject feature = featureValue.toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        CountryShape shape;
        shape.iso3 = properties.value(QLatin1String("iso_a3")).toString();
        shape.name = {properties.value(QLatin1String("name_en")).toString(),
                      properties.value(QLatin1String("name_fr")).toString()};
        shape.path.setFillRule(Qt::OddEvenFill);
        if (type == QLatin1String("Polygon")) {
            addPolygon(shape.path, coordinates);
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue& polygon : coordinates)
                addPolygon(shape.path, polygon.toArray());
        }
        if (shape.path.isEmpty())
            continue;
        shape.bounds = shape.path.boundingRect();
        if (!shape.iso3.isEmpty())
            map->m_byIso3.insert(shape.iso3, map->m_countries.size());
        map->m_countries.append(std::move(shape));
    }
    if (map->m_countries.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Vigie::WorldMap", "The map outlines cannot be read: %1")
                         .arg(QStringLiteral("no country"));
        return nullptr;
    }
    map->buildGraticule();
    return map;
}

void WorldMap::buildGraticule()
{
    for (int lon = -180; lon <= 180; lon += 30) {
        m_graticule.moveTo(EqualEarth::project(lon, -90));
        for (int lat = -88; lat <= 90; lat += 2)
            m_graticule.lineTo(EqualEarth::project(lon, lat));
    }
    for (int lat = -60; lat <= 60; lat += 30) {
        m_graticule.moveTo(EqualEarth::project(-180, lat));
        for (int lon = -175; lon <= 180; lon += 5)
            m_graticule.lineTo(EqualEarth::project(lon, lat));
    }
    m_outline.moveTo(EqualEarth::project(-180, -90));
    for (int lat = -88; lat <= 90; lat += 2)
        m_outline.lineTo(EqualEarth::project(-180, lat));
    for (int lat = 90; lat >= -90; lat -= 2)
        m_outline.lineTo(EqualEarth::project(180, lat));
    m_outline.closeSubpath();
}

const CountryShape* WorldMap::country(const QString& iso3) const
{
    const auto it = m_byIso3.constFind(iso3);
    return it == m_byIso3.cend() ? nullptr : &m_countries.at(*it);
}

const CountryShape* WorldMap::countryAt(const QPointF& projected) const
{
    for (const CountryShape& shape : m_countries) {
        if (shape.bounds.contains(projected) && shape.path.contains(projected))
            return &shape;
    }
    return nullptr;
}

QString WorldMap::countryName(const QString& iso3, Language language) const
{
    const CountryShape* shape = country(iso3);
    if (!shape)
        return iso3;
    const QString& name = shape->name.text(language);
    return name.isEmpty() ? iso3 : name;
}

qint64 WorldMap::memoryBytes() const
{
    qint64 bytes = sizeof(WorldMap);
    for (const CountryShape& shape : m_countries) {
        bytes += sizeof(CountryShape);
        bytes += qint64(shape.path.elementCount()) * qint64(sizeof(QPainterPath::Element));
        bytes += (shape.iso3.size() + shape.name.english.size() + shape.name.french.size()) * 2;
    }
    bytes += qint64(m_graticule.elementCount() + m_outline.elementCount()) * qint64(sizeof(QPainterPath::Element));
    return bytes;
}

} // namespace Vigie
