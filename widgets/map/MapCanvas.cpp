// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/MapCanvas.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include "core/map/EqualEarth.h"
#include "widgets/map/MapMarker.h"
#include "widgets/map/MapRenderer.h"
#include "widgets/design/AccessibleRoles.h"
#include "widgets/design/FocusMark.h"
#include "widgets/design/Theme.h"

namespace Vigie {

namespace {
constexpr double zoomStep = 1.4;
constexpr double dragThreshold = 4.0;
} // namespace

MapCanvas::MapCanvas(const MapRenderer& renderer, const MapLocationModel& locations, QWidget* parent)
    : QWidget(parent)
    , m_renderer(renderer)
    , m_settleTimer(new QTimer(this))
{
    AccessibleRoles::install(); // read as a canvas, not an anonymous panel
    setObjectName(QStringLiteral("mapCanvas"));
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(120);
    connect(m_settleTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    retranslate();
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // the renderer fills every pixel
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::OpenHandCursor);
    grabGesture(Qt::PinchGesture); // touchscreens; touchpads send native gestures
    m_scene.setViewport(MapViewport::home());
    m_scene.locations = &locations;
    connect(&locations, &QAbstractItemModel::modelReset, this, &MapCanvas::rebuildMarkers);
    connect(&locations, &MapLocationModel::selectionChanged, this, qOverload<>(&QWidget::update));
    rebuildMarkers();
}

void MapCanvas::retranslate()
{
    setAccessibleName(tr("World map"));
    const QString help =
        tr("Drag or use the arrow keys to pan; the wheel, + and − or a pinch zoom; Home goes back to Europe "
           "and Africa, 0 shows the whole world; L folds or opens the legend. Tab reaches the centres' markers.");
    setAccessibleDescription(help);
    setToolTip(QString()); // the tooltip names the country under the pointer
    setWhatsThis(help);
}

Language MapCanvas::language() const
{
    return languageForLocale(QLocale());
}

void MapCanvas::setWorld(std::shared_ptr<const WorldMap> world)
{
    m_scene.world = std::move(world);
    retranslateMarkers();
    update();
}

void MapCanvas::rebuildMarkers()
{
    qDeleteAll(m_markers);
    m_markers.clear();
    QWidget* previous = this;
    for (const Centre& centre : m_scene.centres()) {
        auto* marker = new MapMarker(centre.id, this);
        connect(marker, &MapMarker::clicked, this, [this, id = centre.id] { emit centreActivated(id); });
        marker->show();
        setTabOrder(previous, marker); // markers come right after the map, in the model's order
        previous = marker;
        m_markers.append(marker);
    }
    retranslateMarkers();
    placeMarkers();
    update();
}

void MapCanvas::setLayer(const MapLayer& layer)
{
    m_scene.layer = layer;
    update();
}

MapScene::LegendForm MapCanvas::legendForm() const
{
    using Form = MapScene::LegendForm;
    if (m_legendFoldedByUser)
        return *m_legendFoldedByUser ? Form::Folded : Form::Open;
    // Open, unless it would take more than half the map's width or 45 % of its height.
    MapScene open = m_scene;
    open.legendForm = Form::Open;
    const QRectF box = m_renderer.legendRect(rect(), open, language());
    return box.width() > 0.5 * width() || box.height() > 0.45 * height() ? Form::Folded : Form::Open;
}

MapScene MapCanvas::screenScene() const
{
    MapScene scene = m_scene;
    scene.legendForm = legendForm();
    return scene;
}

bool MapCanvas::legendFolded() const
{
    return legendForm() == MapScene::LegendForm::Folded;
}

void MapCanvas::setLegendFolded(bool folded)
{
    m_legendFoldedByUser = folded;
    update();
}

QRect MapCanvas::legendRect() const
{
    return m_renderer.legendRect(rect(), screenScene(), language()).toAlignedRect();
}

QString MapCanvas::legendTip() const
{
    if (!legendFolded())
        return tr("Click or press L to fold the legend");
    QStringList lines;
    const QString heading = m_renderer.layerName(m_scene.layer.kind(), language());
    if (!heading.isEmpty())
        lines.append(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()));
    for (const MapRenderer::LegendEntry& entry : m_renderer.legend(m_scene, language(), Theme::mapStyle(palette())))
        lines.append(QStringLiteral("<span style=\"color:%1\">\u25A0</span> %2")
                         .arg(entry.colour.name(), entry.text.toHtmlEscaped()));
    lines.append(tr("Click or press L to open the legend"));
    return lines.join(QStringLiteral("<br/>"));
}

MapMarker* MapCanvas::marker(const QString& centreId) const
{
    for (MapMarker* marker : m_markers) {
        if (marker->centreId() == centreId)
            return marker;
    }
    return nullptr;
}

QString MapCanvas::centreAt(const QPoint& pos) const
{
    return MapRenderer::centreAt(m_scene, rect(), pos);
}

QString MapCanvas::countryAt(const QPoint& pos) const
{
    const CountryShape* shape = MapRenderer::countryAt(m_scene, rect(), pos);
    return shape ? shape->iso3 : QString();
}

QString MapCanvas::countryNameAt(const QPoint& pos) const
{
    const CountryShape* shape = MapRenderer::countryAt(m_scene, rect(), pos);
    return shape ? shape->name.text(language()) : QString();
}

QString MapCanvas::countryTipAt(const QPoint& pos) const
{
    const CountryShape* shape = MapRenderer::countryAt(m_scene, rect(), pos);
    return shape ? m_renderer.countryTip(m_scene, *shape, language()) : QString();
}

QPoint MapCanvas::markerPosition(const QString& centreId) const
{
    for (const Centre& centre : m_scene.centres()) {
        if (centre.id == centreId)
            return MapRenderer::markerPosition(m_scene, rect(), centre).toPoint();
    }
    return {};
}

QSize MapCanvas::sizeHint() const
{
    return {800, heightForWidth(800)};
}

QSize MapCanvas::minimumSizeHint() const
{
    return {320, heightForWidth(320)};
}

int MapCanvas::heightForWidth(int width) const
{
    const QRectF world = EqualEarth::worldBounds();
    return qRound(width * world.height() / world.width());
}

void MapCanvas::zoomIn()
{
    zoomBy(zoomStep, QRectF(rect()).center());
}

void MapCanvas::zoomOut()
{
    zoomBy(1 / zoomStep, QRectF(rect()).center());
}

void MapCanvas::resetView()
{
    m_scene.setViewport(MapViewport::home());
    clampView();
    placeMarkers();
    update();
    emit viewChanged();
}

void MapCanvas::showWholeWorld()
{
    m_scene.setViewport(MapViewport::wholeWorld());
    placeMarkers();
    update();
    emit viewChanged();
}

void MapCanvas::frameCentre(const QString& centreId)
{
    const Centre* centre = nullptr;
    for (const Centre& c : m_scene.centres()) {
        if (c.id == centreId)
            centre = &c;
    }
    if (!centre || width() <= 0 || height() <= 0)
        return;
    const QPointF at = EqualEarth::project(centre->longitude, centre->latitude);
    QRectF frame(at, QSizeF(0, 0));
    if (m_scene.world) {
        QStringList states = centre->beneficiaryIso3 + centre->partnerIso3;
        states.append(centre->countryIso3);
        for (const QString& iso3 : std::as_const(states)) {
            const CountryShape* shape = m_scene.world->country(iso3);
            // France backs every centre and is lit anyway; its overseas lands would frame half the globe.
            if (shape && iso3 != QLatin1String("FRA"))
                frame = frame.united(shape->bounds);
        }
    }
    // A region, not a street: at least a tenth of the world's width across, and a margin around it.
    const QRectF world = EqualEarth::worldBounds();
    const double least = world.width() / 10;
    frame = frame.adjusted(-std::max(0.0, (least - frame.width()) / 2), -std::max(0.0, (least - frame.height()) / 2),
                           std::max(0.0, (least - frame.width()) / 2), std::max(0.0, (least - frame.height()) / 2));
    frame = frame.marginsAdded(QMarginsF(frame.width() * 0.35, frame.height() * 0.35, frame.width() * 0.35,
                                         frame.height() * 0.35));
    m_scene.setViewport(MapViewport::framing(frame, size()));
    viewMoved();
}

void MapCanvas::panBy(const QPointF& pixels)
{
    const double scale = MapRenderer::transform(rect(), m_scene).m11();
    if (scale <= 0)
        return;
    m_scene.centre -= pixels / scale;
    viewMoved();
}

void MapCanvas::zoomBy(double factor, const QPointF& anchor)
{
    // The projected point under the anchor stays under it.
    bool invertible = false;
    const QPointF before = MapRenderer::transform(rect(), m_scene).inverted(&invertible).map(anchor);
    m_scene.zoom = std::clamp(m_scene.zoom * factor, MapScene::minimumZoom, MapScene::maximumZoom);
    if (invertible) {
        const QPointF after = MapRenderer::transform(rect(), m_scene).inverted().map(anchor);
        m_scene.centre += before - after;
    }
    viewMoved();
}

void MapCanvas::viewMoved()
{
    clampView();
    placeMarkers();
    m_settleTimer->start(); // frames until it fires are drawn in interactive quality
    update();
    emit viewChanged();
}

void MapCanvas::clampView()
{
    // The view never leaves the globe: on each axis, if the visible span is smaller than the world's, it stays
    // inside the world; otherwise the world is centred on that axis.
    const QRectF world = EqualEarth::worldBounds();
    const double scale = MapRenderer::transform(rect(), m_scene).m11();
    if (scale <= 0)
        return;
    auto clampAxis = [](double centre, double low, double high, double halfVisible) {
        if (2 * halfVisible >= high - low)
            return (low + high) / 2;
        return std::clamp(centre, low + halfVisible, high - halfVisible);
    };
    m_scene.centre.setX(clampAxis(m_scene.centre.x(), world.left(), world.right(), width() / (2 * scale)));
    m_scene.centre.setY(clampAxis(m_scene.centre.y(), world.top(), world.bottom(), height() / (2 * scale)));
}

void MapCanvas::placeMarkers()
{
    for (MapMarker* marker : m_markers) {
        const QPoint p = markerPosition(marker->centreId());
        marker->move(p - QPoint(marker->width() / 2, marker->height() / 2));
        marker->setVisible(rect().contains(p));
    }
}

void MapCanvas::retranslateMarkers()
{
    const Language lang = language();
    for (MapMarker* marker : m_markers) {
        for (const Centre& centre : m_scene.centres()) {
            if (centre.id != marker->centreId())
                continue;
            const QString country =
                m_scene.world ? m_scene.world->countryName(centre.countryIso3, lang) : centre.countryIso3;
            marker->setAccessibleName(
                tr("%1, capacity centre (%2)").arg(m_renderer.markerLabel(centre, lang), country));
            marker->setAccessibleDescription(centre.name.text(lang));
            marker->setToolTip(centre.name.text(lang));
        }
    }
}

void MapCanvas::setHovered(const QString& iso3)
{
    if (m_scene.hoveredIso3 == iso3)
        return;
    m_scene.hoveredIso3 = iso3;
    update();
    emit hoveredCountryChanged(iso3);
}

bool MapCanvas::event(QEvent* event)
{
    // QWidget has no handler of its own for either kind of pinch.
    switch (event->type()) {
    case QEvent::NativeGesture: {
        const auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() != Qt::ZoomNativeGesture)
            break;
        // The window hands the event on as it got it, to the widget under the pointer (a marker, perhaps):
        // position() is not ours, the global position is.
        zoomBy(1 + gesture->value(), mapFromGlobal(gesture->globalPosition()));
        event->accept();
        return true;
    }
    case QEvent::Gesture:
        if (auto* gesture = static_cast<QGestureEvent*>(event)->gesture(Qt::PinchGesture)) {
            pinch(static_cast<QPinchGesture*>(gesture));
            // Accepted even when it did not zoom: a pinch whose start is ignored gets no updates.
            static_cast<QGestureEvent*>(event)->accept(gesture);
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void MapCanvas::pinch(QPinchGesture* gesture)
{
    if (gesture->state() == Qt::GestureStarted && m_pressed) {
        // Qt turns the first finger into a mouse press: once a second finger makes it a pinch, that press
        // neither pans nor clicks.
        m_pressed = false;
        if (m_dragging) {
            m_dragging = false;
            setCursor(Qt::OpenHandCursor);
        }
    }
    // scaleFactor() is the step since the last update; centerPoint() is in global coordinates. The finished
    // gesture repeats the last update's step: it must not be applied twice.
    const bool moving = gesture->state() == Qt::GestureStarted || gesture->state() == Qt::GestureUpdated;
    if (moving && (gesture->changeFlags() & QPinchGesture::ScaleFactorChanged))
        zoomBy(gesture->scaleFactor(), mapFromGlobal(gesture->centerPoint()));
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const auto quality =
        m_settleTimer->isActive() || m_dragging ? MapRenderer::Quality::Interactive : MapRenderer::Quality::Full;
    m_renderer.paintMap(painter, rect(), screenScene(), language(), Theme::mapStyle(palette()), true, quality);
    if (FocusMark::shows(*this))
        FocusMark::paint(painter, rect(), palette(), FocusMark::Over::Picture);
}

void MapCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    clampView();
    placeMarkers();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_lastPos = event->position();
    setFocus(Qt::MouseFocusReason);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && QLineF(pos, m_pressPos).length() >= dragThreshold) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(pos - m_lastPos);
            m_lastPos = pos;
        }
        return;
    }
    if (legendRect().contains(pos.toPoint())) {
        setHovered(QString());
        QToolTip::showText(event->globalPosition().toPoint(), legendTip(), this);
        return;
    }
    const QString iso3 = countryAt(pos.toPoint());
    setHovered(iso3);
    const QString tip = countryTipAt(pos.toPoint());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        update();
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (legendRect().contains(pos)) {
        setLegendFolded(!legendFolded());
        emit legendFoldChosen(legendFolded());
        QToolTip::showText(event->globalPosition().toPoint(), legendTip(), this);
        return;
    }
    const QString centre = centreAt(pos);
    if (!centre.isEmpty()) {
        emit centreActivated(centre);
        return;
    }
    const QString iso3 = countryAt(pos);
    setHovered(iso3);
    emit countryClicked(iso3);
}

void MapCanvas::addCentreCitations(QMenu& menu, const Centre& centre)
{
    if (centre.facts.isEmpty())
        return;
    QMenu* facts = menu.addMenu(tr("Copy &Citation"));
    const Language lang = language();
    for (const CentreFact& fact : centre.facts) {
        // "&" in a label would become a mnemonic.
        QString label = fact.label.text(lang);
        label.replace(u'&', QStringLiteral("&&"));
        facts->addAction(label, this, [this, key = fact.key] { emit citationRequested(key); });
    }
}

void MapCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    // From the keyboard, the selected centre; with the pointer, the centre or the state under it.
    const bool fromKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QString centreId = fromKeyboard ? m_scene.selectedId() : centreAt(event->pos());
    QMenu menu(this);
    for (const Centre& centre : m_scene.centres()) {
        if (centre.id == centreId)
            addCentreCitations(menu, centre);
    }
    if (menu.isEmpty() && !fromKeyboard) {
        const QString iso3 = countryAt(event->pos());
        const QString text = m_renderer.countryCitation(m_scene, iso3, language());
        if (!text.isEmpty()) {
            QString name = countryNameAt(event->pos());
            name.replace(u'&', QStringLiteral("&&"));
            menu.addAction(tr("Copy &Citation: %1").arg(name), this,
                           [this, text] { emit citationTextRequested(text); });
        }
    }
    if (menu.isEmpty()) {
        event->ignore();
        return;
    }
    QToolTip::hideText();
    menu.exec(event->globalPos());
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    const double step = std::min(width(), height()) * 0.1;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy({step, 0});
        break;
    case Qt::Key_Right:
        panBy({-step, 0});
        break;
    case Qt::Key_Up:
        panBy({0, step});
        break;
    case Qt::Key_Down:
        panBy({0, -step});
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_0:
        showWholeWorld();
        break;
    case Qt::Key_L:
        setLegendFolded(!legendFolded());
        emit legendFoldChosen(legendFolded());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapCanvas::leaveEvent(QEvent* event)
{
    setHovered({});
    QWidget::leaveEvent(event);
}

void MapCanvas::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        retranslateMarkers();
        update();
    }
    if (event->type() == QEvent::PaletteChange)
        update(); // a new theme: the map's colours follow the window's
    QWidget::changeEvent(event);
}

} // namespace Vigie
