// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/DashboardTile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/design/Card.h"
#include "widgets/design/Typography.h"

namespace Vigie {

DashboardTile::DashboardTile(QWidget* content, QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_link(new QToolButton(this))
    , m_content(content)
{
    setObjectName(QStringLiteral("dashboardTile"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    Typography::apply(m_heading, Typography::Role::TileHeading);
    m_link->setAutoRaise(true);
    m_link->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_link->setCursor(Qt::PointingHandCursor);
    m_link->setFocusPolicy(Qt::StrongFocus);
    connect(m_link, &QToolButton::clicked, this, &DashboardTile::opened);
    colourLink();

    auto* header = new QHBoxLayout;
    header->setSpacing(Spacing::normal);
    header->addWidget(m_heading, 1);
    header->addWidget(m_link, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::loose, Spacing::normal, Spacing::loose, Spacing::loose);
    layout->setSpacing(Spacing::tight);
    layout->addLayout(header);
    content->setParent(this);
    layout->addWidget(content, 1);
}

void DashboardTile::setTexts(const QString& heading, const QString& link, const QString& linkTip)
{
    m_heading->setText(heading);
    // The arrow says where the link leads; a screen reader gets the words alone.
    m_link->setText(link + QStringLiteral(" \u2192"));
    m_link->setAccessibleName(link);
    m_link->setToolTip(linkTip);
}

void DashboardTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    Card::paint(painter, rect(), palette(), false);
}

void DashboardTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        colourLink(); // the link's own palette does not follow the theme by itself
    QWidget::changeEvent(event);
}

void DashboardTile::colourLink()
{
    QPalette linkPalette = m_link->palette();
    linkPalette.setColor(QPalette::ButtonText, palette().color(QPalette::Link));
    m_link->setPalette(linkPalette);
}

} // namespace Vigie
