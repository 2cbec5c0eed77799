// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include "core/map/MapLayer.h"
#include "core/map/WorldMap.h"

class QButtonGroup;
class QGroupBox;
class QLabel;
class QListView;
class QRadioButton;
class QTextBrowser;
class QToolButton;

namespace Vigie {

class CentreDetails;
class MapCanvas;
class MapLocationModel;
class MapRenderer;
struct MapScene;

/// The map of the capacity centres: the canvas, a list of the centres beside it (the same information without
/// the map), the selected centre's details with their sources, and the legend that switches the treaty layer.
/// It reads a MapLocationModel, the one store of the centres and the selection, and plain records; it never sees
/// the database. Retranslates on LanguageChange.
class MapView : public QWidget
{
    Q_OBJECT

public:
    /// Shows the centres of @p locations, and selects through it.
    MapView(const MapRenderer& renderer, MapLocationModel& locations, QWidget* parent = nullptr);
    ~MapView() override;

    void setWorld(std::shared_ptr<const WorldMap> world);
    void setTreatyStatuses(MapLayer::Kind kind, const QList<TreatyStatus>& statuses);

    MapLayer::Kind layerKind() const { return m_layerKind; }
    QString selectedCentre() const;
    const MapScene& scene() const;
    Language language() const;

    MapCanvas* canvas() const { return m_canvas; }
    MapLocationModel* model() const { return m_model; }
    QListView* centreList() const { return m_list; }
    QTextBrowser* details() const { return m_details; }
    QLabel* infoLabel() const { return m_info; }
    QLabel* layerNote() const { return m_layerNote; }
    QRadioButton* layerButton(MapLayer::Kind kind) const;

public slots:
    void selectCentre(const QString& centreId);
    void setLayerKind(Vigie::MapLayer::Kind kind);

signals:
    void centreSelected(const QString& centreId);
    void exportRequested();
    /// The user picked a treaty layer.
    void layerKindChosen(Vigie::MapLayer::Kind kind);
    /// Copy citation, from a marker, the details or the list: the key of a centre's fact.
    void citationRequested(const QString& figureKey);
    /// Copy citation of a state's treaty status: the text to copy.
    void citationTextRequested(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void fitLegend();
    void centresChanged();
    void selectionChanged(const QString& centreId);
    void updateDetails();
    void updateLayerNote();
    void showCountry(const QString& iso3);

    const MapRenderer& m_renderer;
    std::unique_ptr<CentreDetails> m_detailsBuilder;
    MapLocationModel* m_model;
    MapCanvas* m_canvas;
    QToolButton* m_zoomInButton;
    QToolButton* m_zoomOutButton;
    QToolButton* m_resetButton;
    QToolButton* m_worldButton;
    QToolButton* m_exportButton;
    QLabel* m_info;
    QLabel* m_listLabel;
    QListView* m_list;
    QTextBrowser* m_details;
    QGroupBox* m_legend;
    QButtonGroup* m_layerGroup;
    QHash<int, QRadioButton*> m_layerButtons;
    QLabel* m_layerNote;
    QHash<int, QList<TreatyStatus>> m_statuses;
    MapLayer::Kind m_layerKind = MapLayer::Kind::None;
    QString m_infoIso3;
};

} // namespace Vigie
