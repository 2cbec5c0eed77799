// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QString>

#include "core/map/CountryShape.h"

class QJsonObject;

namespace Vigie {

/// The world's country outlines, parsed once from GeoJSON and kept as projected QPainterPaths. Immutable
/// once built, so that one copy can be loaded off the UI thread and shared by every view and export.
class WorldMap {
public:
    /// Why the outlines could not be loaded. It keeps the reason rather than a sentence, so that a page can
    /// say it again in the language the user switches to.
    struct Problem {
        bool missing = false; ///< the resource is absent; otherwise it cannot be read
        QString detail; ///< the parser's words, when it cannot be read
        QString message() const; ///< in the current language
    };

    /// The outlines built into the executable (:/map/countries-50m.geojson, Natural Earth 1:50m).
    static std::shared_ptr<const WorldMap> loadEmbedded(Problem* problem);
    static std::shared_ptr<const WorldMap> loadEmbedded(QString* error = nullptr);
    /// Parses a GeoJSON FeatureCollection of Polygons and MultiPolygons with iso_a3, name_en and name_fr.
    static std::shared_ptr<const WorldMap> fromGeoJson(const QByteArray& json, Problem* problem);
    static std::shared_ptr<const WorldMap> fromGeoJson(const QByteArray& json, QString* error = nullptr);

    const QList<CountryShape>& countries() const { return m_countries; }
    /// The country with this ISO alpha-3 code, or nullptr.
    const CountryShape* country(const QString& iso3) const;
    /// The country whose outline contains @p projected, or nullptr (the sea).
    const CountryShape* countryAt(const QPointF& projected) const;
    /// The country's name in @p language, or the code itself when the map does not know it.
    QString countryName(const QString& iso3, Language language) const;

    /// Meridians and parallels every 30°, and the outline of the world, projected.
    const QPainterPath& graticule() const { return m_graticule; }
    const QPainterPath& outline() const { return m_outline; }

    /// The projected distances under which CountryShape::levels drop a point, coarsest first.
    static constexpr std::array<double, 3> levelTolerances {0.004, 0.0015, 0.0006};

    /// An estimate of the memory the outlines hold, in bytes.
    qint64 memoryBytes() const;

private:
    WorldMap() = default;
    void addFeature(const QJsonObject& feature);
    void buildGraticule();

    QList<CountryShape> m_countries;
    QHash<QString, qsizetype> m_byIso3;
    QPainterPath m_graticule;
    QPainterPath m_outline;
};

} // namespace Vigie
