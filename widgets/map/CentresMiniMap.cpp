// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/CentresMiniMap.h"

#include <algorithm>

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

#include "core/i18n/Language.h"
#include "core/map/EqualEarth.h"
#include "core/map/MapLocationModel.h"
#include "core/map/MapViewport.h"
#include "widgets/design/AccessibleRoles.h"
#include "widgets/design/Theme.h"
#include "widgets/map/MapRenderer.h"
#include "widgets/map/MapScene.h"

namespace Vigie {

namespace {

// Metropolitan France's extent (longitude and latitude), framed with the centres: the state that backs them.
constexpr double franceWest = -5.2, franceEast = 9.6, franceSouth = 41.3, franceNorth = 51.1;

// Room kept around the frame: beside it for the markers' labels ("WB3C — Podgorica"), above and below for
// the markers themselves. At most a third of the width, so that a narrow tile still shows the places.
constexpr double labelRoom = 175;
constexpr double edgeRoom = 18;

/// The view that shows France and every centre whole inside @p target, with room for the labels.
MapScene sceneFor(const std::shared_ptr<const WorldMap>& world, const MapLocationModel& locations, const QRectF& target)
{
    MapScene scene;
    scene.world = world;
    scene.locations = &locations;
    QRectF frame;
    auto include = [&frame](double longitude, double latitude) {
        const QPointF p = EqualEarth::project(longitude, latitude);
        frame = frame.isNull() ? QRectF(p, QSizeF(0.001, 0.001)) : frame.united(QRectF(p, QSizeF(0.001, 0.001)));
    };
    include(franceWest, franceSouth);
    include(franceEast, franceNorth);
    scene.labelsKeepClear = frame; // France, coloured: a label beside it, never over it
    for (const Centre& centre : locations.centres())
        include(centre.longitude, centre.latitude);
    const double side = std::min(labelRoom, target.width() / 3);
    scene.setViewport(MapViewport::framing(frame, target.size(), QSizeF(side, edgeRoom)));
    return scene;
}

} // namespace

CentresMiniMap::CentresMiniMap(const MapRenderer& renderer, const MapLocationModel& locations, QWidget* parent)
    : QWidget(parent)
    , m_renderer(renderer)
    , m_locations(locations)
{
    AccessibleRoles::install(); // read as a canvas, not an anonymous panel
    setObjectName(QStringLiteral("centresMiniMap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The centres may come after the map is shown: their markers and the description follow them.
    connect(&m_locations, &QAbstractItemModel::modelReset, this, &CentresMiniMap::retranslate);
    retranslate();
}

CentresMiniMap::~CentresMiniMap() = default;

Language CentresMiniMap::language() const
{
    return languageForLocale(QLocale());
}

void CentresMiniMap::setWorld(std::shared_ptr<const WorldMap> world)
{
    m_world = std::move(world);
    update();
}

bool CentresMiniMap::hasWorld() const
{
    return m_world != nullptr;
}

QSize CentresMiniMap::sizeHint() const
{
    // No taller than the least: the map takes the room its tile is given, and never asks the dashboard
    // for more, which would push the tiles below the fold of a laptop's window.
    return {420, 150};
}

QSize CentresMiniMap::minimumSizeHint() const
{
    return {200, 150};
}

QString CentresMiniMap::centreAt(const QPoint& pos) const
{
    return MapRenderer::centreAt(sceneFor(m_world, m_locations, rect()), rect(), pos);
}

QPointF CentresMiniMap::markerPosition(const QString& id) const
{
    const MapScene scene = sceneFor(m_world, m_locations, rect());
    for (const Centre& centre : m_locations.centres()) {
        if (centre.id == id)
            return MapRenderer::markerPosition(scene, rect(), centre);
    }
    return {};
}

QList<MapRenderer::MarkerLabel> CentresMiniMap::markerLabels(const QSize& size) const
{
    const QRectF target(QPointF(0, 0), size);
    return m_renderer.markerLabels(target, sceneFor(m_world, m_locations, target), language());
}

QRectF CentresMiniMap::franceArea(const QSize& size) const
{
    const QRectF target(QPointF(0, 0), size);
    const MapScene scene = sceneFor(m_world, m_locations, target);
    return MapRenderer::transform(target, scene).mapRect(scene.labelsKeepClear);
}

void CentresMiniMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_renderer.paintMap(painter, rect(), sceneFor(m_world, m_locations, rect()), language(), Theme::mapStyle(palette()),
                        false);
    if (!m_painted) {
        m_painted = true;
        // Queued: the frame this paint belongs to is flushed first.
        QTimer::singleShot(0, this, &CentresMiniMap::firstPainted);
    }
}

void CentresMiniMap::mouseMoveEvent(QMouseEvent* event)
{
    const QString centre = centreAt(event->position().toPoint());
    setCursor(Qt::PointingHandCursor);
    const Centre* found = nullptr;
    for (const Centre& c : m_locations.centres()) {
        if (c.id == centre)
            found = &c;
    }
    setToolTip(found ? m_renderer.markerLabel(*found, language()) : QString());
    QWidget::mouseMoveEvent(event);
}

void CentresMiniMap::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(centreAt(event->position().toPoint()));
    QWidget::mouseReleaseEvent(event);
}

void CentresMiniMap::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void CentresMiniMap::retranslate()
{
    // What a screen reader says of a picture: its name, and the centres it shows.
    setAccessibleName(tr("Map of the capacity centres"));
    QStringList centres;
    for (const Centre& centre : m_locations.centres())
        centres.append(m_renderer.markerLabel(centre, language()));
    setAccessibleDescription(centres.join(QStringLiteral("; ")));
    update();
}

} // namespace Vigie
