// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QWidget>

#include "core/i18n/Language.h"
#include "core/map/WorldMap.h"
#include "widgets/map/MapRenderer.h"

namespace Vigie {

class MapLocationModel;

/// A small, still map of the capacity centres for the Overview: Europe and Africa with the centres' markers,
/// drawn by the same code as the Map page. It paints its markers at once, and the countries once their outlines
/// are given, which its owner does after the first frame, so that the window never waits for them. A click on
/// a marker asks for that centre, anywhere else for the map.
class CentresMiniMap : public QWidget {
    Q_OBJECT

public:
    CentresMiniMap(const MapRenderer& renderer, const MapLocationModel& locations, QWidget* parent = nullptr);
    ~CentresMiniMap() override;

    void setWorld(std::shared_ptr<const WorldMap> world);
    bool hasWorld() const;
    /// The centre whose marker lies at @p pos, or an empty string.
    QString centreAt(const QPoint& pos) const;
    /// Where the marker of the centre @p id is drawn, or a null point.
    QPointF markerPosition(const QString& id) const;
    /// Where the centres' labels go when the map is @p size large (layout tests).
    QList<MapRenderer::MarkerLabel> markerLabels(const QSize& size) const;
    /// Where France lies when the map is @p size large: the labels keep clear of it.
    QRectF franceArea(const QSize& size) const;
    /// The language the map draws in: the application's current one.
    Language language() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The widget painted its first frame: the moment to ask for the outlines.
    void firstPainted();
    /// A click: on a centre's marker (its id), or elsewhere (an empty id).
    void activated(const QString& centreId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const MapRenderer& m_renderer;
    const MapLocationModel& m_locations;
    std::shared_ptr<const WorldMap> m_world;
    bool m_painted = false;
};

} // namespace Vigie
