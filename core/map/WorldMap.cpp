// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/map/WorldMap.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>

#include "core/map/EqualEarth.h"

namespace Vigie {

namespace {

// Adds one ring of longitude/latitude points to the full path and to each simplified level. Long edges are
// subdivided so that they follow the projection's curves (edges along the antimeridian or the pole are a
// single segment in the data).
void addLonLatRing(CountryShape& shape, const QPolygonF& ring)
{
    if (ring.size() < 3)
        return;
    QPolygonF projected;
    projected.reserve(ring.size());
    projected.append(EqualEarth::project(ring.first()));
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const QPointF previous = ring.at(i - 1);
        const QPointF current = ring.at(i);
        const double span = std::max(std::abs(current.x() - previous.x()), std::abs(current.y() - previous.y()));
        const int steps = std::max(1, int(span / 2.0));
        for (int step = 1; step <= steps; ++step)
            projected.append(EqualEarth::project(previous + (current - previous) * (double(step) / steps)));
    }
    shape.path.addPolygon(projected);
    shape.path.closeSubpath();

    // Radial-distance simplification: cheap, and enough when the tolerance stays under a pixel.
    for (std::size_t level = 0; level < WorldMap::levelTolerances.size(); ++level) {
        const double tolerance = WorldMap::levelTolerances.at(level);
        QPolygonF simplified;
        simplified.append(projected.first());
        for (const QPointF& p : projected) {
            if (std::abs(p.x() - simplified.last().x()) + std::abs(p.y() - simplified.last().y()) > tolerance)
                simplified.append(p);
        }
        if (simplified.size() >= 3) { // islands smaller than the tolerance vanish from that level only
            shape.levels.at(level).addPolygon(simplified);
            shape.levels.at(level).closeSubpath();
        }
    }
}

// One ring of [lon, lat] pairs. A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from
// +180 to −180 twice: it is unwrapped into one continuous polygon, then cut at ±180 into its two halves, each
// drawn on its own side of the map. Without this, its edges would cross the whole world.
/// True for a point on the globe. Anything else is refused before it is densified: a latitude of 10⁸ degrees
/// would ask for tens of millions of interpolated points.
bool onTheGlobe(const QJsonArray& pair)
{
    if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
        return false;
    const double lon = pair.at(0).toDouble();
    const double lat = pair.at(1).toDouble();
    return std::isfinite(lon) && std::isfinite(lat) && lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0;
}

void addRing(CountryShape& shape, const QJsonArray& coordinates)
{
    for (const auto& value : coordinates) {
        if (!onTheGlobe(value.toArray()))
            return; // a damaged ring is left out whole, rather than drawn wrong
    }
    QPolygonF ring;
    ring.reserve(coordinates.size());
    int jumps = 0;
    double offset = 0;
    for (const auto& value : coordinates) {
        const QJsonArray pair = value.toArray();
        if (pair.size() < 2)
            continue;
        double lon = pair.at(0).toDouble() + offset;
        if (!ring.isEmpty() && std::abs(lon - ring.last().x()) > 180) {
            ++jumps;
            const double shift = lon < ring.last().x() ? 360 : -360;
            offset += shift;
            lon += shift;
        }
        ring.append(QPointF(lon, pair.at(1).toDouble()));
    }
    // An odd number of jumps is a ring around a pole (Antarctica): its longitudes are right as they are.
    if (jumps == 0 || jumps % 2 != 0) {
        if (jumps != 0) {
            ring.clear();
            for (const auto& value : coordinates) {
                const QJsonArray pair = value.toArray();
                if (pair.size() >= 2)
                    ring.append(QPointF(pair.at(0).toDouble(), pair.at(1).toDouble()));
            }
        }
        addLonLatRing(shape, ring);
        return;
    }
    QPainterPath unwrapped;
    unwrapped.addPolygon(ring);
    unwrapped.closeSubpath();
    for (double shift : {-360.0, 0.0, 360.0}) {
        QPainterPath window;
        window.addRect(QRectF(-180 + shift, -90, 360, 180));
        const QPainterPath part = unwrapped.intersected(window);
        for (QPolygonF polygon : part.toSubpathPolygons()) {
            polygon.translate(-shift, 0);
            addLonLatRing(shape, polygon);
        }
    }
}

void addPolygon(CountryShape& shape, const QJsonArray& rings)
{
    for (const auto& ring : rings)
        addRing(shape, ring.toArray());
}

} // namespace

QString WorldMap::Problem::message() const
{
    if (missing)
        return QCoreApplication::translate("Vigie::WorldMap", "The map outlines are missing from this build.");
    return QCoreApplication::translate("Vigie::WorldMap", "The map outlines cannot be read: %1").arg(detail);
}

std::shared_ptr<const WorldMap> WorldMap::loadEmbedded(Problem* problem)
{
    QFile file(QStringLiteral(":/map/countries-50m.geojson"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = {true, {}};
        return nullptr;
    }
    return fromGeoJson(file.readAll(), problem);
}

std::shared_ptr<const WorldMap> WorldMap::loadEmbedded(QString* error)
{
    Problem problem;
    auto map = loadEmbedded(&problem);
    if (!map && error)
        *error = problem.message();
    return map;
}

std::shared_ptr<const WorldMap> WorldMap::fromGeoJson(const QByteArray& json, QString* error)
{
    Problem problem;
    auto map = fromGeoJson(json, &problem);
    if (!map && error)
        *error = problem.message();
    return map;
}

namespace {

/// Where the elements of the top-level "features" array lie in @p json, and the document without them.
struct FeatureSlices {
    QByteArray skeleton; ///< the document with an empty "features" array
    QList<std::pair<qsizetype, qsizetype>> features; ///< start and length of each element
};

/// Finds the features of a FeatureCollection without building the whole document, so that they can be parsed
/// one at a time: a document of 100,000 points then never holds more than one country's tree. Nothing when
/// the text is not laid out as a plain object with a "features" array of objects; the caller then parses it
/// whole, which also gives the error message.
std::optional<FeatureSlices> sliceFeatures(const QByteArray& json)
{
    const qsizetype n = json.size();
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < n && (json[i] == ' ' || json[i] == '\n' || json[i] == '\r' || json[i] == '\t'))
            ++i;
    };
    // Past a string starting at i (a quote); false when it does not end.
    auto skipString = [&] {
        for (++i; i < n; ++i) {
            if (json[i] == '\\')
                ++i;
            else if (json[i] == '"') {
                ++i;
                return true;
            }
        }
        return false;
    };
    // Past one value of any kind, counting brackets outside strings; false when it does not end.
    auto skipValue = [&] {
        int depth = 0;
        while (i < n) {
            const char c = json[i];
            if (c == '"') {
                if (!skipString())
                    return false;
                if (depth == 0)
                    return true;
                continue;
            }
            if (depth == 0 && (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t'))
                return true; // the end of a number, true, false or null
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    ++i;
                    return true;
                }
            }
            ++i;
        }
        return false;
    };
    skipSpace();
    if (i >= n || json[i] != '{')
        return std::nullopt;
    ++i;
    FeatureSlices slices;
    bool found = false;
    while (true) {
        skipSpace();
        if (i >= n || json[i] != '"')
            return std::nullopt;
        const qsizetype keyStart = i;
        if (!skipString())
            return std::nullopt;
        const QByteArray key = json.mid(keyStart, i - keyStart);
        // An escaped key could spell "features" another way, and a second "features" would win in Qt's
        // parser: either way, the whole document decides.
        if (key.contains('\\'))
            return std::nullopt;
        const bool isFeatures = key == "\"features\"";
        skipSpace();
        if (i >= n || json[i] != ':')
            return std::nullopt;
        ++i;
        skipSpace();
        if (isFeatures) {
            if (found || i >= n || json[i] != '[')
                return std::nullopt;
            found = true;
            const qsizetype open = i++;
            skipSpace();
            if (i < n && json[i] == ']') {
                ++i;
            } else {
                while (true) {
                    skipSpace();
                    if (i >= n || json[i] != '{')
                        return std::nullopt;
                    const qsizetype start = i;
                    if (!skipValue())
                        return std::nullopt;
                    slices.features.append({start, i - start});
                    skipSpace();
                    if (i < n && json[i] == ',') {
                        ++i;
                        continue;
                    }
                    if (i < n && json[i] == ']') {
                        ++i;
                        break;
                    }
                    return std::nullopt;
                }
            }
            slices.skeleton = json.left(open + 1) + json.mid(i - 1);
        } else if (!skipValue()) {
            return std::nullopt;
        }
        skipSpace();
        if (i < n && json[i] == '}') {
            if (!found)
                return std::nullopt; // the object ended with no "features"
            return slices; // its skeleton ends with the rest of the document, as it was after the array
        }
        if (i >= n || json[i] != ',')
            return std::nullopt;
        ++i;
    }
}

} // namespace

std::shared_ptr<const WorldMap> WorldMap::fromGeoJson(const QByteArray& json, Problem* problem)
{
    auto isCollection = [](const QJsonDocument& document) {
        return document.isObject()
            && document.object().value(QLatin1String("type")).toString() == QLatin1String("FeatureCollection");
    };
    std::shared_ptr<WorldMap> map(new WorldMap);
    // One feature at a time when the layout allows it; at any doubt, the whole document, which also says
    // what is wrong.
    bool read = false;
    if (const std::optional<FeatureSlices> slices = sliceFeatures(json)) {
        if (isCollection(QJsonDocument::fromJson(slices->skeleton))) {
            read = true;
            map->m_countries.reserve(slices->features.size());
            for (const auto& [start, length] : slices->features) {
                const QJsonDocument feature = QJsonDocument::fromJson(json.mid(start, length));
                if (!feature.isObject()) {
                    read = false;
                    map.reset(new WorldMap);
                    break;
                }
                map->addFeature(feature.object());
            }
        }
    }
    if (!read) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (document.isNull() || !isCollection(document)) {
            if (problem)
                *problem = {false,
                            parseError.error != QJsonParseError::NoError
                                ? parseError.errorString()
                                : QStringLiteral("not a GeoJSON FeatureCollection")};
            return nullptr;
        }
        const QJsonArray features = document.object().value(QLatin1String("features")).toArray();
        map->m_countries.reserve(features.size());
        for (const auto& feature : features)
            map->addFeature(feature.toObject());
    }
    if (map->m_countries.isEmpty()) {
        if (problem)
            *problem = {false, QStringLiteral("no country")};
        return nullptr;
    }
    map->buildGraticule();
    return map;
}

void WorldMap::addFeature(const QJsonObject& feature)
{
    const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
    const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    CountryShape shape;
    shape.iso3 = properties.value(QLatin1String("iso_a3")).toString();
    shape.name = {properties.value(QLatin1String("name_en")).toString(),
                  properties.value(QLatin1String("name_fr")).toString()};
    shape.path.setFillRule(Qt::OddEvenFill);
    for (QPainterPath& level : shape.levels)
        level.setFillRule(Qt::OddEvenFill);
    if (type == QLatin1String("Polygon")) {
        addPolygon(shape, coordinates);
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const auto& polygon : coordinates)
            addPolygon(shape, polygon.toArray());
    }
    if (shape.path.isEmpty())
        return;
    shape.bounds = shape.path.boundingRect();
    if (!shape.iso3.isEmpty())
        m_byIso3.insert(shape.iso3, m_countries.size());
    m_countries.append(std::move(shape));
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

const QPainterPath& CountryShape::pathForScale(double pixelsPerUnit) const
{
    // A dropped point may be off by the tolerance; under about a pixel, nobody sees it.
    for (std::size_t level = 0; level < levels.size(); ++level) {
        if (WorldMap::levelTolerances.at(level) * pixelsPerUnit <= 1.0 && !levels.at(level).isEmpty())
            return levels.at(level);
    }
    return path;
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
        qint64 elements = shape.path.elementCount();
        for (const QPainterPath& level : shape.levels)
            elements += level.elementCount();
        bytes += elements * qint64(sizeof(QPainterPath::Element));
        bytes += (shape.iso3.size() + shape.name.english.size() + shape.name.french.size()) * 2;
    }
    bytes += qint64(m_graticule.elementCount() + m_outline.elementCount()) * qint64(sizeof(QPainterPath::Element));
    return bytes;
}

} // namespace Vigie
