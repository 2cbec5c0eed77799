// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/MapView.h"

#include <memory>

#include <QButtonGroup>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/i18n/CitationFormat.h"
#include "core/map/MapLocationModel.h"
#include "widgets/WrappingRadioButton.h"
#include "widgets/map/CentreDetails.h"
#include "widgets/map/MapCanvas.h"
#include "widgets/map/MapMarker.h"
#include "widgets/map/MapRenderer.h"

namespace Vigie {

MapView::MapView(const MapRenderer& renderer, MapLocationModel& locations, QWidget* parent)
    : QWidget(parent)
    , m_renderer(renderer)
    , m_detailsBuilder(std::make_unique<CentreDetails>(renderer.translations()))
    , m_model(&locations)
    , m_canvas(new MapCanvas(renderer, locations, this))
    , m_zoomInButton(new QToolButton(this))
    , m_zoomOutButton(new QToolButton(this))
    , m_resetButton(new QToolButton(this))
    , m_worldButton(new QToolButton(this))
    , m_exportButton(new QToolButton(this))
    , m_info(new QLabel(this))
    , m_listLabel(new QLabel(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
    , m_legend(new QGroupBox(this))
    , m_layerGroup(new QButtonGroup(this))
    , m_layerNote(new QLabel(this))
{
    for (QToolButton* button : {m_zoomInButton, m_zoomOutButton, m_resetButton, m_worldButton, m_exportButton})
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_zoomInButton, &QToolButton::clicked, m_canvas, &MapCanvas::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, m_canvas, &MapCanvas::zoomOut);
    connect(m_resetButton, &QToolButton::clicked, m_canvas, &MapCanvas::resetView);
    connect(m_worldButton, &QToolButton::clicked, m_canvas, &MapCanvas::showWholeWorld);
    connect(m_exportButton, &QToolButton::clicked, this, &MapView::exportRequested);

    m_info->setTextFormat(Qt::PlainText);
    m_info->setMinimumHeight(m_info->fontMetrics().height());
    connect(m_canvas, &MapCanvas::hoveredCountryChanged, this, &MapView::showCountry);
    connect(m_canvas, &MapCanvas::countryClicked, this, &MapView::showCountry);
    connect(m_canvas, &MapCanvas::centreActivated, this, &MapView::selectCentre);

    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_listLabel->setBuddy(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (const Centre* centre = m_model->centre(index.row()))
            selectCentre(centre->id);
    });
    // The model is the one store of the centres and the selection: the list and the details follow it.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MapView::centresChanged);
    connect(m_model, &MapLocationModel::selectionChanged, this, &MapView::selectionChanged);

    m_details->setOpenExternalLinks(true);
    m_details->setFocusPolicy(Qt::StrongFocus);
    connect(m_canvas, &MapCanvas::citationRequested, this, &MapView::citationRequested);
    connect(m_canvas, &MapCanvas::citationTextRequested, this, &MapView::citationTextRequested);
    // The details and the list offer the selected centre's citations, after the usual entries (copy, select).
    m_details->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_details, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        std::unique_ptr<QMenu> menu(m_details->createStandardContextMenu(pos));
        if (const Centre* centre = m_model->selectedCentre()) {
            menu->addSeparator();
            m_canvas->addCentreCitations(*menu, *centre);
        }
        menu->exec(m_details->viewport()->mapToGlobal(pos));
    });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const Centre* centre = m_model->centre(m_list->indexAt(pos).row());
        if (!centre)
            centre = m_model->selectedCentre();
        if (!centre)
            return;
        QMenu menu(this);
        m_canvas->addCentreCitations(menu, *centre);
        if (!menu.isEmpty())
            menu.exec(m_list->viewport()->mapToGlobal(pos));
    });

    m_layerGroup->setExclusive(true);
    auto* legendLayout = new QVBoxLayout(m_legend);
    for (MapLayer::Kind kind : MapLayer::allKinds()) {
        auto* button = new WrappingRadioButton(m_legend);
        m_layerButtons.insert(int(kind), button);
        m_layerGroup->addButton(button, int(kind));
        legendLayout->addWidget(button);
    }
    m_layerButtons.value(int(MapLayer::Kind::None))->setChecked(true);
    connect(m_layerGroup, &QButtonGroup::idClicked, this,
            [this](int id) {
                setLayerKind(static_cast<MapLayer::Kind>(id));
                emit layerKindChosen(m_layerKind);
            });
    m_legend->installEventFilter(this);
    m_layerNote->setWordWrap(true);
    m_layerNote->setMinimumWidth(120); // a wrapped label's own guess is wide; the panel's width decides
    m_layerNote->setTextFormat(Qt::PlainText);
    m_layerNote->setForegroundRole(QPalette::PlaceholderText);
    legendLayout->addWidget(m_layerNote);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_zoomInButton);
    buttons->addWidget(m_zoomOutButton);
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_worldButton);
    buttons->addStretch();
    buttons->addWidget(m_exportButton);

    auto* left = new QVBoxLayout;
    left->addLayout(buttons);
    left->addWidget(m_canvas, 1);
    left->addWidget(m_info);

    auto* right = new QVBoxLayout;
    right->addWidget(m_listLabel);
    right->addWidget(m_list);
    right->addWidget(m_details, 1);
    right->addWidget(m_legend);
    auto* rightContent = new QWidget;
    rightContent->setLayout(right);
    right->setContentsMargins(0, 0, 0, 0);
    // The side panel scrolls where the window is too short for the list, the record and the legend.
    auto* rightPanel = new QScrollArea(this);
    rightPanel->setObjectName(QStringLiteral("mapSidePanel"));
    rightPanel->setWidgetResizable(true);
    rightPanel->setFrameShape(QFrame::NoFrame);
    rightPanel->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rightPanel->setFocusPolicy(Qt::NoFocus); // the list and the record take the focus, not their frame
    rightPanel->setWidget(rightContent);
    rightPanel->setMinimumWidth(240);
    rightPanel->setMaximumWidth(380);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addWidget(rightPanel);

    // Keyboard order: the tools, the map and its markers, then the list, the details and the legend.
    setTabOrder(m_exportButton, m_canvas);
    setTabOrder(m_canvas, m_list);
    setTabOrder(m_list, m_details);
    centresChanged();

    retranslate();
}

MapView::~MapView() = default;

Language MapView::language() const
{
    return languageForLocale(QLocale());
}

const MapScene& MapView::scene() const
{
    return m_canvas->scene();
}

QString MapView::selectedCentre() const
{
    return m_model->selectedId();
}

QRadioButton* MapView::layerButton(MapLayer::Kind kind) const
{
    return m_layerButtons.value(int(kind));
}

void MapView::setWorld(std::shared_ptr<const WorldMap> world)
{
    m_canvas->setWorld(std::move(world));
    updateDetails();
}

void MapView::centresChanged()
{
    // The markers follow the map in the tab order, then the list.
    QWidget* previous = m_canvas;
    for (QWidget* marker : m_canvas->markers()) {
        setTabOrder(previous, marker);
        previous = marker;
    }
    setTabOrder(previous, m_list);
    updateDetails();
}

void MapView::setTreatyStatuses(MapLayer::Kind kind, const QList<TreatyStatus>& statuses)
{
    m_statuses.insert(int(kind), statuses);
    if (kind == m_layerKind)
        setLayerKind(kind);
    updateLayerNote();
    fitLegend();
}

void MapView::setLayerKind(MapLayer::Kind kind)
{
    m_layerKind = kind;
    m_layerButtons.value(int(kind))->setChecked(true);
    m_canvas->setLayer(MapLayer(kind, m_statuses.value(int(kind))));
    updateLayerNote();
    fitLegend();
}

void MapView::selectCentre(const QString& centreId)
{
    if (m_model->rowOf(centreId) >= 0)
        m_model->setSelectedId(centreId);
}

void MapView::selectionChanged(const QString& centreId)
{
    const QModelIndex index = m_model->index(m_model->rowOf(centreId));
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);
    // The centre's region, framed, so that the states it serves are seen lit, not hidden under its marker.
    if (!centreId.isEmpty())
        m_canvas->frameCentre(centreId);
    updateDetails();
    emit centreSelected(centreId);
}

void MapView::showCountry(const QString& iso3)
{
    m_infoIso3 = iso3;
    const MapScene& scene = m_canvas->scene();
    m_info->setText(iso3.isEmpty() || !scene.world ? QString() : scene.world->countryName(iso3, language()));
}

void MapView::updateDetails()
{
    const MapScene& scene = m_canvas->scene();
    const Centre* centre = scene.selectedCentre();
    if (!centre) {
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Select a centre on the map or in the list to read its record.")
                                        .toHtmlEscaped()));
        m_details->setAccessibleDescription(QString());
        return;
    }
    m_details->setHtml(m_detailsBuilder->html(*centre, scene.world.get(), language()));
    m_details->setAccessibleDescription(centre->name.text(language()));
}

void MapView::updateLayerNote()
{
    const MapLayer& layer = m_canvas->scene().layer;
    if (m_layerKind == MapLayer::Kind::None) {
        m_layerNote->setText(tr("France is highlighted, and so are the selected centre's partner states and the "
                                "states it serves."));
        return;
    }
    if (layer.isEmpty()) {
        m_layerNote->setText(tr("No treaty data in this version yet."));
        return;
    }
    QString note = tr("Status as of %1.").arg(MapRenderer::displayDate(layer.dataDate(), language()));
    if (!layer.source().publisher.isEmpty())
        note += QLatin1Char(' ') + tr("Source: %1").arg(CitationFormat(language()).brief(layer.source()));
    m_layerNote->setText(note);
}

void MapView::retranslate()
{
    const Language lang = language();
    // Zoom as maps show it, "+" and "−", named in words for screen readers and tooltips.
    m_zoomInButton->setText(QStringLiteral("+"));
    m_zoomInButton->setAccessibleName(tr("Zoom in"));
    m_zoomInButton->setToolTip(tr("Zoom in (+)"));
    m_zoomOutButton->setText(QStringLiteral("−"));
    m_zoomOutButton->setAccessibleName(tr("Zoom out"));
    m_zoomOutButton->setToolTip(tr("Zoom out (−)"));
    m_resetButton->setText(tr("Reset view"));
    m_resetButton->setToolTip(tr("Back to Europe and Africa, where the centres are (Home)"));
    m_worldButton->setText(tr("Whole world"));
    m_worldButton->setToolTip(tr("Show the whole world (0)"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save this map as an image or a document"));
    m_listLabel->setText(tr("&Capacity centres"));
    m_list->setAccessibleName(tr("Capacity centres"));
    m_details->setAccessibleName(tr("Centre details"));
    m_legend->setTitle(tr("Layer"));
    m_legend->setAccessibleName(tr("Map layer"));
    for (MapLayer::Kind kind : MapLayer::allKinds())
        m_layerButtons.value(int(kind))->setText(m_renderer.layerName(kind, lang));
    m_model->setLanguage(lang);
    updateLayerNote();
    fitLegend();
    updateDetails();
    showCountry(m_infoIso3);
}

void MapView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        fitLegend();
}

bool MapView::eventFilter(QObject* watched, QEvent* event)
{
    // The legend's width is known only once the panel is laid out: its height follows it.
    if (watched == m_legend && event->type() == QEvent::Resize)
        fitLegend();
    return QWidget::eventFilter(watched, event);
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitLegend();
}

void MapView::fitLegend()
{
    // Layouts do not pass wrapped texts' heights up to a window's minimum: the legend asks for the height
    // its wrapped names and note take at its width, and the centre's details give way.
    if (m_legend->width() > 0) {
        m_legend->setMinimumHeight(0); // measured free of the last minimum
        m_legend->setMinimumHeight(m_legend->layout()->totalHeightForWidth(m_legend->width()));
    }
}

} // namespace Vigie
