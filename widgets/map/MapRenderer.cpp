// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/MapRenderer.h"

#include <algorithm>

#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include "core/i18n/CitationFormat.h"
#include "core/i18n/NumberFormat.h"
#include "core/i18n/Translations.h"
#include "core/map/EqualEarth.h"
#include "core/map/TreatyTable.h"
#include "widgets/Typeface.h"

namespace Vigie {

namespace {

constexpr const char* context = "Vigie::MapRenderer";

// Fonts in pixels of the logical (96 DPI) page, so that exports scale them with the painter only.
QFont fontOfPixels(double pixels, bool bold = false)
{
    return Typeface::font(std::max(8.0, pixels), bold); // never under 8 px, 6 pt in print
}

QFont legendFont(double pixels, bool bold = false)
{
    return fontOfPixels(pixels, bold);
}

// Text with a halo of the background colour, so that labels stay legible over any country.
void drawHaloText(QPainter& painter, const QPointF& baseline, const QString& text, const QColor& colour,
                  const QColor& halo)
{
    QPainterPath path;
    path.addText(baseline, painter.font(), text);
    painter.setPen(QPen(halo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(colour);
    painter.drawText(baseline, text);
}

} // namespace

QString MapRenderer::displayDate(const QString& isoDate, Language language)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    return date.isValid() ? NumberFormat(language).longDate(date) : isoDate;
}

MapRenderer::MapRenderer(const Translations& translations)
    : m_translations(translations)
{
}

QString MapRenderer::tr(Language language, const char* sourceText) const
{
    return m_translations.translate(language, context, sourceText);
}

QTransform MapRenderer::transform(const QRectF& target, const MapScene& scene)
{
    const QRectF world = EqualEarth::worldBounds();
    const double fit = std::min(target.width() / world.width(), target.height() / world.height());
    const double scale = fit * std::clamp(scene.zoom, MapScene::minimumZoom, MapScene::maximumZoom);
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, scale);
    t.translate(-scene.centre.x(), -scene.centre.y());
    return t;
}

MapRenderer::Highlight MapRenderer::highlight(const MapScene& scene, const QString& iso3)
{
    if (iso3.isEmpty())
        return Highlight::None;
    if (iso3 == QLatin1String("FRA"))
        return Highlight::France;
    if (const Centre* selected = scene.selectedCentre()) {
        if (selected->partnerIso3.contains(iso3))
            return Highlight::Partner;
        if (selected->beneficiaryIso3.contains(iso3))
            return Highlight::Beneficiary;
    }
    return Highlight::None;
}

QColor MapRenderer::fill(const MapScene& scene, const MapStyle& style, const QString& iso3)
{
    // A layer fills the countries by status; highlights then become outlines, so that both stay readable.
    if (scene.layer.kind() != MapLayer::Kind::None) {
        switch (scene.layer.status(iso3)) {
        case MapLayer::Status::Party:
            return style.party;
        case MapLayer::Status::Ratified:
            return style.ratified;
        case MapLayer::Status::Signatory:
            return style.signatory;
        case MapLayer::Status::Outside:
            return style.outside;
        case MapLayer::Status::NoData:
            return style.land;
        }
    }
    switch (highlight(scene, iso3)) {
    case Highlight::France:
        return style.france;
    case Highlight::Partner:
        return style.partner;
    case Highlight::Beneficiary:
        return style.beneficiary;
    case Highlight::None:
        break;
    }
    return style.land;
}

Qt::BrushStyle MapRenderer::statusPattern(MapLayer::Status status)
{
    // In force: solid, the darkest; ratified, not yet in force: diagonal lines; signed only: a cross-hatch;
    // not signed: plain and light; no data: dots.
    switch (status) {
    case MapLayer::Status::Party:
    case MapLayer::Status::Outside:
        return Qt::NoBrush;
    case MapLayer::Status::Ratified:
        return Qt::BDiagPattern;
    case MapLayer::Status::Signatory:
        return Qt::DiagCrossPattern;
    case MapLayer::Status::NoData:
        return Qt::Dense6Pattern;
    }
    return Qt::NoBrush;
}

Qt::BrushStyle MapRenderer::pattern(const MapScene& scene, const QString& iso3)
{
    return scene.layer.kind() == MapLayer::Kind::None ? Qt::NoBrush : statusPattern(scene.layer.status(iso3));
}

QPointF MapRenderer::markerPosition(const MapScene& scene, const QRectF& target, const Centre& centre)
{
    return transform(target, scene).map(EqualEarth::project(centre.longitude, centre.latitude));
}

QString MapRenderer::centreAt(const MapScene& scene, const QRectF& target, const QPointF& pos)
{
    QString best;
    double bestDistance = markerHitRadius;
    for (const Centre& centre : scene.centres()) {
        const double distance = QLineF(markerPosition(scene, target, centre), pos).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = centre.id;
        }
    }
    return best;
}

const CountryShape* MapRenderer::countryAt(const MapScene& scene, const QRectF& target, const QPointF& pos)
{
    if (!scene.world)
        return nullptr;
    bool invertible = false;
    const QTransform inverse = transform(target, scene).inverted(&invertible);
    return invertible ? scene.world->countryAt(inverse.map(pos)) : nullptr;
}

QString MapRenderer::markerLabel(const Centre& centre, Language language) const
{
    const QString city = centre.city.text(language);
    const QString shortName = centre.shortName.text(language);
    return city.isEmpty() ? shortName : QStringLiteral("%1 — %2").arg(shortName, city);
}

MapRenderer::MapType MapRenderer::MapType::forSize(const QSizeF& logicalSize)
{
    // As charts do: full size from a laptop's map panel up, down to 70 % on the smallest page exported.
    const double scale = std::clamp(std::min(logicalSize.width() / 760.0, logicalSize.height() / 430.0), 0.7, 1.0);
    MapType type;
    type.title *= scale;
    type.footer *= scale;
    type.label *= scale;
    type.legend *= scale;
    return type;
}

void MapRenderer::paintMap(QPainter& painter, const QRectF& target, const MapScene& scene, Language language,
                           const MapStyle& style, bool withLegend, Quality quality) const
{
    paintMapArea(painter, target, scene, language, style, quality, MapType(), withLegend, QRectF());
}

void MapRenderer::paintMapArea(QPainter& painter, const QRectF& target, const MapScene& scene, Language language,
                               const MapStyle& style, Quality quality, const MapType& type, bool legendInside,
                               const QRectF& keepClear) const
{
    painter.save();
    painter.setClipRect(target);
    painter.fillRect(target, style.background);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform t = transform(target, scene);
    bool invertible = false;
    // Only the countries that show are drawn: at a high zoom, most of the world is culled.
    const QRectF visible = t.inverted(&invertible).mapRect(target);

    if (scene.world) {
        const WorldMap& world = *scene.world;
        painter.save();
        painter.setTransform(t, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.ocean);
        painter.drawPath(world.outline());
        QPen graticulePen(style.graticule, 0.8);
        graticulePen.setCosmetic(true);
        painter.setPen(graticulePen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(world.graticule());

        QPen coast(style.coast, 0.6);
        coast.setCosmetic(true);
        painter.setPen(coast);
        // Antialiasing 100 000 outline points is most of a frame's cost: frames during a drag skip it.
        painter.setRenderHint(QPainter::Antialiasing, quality == Quality::Full);
        // Simplified outlines look the same at small scales and draw much faster.
        const double pixelsPerUnit = t.m11();
        for (const CountryShape& shape : world.countries()) {
            if (!shape.bounds.intersects(visible))
                continue;
            painter.setBrush(fill(scene, style, shape.iso3));
            painter.drawPath(shape.pathForScale(pixelsPerUnit));
        }
        // The statuses' hatching over their fills, in device pixels, so that it reads at every zoom.
        if (scene.layer.kind() != MapLayer::Kind::None) {
            painter.setPen(Qt::NoPen);
            for (const CountryShape& shape : world.countries()) {
                const Qt::BrushStyle hatching = pattern(scene, shape.iso3);
                if (hatching == Qt::NoBrush || !shape.bounds.intersects(visible))
                    continue;
                QBrush brush(style.hatch, hatching);
                brush.setTransform(painter.worldTransform().inverted()); // device-aligned, not scaled with the map
                painter.setBrush(brush);
                painter.drawPath(shape.pathForScale(pixelsPerUnit));
            }
            painter.setPen(coast);
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
        // Outlines go on top of every fill: highlights while a layer is shown, and the hovered country.
        for (const CountryShape& shape : world.countries()) {
            if (shape.iso3.isEmpty() || !shape.bounds.intersects(visible))
                continue;
            QColor outline;
            if (shape.iso3 == scene.hoveredIso3)
                outline = style.hover;
            else if (scene.layer.kind() != MapLayer::Kind::None) {
                switch (highlight(scene, shape.iso3)) {
                case Highlight::France:
                    outline = style.france;
                    break;
                case Highlight::Partner:
                    outline = style.partner;
                    break;
                case Highlight::Beneficiary:
                    outline = style.beneficiary;
                    break;
                case Highlight::None:
                    break;
                }
            }
            if (!outline.isValid())
                continue;
            QPen pen(outline, 2.2);
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(shape.pathForScale(pixelsPerUnit));
        }
        painter.restore();
    }

    // The legend sits in the corner of the globe, not of a letterboxed widget; labels keep clear of it.
    QList<QRectF> taken;
    if (keepClear.isValid())
        taken.append(keepClear);
    QRectF legendBox;
    if (legendInside) {
        legendBox = legendBoxIn(target, t, scene, language, style, type.legend);
        taken.append(legendBox);
    }

    // Markers and labels in device space, so that they keep their size at any zoom.
    for (const Centre& centre : scene.centres()) {
        const QPointF p = t.map(EqualEarth::project(centre.longitude, centre.latitude));
        const bool selected = centre.id == scene.selectedId();
        const double radius = selected ? markerRadius + 2 : markerRadius;
        painter.setPen(QPen(style.background, 2));
        painter.setBrush(selected ? style.markerSelected : style.marker);
        painter.drawEllipse(p, radius, radius);
        if (selected) {
            painter.setPen(QPen(style.markerSelected, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(p, radius + 4, radius + 4);
        }
    }
    const QFont labelFont = fontOfPixels(type.label, true);
    painter.setFont(labelFont);
    for (const MarkerLabel& label : placeMarkerLabels(t, target, scene, language, labelFont, taken))
        drawHaloText(painter, label.baseline, label.text, style.foreground, style.background);

    if (legendInside && target.contains(legendBox))
        paintLegendBox(painter, legendBox, scene, language, style, type.legend);
    painter.restore();
}

QList<MapRenderer::MarkerLabel> MapRenderer::markerLabels(const QRectF& target, const MapScene& scene,
                                                          Language language) const
{
    return placeMarkerLabels(transform(target, scene), target, scene, language, fontOfPixels(MapType().label, true),
                             {});
}

QList<MapRenderer::MarkerLabel> MapRenderer::placeMarkerLabels(const QTransform& t, const QRectF& target,
                                                               const MapScene& scene, Language language,
                                                               const QFont& font, QList<QRectF> taken) const
{
    const QFontMetricsF metrics(font);
    // Every marker, with its selection ring, is kept clear: a label never hides another centre. A label's
    // own marker is left out of the test, since the label starts just beside its ring.
    QList<QRectF> markers;
    for (const Centre& centre : scene.centres()) {
        const QPointF p = t.map(EqualEarth::project(centre.longitude, centre.latitude));
        const double ring = markerRadius + 6;
        markers.append(QRectF(p.x() - ring, p.y() - ring, 2 * ring, 2 * ring));
    }
    if (!scene.labelsKeepClear.isNull())
        taken.append(t.mapRect(scene.labelsKeepClear));
    QList<MarkerLabel> placed;
    for (qsizetype index = 0; index < scene.centres().size(); ++index) {
        const Centre& centre = scene.centres().at(index);
        const QPointF p = t.map(EqualEarth::project(centre.longitude, centre.latitude));
        const double radius = centre.id == scene.selectedId() ? markerRadius + 2 : markerRadius;
        // A label goes on its own side (left of a marker in the west, right of one in the east), away from
        // France and the other centre, in full, then as the short name, then as its acronym; only then on the
        // other side. Short of
        // room, it is left out: the centre's list and details still name it.
        const bool west = centre.longitude < 0;
        const QString full = markerLabel(centre, language);
        const QString shortName = centre.shortName.text(language);
        // "C3BO (WB3C)" gives "C3BO": the acronym in the map's language.
        const QString acronym = shortName.section(QStringLiteral(" ("), 0, 0);
        const std::pair<QString, bool> tries[] = {{full, west},  {shortName, west},  {acronym, west},
                                                  {full, !west}, {shortName, !west}, {acronym, !west}};
        for (const auto& [label, left] : tries) {
            if (label.isEmpty())
                continue;
            const double width = metrics.horizontalAdvance(label);
            const QPointF baseline(left ? p.x() - radius - 6 - width : p.x() + radius + 6,
                                   p.y() + metrics.ascent() / 2 - 1);
            const QRectF box(baseline.x() - 2, baseline.y() - metrics.ascent() - 2, width + 4, metrics.height() + 4);
            auto overlaps = [&box](const QRectF& other) {
                return other.intersects(box);
            };
            bool hidesAMarker = false;
            for (qsizetype other = 0; other < markers.size(); ++other)
                hidesAMarker = hidesAMarker || (other != index && overlaps(markers.at(other)));
            if (!target.contains(box) || hidesAMarker || std::any_of(taken.cbegin(), taken.cend(), overlaps))
                continue;
            taken.append(box);
            placed.append({centre.id, label, p, baseline, box});
            break;
        }
    }
    return placed;
}

QList<MapRenderer::LegendEntry> MapRenderer::legend(const MapScene& scene, Language language,
                                                    const MapStyle& style) const
{
    QList<LegendEntry> entries;
    const bool layered = scene.layer.kind() != MapLayer::Kind::None;
    if (layered) {
        // Exactly the statuses drawn: those of the countries on the map ("no data" too, where there is any).
        QSet<MapLayer::Status> drawn;
        if (scene.world) {
            for (const CountryShape& shape : scene.world->countries())
                drawn.insert(scene.layer.status(shape.iso3));
        } else { // no outlines: what the records say, and what any other state would be
            for (const MapLayer::Status status : {MapLayer::Status::Party, MapLayer::Status::Ratified,
                                                  MapLayer::Status::Signatory, MapLayer::Status::Outside}) {
                if (scene.layer.count(status) > 0)
                    drawn.insert(status);
            }
            drawn.insert(scene.layer.isComplete() ? MapLayer::Status::Outside : MapLayer::Status::NoData);
        }
        const std::pair<MapLayer::Status, QColor> order[] = {{MapLayer::Status::Party, style.party},
                                                             {MapLayer::Status::Ratified, style.ratified},
                                                             {MapLayer::Status::Signatory, style.signatory},
                                                             {MapLayer::Status::Outside, style.outside},
                                                             {MapLayer::Status::NoData, style.land}};
        for (const auto& [status, colour] : order) {
            if (drawn.contains(status))
                entries.append({colour, statusName(status, language), false, statusPattern(status)});
        }
    }
    entries.append(
        {style.france, tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "France (backs both centres)")), layered});
    if (const Centre* selected = scene.selectedCentre()) {
        // Only what is lit: France has its own colour, and a partner that it serves too is lit as a partner.
        auto lit = [&scene](const QStringList& states, Highlight as) {
            return std::any_of(states.cbegin(), states.cend(),
                               [&](const QString& iso3) { return highlight(scene, iso3) == as; });
        };
        if (lit(selected->partnerIso3, Highlight::Partner))
            entries.append({style.partner,
                            tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Partner states of the centre")),
                            layered});
        if (lit(selected->beneficiaryIso3, Highlight::Beneficiary))
            entries.append({style.beneficiary,
                            tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "States the centre serves")),
                            layered});
    }
    return entries;
}

QString MapRenderer::legendHeading(const MapScene& scene, Language language) const
{
    const bool layered = scene.layer.kind() != MapLayer::Kind::None;
    QString name = layered ? layerName(scene.layer.kind(), language)
                           : tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Legend"));
    switch (scene.legendForm) {
    case MapScene::LegendForm::Whole: // a file: the layer's name, or no heading for the highlights alone
        return layered ? name : QString();
    case MapScene::LegendForm::Open:
        return QStringLiteral("\u25BE ") + name;
    case MapScene::LegendForm::Folded:
        return QStringLiteral("\u25B8 ") + name;
    }
    return name;
}

namespace {
// The legend's metrics at a type size: one line per entry, a swatch a little smaller than the text.
struct LegendMetrics {
    explicit LegendMetrics(double pixels)
        : text(legendFont(pixels))
        , heading(legendFont(pixels, true))
        , line(text.height() + 4)
        , swatch(text.height() * 0.8)
    {
    }
    QFontMetricsF text;
    QFontMetricsF heading;
    double line;
    double swatch;
    static constexpr double padding = 8; ///< inside the box, left and right
    static constexpr double folded = 4; ///< between swatches of a folded legend
};
} // namespace

QSizeF MapRenderer::legendSize(const MapScene& scene, Language language, const MapStyle& style, double pixels) const
{
    const QList<LegendEntry> entries = legend(scene, language, style);
    const LegendMetrics m(pixels);
    const QString heading = legendHeading(scene, language);
    const double headingWidth = heading.isEmpty() ? 0 : m.heading.horizontalAdvance(heading);
    if (scene.legendForm == MapScene::LegendForm::Folded) // one line: the heading, then the swatches
        return {2 * m.padding + headingWidth + double(entries.size()) * (m.swatch + m.folded) + m.folded, m.line + 8};
    double width = headingWidth;
    for (const LegendEntry& entry : entries)
        width = std::max(width, m.swatch + 6 + m.text.horizontalAdvance(entry.text));
    return {width + 2 * m.padding, m.line * double(entries.size() + (heading.isEmpty() ? 0 : 1)) + 8};
}

QRectF MapRenderer::legendBoxIn(const QRectF& target, const QTransform& t, const MapScene& scene, Language language,
                                const MapStyle& style, double pixels) const
{
    const QRectF globe = t.mapRect(EqualEarth::worldBounds()).intersected(target);
    const QSizeF size = legendSize(scene, language, style, pixels);
    return {QPointF(globe.left() + 8, globe.bottom() - size.height() - 8), size};
}

QRectF MapRenderer::legendRect(const QRectF& target, const MapScene& scene, Language language) const
{
    return legendBoxIn(target, transform(target, scene), scene, language, MapStyle::light(), MapType().legend);
}

void MapRenderer::paintLegendBox(QPainter& painter, const QRectF& box, const MapScene& scene, Language language,
                                 const MapStyle& style, double pixels) const
{
    const QList<LegendEntry> entries = legend(scene, language, style);
    const LegendMetrics m(pixels);
    painter.save();
    QColor panel = style.background;
    panel.setAlphaF(0.88);
    painter.setPen(QPen(style.graticule, 1));
    painter.setBrush(panel);
    painter.drawRoundedRect(box, 4, 4);
    auto drawSwatch = [&](const QRectF& sw, const LegendEntry& entry) {
        if (entry.outline) {
            painter.setPen(QPen(entry.colour, 2.2));
            painter.setBrush(style.land);
        } else {
            painter.setPen(QPen(style.coast, 0.6));
            painter.setBrush(entry.colour);
        }
        painter.drawRect(sw);
        if (entry.pattern != Qt::NoBrush) {
            QBrush hatching(style.hatch, entry.pattern);
            hatching.setTransform(painter.worldTransform().inverted());
            painter.setPen(Qt::NoPen);
            painter.setBrush(hatching);
            painter.drawRect(sw);
        }
    };
    double y = box.top() + 4;
    double x = box.left() + m.padding;
    const QString heading = legendHeading(scene, language);
    if (!heading.isEmpty()) {
        painter.setFont(legendFont(pixels, true));
        painter.setPen(style.foreground);
        painter.drawText(QRectF(x, y, box.right() - m.padding - x, m.line), Qt::AlignVCenter | Qt::AlignLeft, heading);
    }
    if (scene.legendForm == MapScene::LegendForm::Folded) {
        // The swatches after the heading, in the same order as the whole legend; the tooltip names them.
        x += m.heading.horizontalAdvance(heading) + m.folded;
        for (const LegendEntry& entry : entries) {
            drawSwatch(QRectF(x, y + (m.line - m.swatch) / 2, m.swatch, m.swatch), entry);
            x += m.swatch + m.folded;
        }
        painter.restore();
        return;
    }
    if (!heading.isEmpty())
        y += m.line;
    painter.setFont(legendFont(pixels));
    for (const LegendEntry& entry : entries) {
        const QRectF sw(x, y + (m.line - m.swatch) / 2, m.swatch, m.swatch);
        drawSwatch(sw, entry);
        painter.setPen(style.foreground);
        painter.drawText(QRectF(sw.right() + 6, y, box.right() - m.padding - sw.right() - 6, m.line),
                         Qt::AlignVCenter | Qt::AlignLeft, entry.text);
        y += m.line;
    }
    painter.restore();
}

QStringList MapRenderer::statusDates(const TreatyStatus& record, Language language) const
{
    const std::pair<const char*, QString> dates[] = {
        {QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Signed: %1"), record.signature},
        {QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Ratified or acceded: %1"), record.ratification},
        {QT_TRANSLATE_NOOP("Vigie::MapRenderer", "In force: %1"), record.entryIntoForce}};
    QStringList lines;
    for (const auto& [pattern, date] : dates) {
        if (!date.isEmpty())
            lines.append(tr(language, pattern).arg(displayDate(date, language)));
    }
    return lines;
}

QString MapRenderer::countryTip(const MapScene& scene, const CountryShape& country, Language language) const
{
    // Names and sources come from data files: escaped before they reach rich text.
    QString tip = QStringLiteral("<b>%1</b>").arg(country.name.text(language).toHtmlEscaped());
    if (scene.layer.kind() == MapLayer::Kind::None)
        return tip;
    tip += QStringLiteral("<br/>%1 — %2")
               .arg(layerName(scene.layer.kind(), language).toHtmlEscaped(),
                    statusName(scene.layer.status(country.iso3), language).toHtmlEscaped());
    const TreatyStatus* record = scene.layer.record(country.iso3);
    if (!record)
        return tip;
    for (const QString& line : statusDates(*record, language))
        tip += QStringLiteral("<br/>%1").arg(line.toHtmlEscaped());
    if (!record->source.publisher.isEmpty())
        tip += QStringLiteral("<br/><i>%1</i>")
                   .arg(tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Source: %1"))
                            .arg(CitationFormat(m_translations, language).full(record->source))
                            .toHtmlEscaped());
    return tip;
}

QString MapRenderer::countryCitation(const MapScene& scene, const QString& iso3, Language language) const
{
    const TreatyStatus* record = scene.layer.kind() == MapLayer::Kind::None ? nullptr : scene.layer.record(iso3);
    if (!record)
        return {};
    const QString name = scene.world ? scene.world->countryName(iso3, language) : record->state.text(language);
    QStringList lines;
    lines.append(
        tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "%1: %2 — %3"))
            .arg(layerName(scene.layer.kind(), language), name, statusName(scene.layer.status(iso3), language)));
    if (!scene.layer.dataDate().isEmpty())
        lines.append(tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Treaty status as of %1"))
                         .arg(displayDate(scene.layer.dataDate(), language)));
    lines.append(statusDates(*record, language));
    const CitationFormat citation(m_translations, language);
    if (!record->source.publisher.isEmpty())
        lines.append(
            tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Source: %1")).arg(citation.full(record->source)));
    if (const QString asOf = citation.dataSentence(scene.dataset); !asOf.isEmpty())
        lines.append(asOf);
    return lines.join(u'\n');
}

QString MapRenderer::title(const MapScene& scene, Language language) const
{
    QString base = tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Capacity centres backed by France"));
    if (scene.layer.kind() == MapLayer::Kind::None)
        return base;
    return QStringLiteral("%1 — %2").arg(base, layerName(scene.layer.kind(), language));
}

QString MapRenderer::attribution()
{
    // Verbatim in every language, as the About box gives it.
    return QStringLiteral("Made with Natural Earth");
}

QString MapRenderer::footer(const MapScene& scene, Language language) const
{
    QStringList parts;
    if (scene.layer.kind() != MapLayer::Kind::None && !scene.layer.dataDate().isEmpty())
        parts.append(tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Treaty status as of %1"))
                         .arg(displayDate(scene.layer.dataDate(), language)));
    // The short citations, as a chart's footer gives them: the layer's, then the centres' records'.
    QList<Source> sources;
    if (scene.layer.kind() != MapLayer::Kind::None && !scene.layer.source().publisher.isEmpty())
        sources.append(scene.layer.source());
    for (const Centre& centre : scene.centres()) {
        for (const CentreFact& fact : centre.facts) {
            if (!fact.source.publisher.isEmpty())
                sources.append(fact.source);
        }
    }
    const CitationFormat citation(m_translations, language);
    const QStringList publishers = citation.briefs(sources);
    if (!publishers.isEmpty()) {
        const char* pattern = publishers.size() == 1 ? QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Source: %1")
                                                     : QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Sources: %1");
        parts.append(
            tr(language, pattern).arg(publishers.join(tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "; ")))));
    }
    if (const QString asOf = citation.dataAsOf(scene.dataset); !asOf.isEmpty())
        parts.append(asOf);
    parts.append(tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Equal Earth projection")));
    parts.append(attribution());
    return parts.join(QStringLiteral(" — "));
}

QString MapRenderer::layerName(MapLayer::Kind kind, Language language) const
{
    switch (kind) {
    case MapLayer::Kind::None:
        return tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "No layer"));
    case MapLayer::Kind::BudapestParties:
        return tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Budapest Convention parties"));
    case MapLayer::Kind::SecondProtocol:
        return tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "Budapest Convention's Second Protocol"));
    case MapLayer::Kind::UnSignatories:
        return tr(language, QT_TRANSLATE_NOOP("Vigie::MapRenderer", "UN Convention signatories"));
    }
    return {};
}

QString MapRenderer::statusName(MapLayer::Status status, Language language) const
{
    return TreatyTable::statusName(m_translations, status, language);
}

void MapRenderer::paintPage(QPainter& painter, const QSizeF& logicalSize, const MapScene& screenScene,
                            Language language, const MapStyle& style) const
{
    // A file has no pointer to open a folded legend: it always shows the legend whole.
    MapScene scene = screenScene;
    scene.legendForm = MapScene::LegendForm::Whole;
    const QRectF page(QPointF(0, 0), logicalSize);
    painter.fillRect(page, style.background);
    const MapType type = MapType::forSize(logicalSize.toSize());
    const double margin = 12;
    const QRectF inner = page.adjusted(margin, margin, -margin, -margin);
    const int flags = Qt::AlignLeft | Qt::TextWordWrap;

    painter.setFont(fontOfPixels(type.title, true));
    const QString titleText = title(scene, language);
    const QRectF titleRect = painter.boundingRect(inner, flags | Qt::AlignTop, titleText);
    painter.setPen(style.foreground);
    painter.drawText(inner, flags | Qt::AlignTop, titleText);

    painter.setFont(fontOfPixels(type.footer));
    const QString footerText = footer(scene, language);
    const QRectF footerBounds = painter.boundingRect(inner, flags | Qt::AlignBottom, footerText);
    painter.setPen(style.muted);
    painter.drawText(inner, flags | Qt::AlignBottom, footerText);

    QRectF mapRect(inner.left(), titleRect.bottom() + 6, inner.width(),
                   std::max(1.0, footerBounds.top() - 6 - titleRect.bottom() - 6));
    // The legend goes in the globe's corner when it leaves the map room; on a small or narrow page, beside
    // the map when the page is wide, else under it.
    const QSizeF legend = legendSize(scene, language, style, type.legend);
    const QRectF globe = transform(mapRect, scene).mapRect(EqualEarth::worldBounds()).intersected(mapRect);
    QRectF legendBox;
    if (legend.width() > 0.5 * globe.width() || legend.height() > 0.6 * globe.height()) {
        if (mapRect.width() - legend.width() - 8 >= 1.3 * mapRect.height()) {
            legendBox = QRectF(QPointF(mapRect.right() - legend.width(), mapRect.bottom() - legend.height()), legend);
            mapRect.setRight(legendBox.left() - 8);
        } else {
            legendBox = QRectF(QPointF(mapRect.left(), mapRect.bottom() - legend.height()), legend);
            mapRect.setBottom(legendBox.top() - 6);
        }
    }
    if (mapRect.height() > 1 && mapRect.width() > 1)
        paintMapArea(painter, mapRect, scene, language, style, Quality::Full, type, legendBox.isNull(), QRectF());
    if (!legendBox.isNull())
        paintLegendBox(painter, legendBox, scene, language, style, type.legend);
}

} // namespace Vigie
