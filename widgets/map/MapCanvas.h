// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QWidget>

class QMenu;
class QPinchGesture;
class QTimer;

#include "core/i18n/Language.h"
#include "widgets/map/MapScene.h"

namespace Vigie {

class MapMarker;
class MapRenderer;

/// The map's drawing surface: paints the scene through MapRenderer, pans (drag, arrow keys) and zooms (wheel,
/// +/−, pinch), reports the country under the pointer and the centre clicked. Keeps the map's aspect ratio.
/// Its centres, markers and selection follow the location model.
class MapCanvas : public QWidget {
    Q_OBJECT

public:
    MapCanvas(const MapRenderer& renderer, const MapLocationModel& locations, QWidget* parent = nullptr);

    const MapScene& scene() const { return m_scene; }
    void setWorld(std::shared_ptr<const WorldMap> world);
    void setLayer(const MapLayer& layer);
    /// The data's version and date, for the footer of the map's exports and its citations.
    void setDataset(const DatasetInfo& dataset) { m_scene.dataset = dataset; }

    Language language() const;
    QList<MapMarker*> markers() const { return m_markers; }
    MapMarker* marker(const QString& centreId) const;

    /// Hit-testing in widget coordinates.
    QString centreAt(const QPoint& pos) const;
    QString countryAt(const QPoint& pos) const; ///< ISO alpha-3, or empty
    QString countryNameAt(const QPoint& pos) const; ///< in the current language, or empty
    /// The tooltip of the country at @p pos: its name, and under a treaty layer its status, dates and source.
    QString countryTipAt(const QPoint& pos) const;
    QPoint markerPosition(const QString& centreId) const; ///< where the marker is drawn
    /// The legend on screen: folded to one line when the user folds it (a click on it, or L) or, until the
    /// user chooses, when the whole legend would cover too much of the map.
    bool legendFolded() const;
    void setLegendFolded(bool folded);
    QRect legendRect() const;
    /// The legend's tooltip: every entry when folded, else how to fold it.
    QString legendTip() const;
    /// The legend's form on screen: the user's choice, or else what the room allows.
    MapScene::LegendForm legendForm() const;
    /// Adds *Copy citation* for each of a centre's facts, as a submenu of @p menu: each asks for its figure's
    /// citation through citationRequested.
    void addCentreCitations(QMenu& menu, const Centre& centre);
    /// The scene as the screen draws it now (a copy: its records are shared, not copied).
    MapScene screenScene() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

public slots:
    void zoomIn();
    void zoomOut();
    /// Back to the home view: Europe and Africa, where both centres are.
    void resetView();
    void showWholeWorld();
    /// Frames the region @p centreId serves: its own country and the states it serves or was founded with,
    /// France aside (lit, but an ocean away), with some of the land around them. Nothing for an unknown id.
    void frameCentre(const QString& centreId);
    void panBy(const QPointF& pixels);
    void zoomBy(double factor, const QPointF& anchor);

signals:
    void centreActivated(const QString& centreId);
    void countryClicked(const QString& iso3);
    void hoveredCountryChanged(const QString& iso3);
    void viewChanged();
    /// The user folded or opened the legend (a click on it, or L).
    void legendFoldChosen(bool folded);
    /// Copy citation of a centre's fact: the key of its figure.
    void citationRequested(const QString& figureKey);
    /// Copy citation of a state's treaty status, which is no stored figure: the text to copy.
    void citationTextRequested(const QString& text);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void pinch(QPinchGesture* gesture);
    void setHovered(const QString& iso3);
    /// One marker per centre of the model, in its order.
    void rebuildMarkers();
    void placeMarkers();
    void retranslateMarkers();
    void clampView();
    void viewMoved();

    const MapRenderer& m_renderer;
    MapScene m_scene;
    QList<MapMarker*> m_markers;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragging = false;
    bool m_pressed = false;
    std::optional<bool> m_legendFoldedByUser; ///< none until the user folds or opens the legend
    QTimer* m_settleTimer; ///< after the last pan or zoom step, the full-quality frame
};

} // namespace Vigie
