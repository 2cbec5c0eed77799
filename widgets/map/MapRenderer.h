// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTransform>

#include "widgets/map/MapScene.h"
#include "widgets/map/MapStyle.h"

class QPainter;

namespace Vigie {

class Translations;

/// The map's drawing code, shared by the screen (MapCanvas) and the files (MapExporter): graticule, countries
/// filled by layer or highlight, coastlines, centre markers with their labels, the legend, and for exports a
/// title and a footer with the attribution. Every text is taken in the language asked, not the interface's.
class MapRenderer {
public:
    /// Why a country stands out when no layer is shown.
    enum class Highlight {
        None,
        France, ///< the state that backs both centres
        Partner, ///< a founding or funding state of the selected centre
        Beneficiary, ///< a state the selected centre serves
    };

    struct LegendEntry {
        QColor colour;
        QString text;
        bool outline = false; ///< drawn as an outline (highlights while a layer fills the countries)
        Qt::BrushStyle pattern = Qt::NoBrush; ///< hatching over the colour, as on the map
    };

    /// A centre's label where the map draws it.
    struct MarkerLabel {
        QString centreId;
        QString text;
        QPointF marker; ///< the centre of its marker
        QPointF baseline;
        QRectF box; ///< the text's box, with its halo
    };

    static constexpr double markerRadius = 7.0;
    static constexpr double markerHitRadius = 12.0;

    explicit MapRenderer(const Translations& translations);

    /// Projected coordinates to @p target: the world fits the target, keeping its aspect ratio, then the
    /// scene's zoom and centre apply.
    static QTransform transform(const QRectF& target, const MapScene& scene);
    static Highlight highlight(const MapScene& scene, const QString& iso3);
    /// The colour a country is filled with.
    static QColor fill(const MapScene& scene, const MapStyle& style, const QString& iso3);
    /// The hatching over a country's fill under a layer, so that statuses differ by more than colour (in
    /// greyscale, and for colour-blind readers): none where the fill alone is clearest.
    static Qt::BrushStyle pattern(const MapScene& scene, const QString& iso3);
    static Qt::BrushStyle statusPattern(MapLayer::Status status);
    /// Where a centre's marker is drawn in @p target.
    static QPointF markerPosition(const MapScene& scene, const QRectF& target, const Centre& centre);
    /// The id of the centre whose marker is at @p pos, or an empty string.
    static QString centreAt(const MapScene& scene, const QRectF& target, const QPointF& pos);
    /// The country at @p pos, or nullptr (the sea, or no map).
    static const CountryShape* countryAt(const MapScene& scene, const QRectF& target, const QPointF& pos);

    enum class Quality {
        Full, ///< antialiased outlines: still frames and exports
        Interactive, ///< aliased country outlines, for frames while the user drags or zooms
    };

    /// Where the centres' labels go in @p target on a map without a legend inside it (the screen's map and
    /// the small one), at the screen's type size.
    QList<MarkerLabel> markerLabels(const QRectF& target, const MapScene& scene, Language language) const;

    /// Paints the map itself in @p target, with its legend when @p withLegend.
    void paintMap(QPainter& painter, const QRectF& target, const MapScene& scene, Language language,
                  const MapStyle& style, bool withLegend = true, Quality quality = Quality::Full) const;
    /// Paints a whole export page of @p logicalSize: title, map, legend, footer with the attribution.
    void paintPage(QPainter& painter, const QSizeF& logicalSize, const MapScene& scene, Language language,
                   const MapStyle& style) const;

    QString title(const MapScene& scene, Language language) const;
    /// "Layer: … (status as of …) — Sources: … — Made with Natural Earth", in @p language.
    QString footer(const MapScene& scene, Language language) const;
    /// "Made with Natural Earth": the credit Natural Earth asks for, verbatim in every language.
    static QString attribution();
    /// "1 September 2025" / "1 septembre 2025" for an ISO date; other texts are returned as they are.
    static QString displayDate(const QString& isoDate, Language language);
    QString layerName(MapLayer::Kind kind, Language language) const;
    QString statusName(MapLayer::Status status, Language language) const;
    QString markerLabel(const Centre& centre, Language language) const;
    /// A country's tooltip, rich text: its name, and under a treaty layer its status as of the layer's date,
    /// its dates and the source they come from.
    QString countryTip(const MapScene& scene, const CountryShape& country, Language language) const;
    /// What *Copy citation* gives for a state under a treaty layer, plain text: the state and its status as the
    /// tooltip gives them, the source's full citation and the date of the data. Empty without a record.
    QString countryCitation(const MapScene& scene, const QString& iso3, Language language) const;
    QList<LegendEntry> legend(const MapScene& scene, Language language, const MapStyle& style) const;
    /// The legend's heading: the layer's name, or "Legend"; on screen behind a mark that says it folds.
    QString legendHeading(const MapScene& scene, Language language) const;
    /// Where paintMap draws the legend in @p target: the globe's lower left corner, at screen size.
    QRectF legendRect(const QRectF& target, const MapScene& scene, Language language) const;

    const Translations& translations() const { return m_translations; }

private:
    QString tr(Language language, const char* sourceText) const;
    /// A state's known dates under a treaty, one line each ("Signed: 23 November 2001"), for the tooltip
    /// and the copied citation alike.
    QStringList statusDates(const TreatyStatus& record, Language language) const;
    /// The type sizes of a map page, in logical pixels, for its size.
    struct MapType {
        double title = 17;
        double footer = 11;
        double label = 12.5;
        double legend = 11.5;
        static MapType forSize(const QSizeF& logicalSize);
    };
    void paintMapArea(QPainter& painter, const QRectF& target, const MapScene& scene, Language language,
                      const MapStyle& style, Quality quality, const MapType& type, bool legendInside,
                      const QRectF& keepClear) const;
    /// Places each centre's label beside its marker, clear of @p taken and of the other markers.
    QList<MarkerLabel> placeMarkerLabels(const QTransform& t, const QRectF& target, const MapScene& scene,
                                         Language language, const QFont& font, QList<QRectF> taken) const;
    QSizeF legendSize(const MapScene& scene, Language language, const MapStyle& style, double pixels) const;
    QRectF legendBoxIn(const QRectF& target, const QTransform& t, const MapScene& scene, Language language,
                       const MapStyle& style, double pixels) const;
    void paintLegendBox(QPainter& painter, const QRectF& box, const MapScene& scene, Language language,
                        const MapStyle& style, double pixels) const;

    const Translations& m_translations;
};

} // namespace Vigie
