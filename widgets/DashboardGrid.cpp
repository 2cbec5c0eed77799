// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DashboardGrid.h"

#include <QGridLayout>
#include <QResizeEvent>

#include "widgets/design/Typography.h"

namespace Vigie {

DashboardGrid::DashboardGrid(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(Spacing::loose);
}

void DashboardGrid::addTile(QWidget* tile, int minimumHeight)
{
    tile->setParent(this);
    m_tiles.append(tile);
    m_heights.append(minimumHeight);
    m_arranged = false;
    arrange(width() >= sideBySideWidth);
}

void DashboardGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width() >= sideBySideWidth);
}

void DashboardGrid::arrange(bool sideBySide)
{
    if (m_arranged && sideBySide == m_sideBySide)
        return; // only a change of form re-lays the tiles
    m_arranged = true;
    m_sideBySide = sideBySide;
    for (QWidget* tile : std::as_const(m_tiles))
        m_layout->removeWidget(tile);
    for (int column = 0; column < 2; ++column)
        m_layout->setColumnStretch(column, 0);
    const int side = int(m_tiles.size()) - 1;
    for (int i = 0; i < m_tiles.size(); ++i) {
        QWidget* tile = m_tiles.at(i);
        if (sideBySide && i == 0) {
            // The main tile spans the side column's height, and needs no more than the column does.
            m_layout->addWidget(tile, 0, 0, std::max(1, side), 1);
            tile->setMinimumHeight(0);
        } else if (sideBySide) {
            m_layout->addWidget(tile, i - 1, 1);
            tile->setMinimumHeight(m_heights.at(i));
        } else {
            m_layout->addWidget(tile, i, 0);
            tile->setMinimumHeight(m_heights.at(i));
        }
    }
    if (sideBySide) {
        m_layout->setColumnStretch(0, 3);
        m_layout->setColumnStretch(1, 2);
        if (!m_tiles.isEmpty())
            m_tiles.first()->setMinimumHeight(m_heights.first());
    }
}

} // namespace Vigie
