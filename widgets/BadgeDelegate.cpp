// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BadgeDelegate.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>

namespace Vigie {

namespace {
constexpr int padding = 5; ///< inside the badge, on each side of its text
constexpr int gap = 6;     ///< between the badge and the cell's text
} // namespace

BadgeDelegate::BadgeDelegate(int flagRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_flagRole(flagRole)
{
}

QRect BadgeDelegate::badgeRect(const QStyleOptionViewItem& option, const QRect& cell) const
{
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = std::min(cell.height() - 2, metrics.height() + 2);
    return {cell.left() + 3, cell.top() + (cell.height() - height) / 2, metrics.horizontalAdvance(m_text) + 2 * padding,
            height};
}

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(m_flagRole).toBool() || m_text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell as usual, its text moved right of the badge; then the badge in the selection's colours, which
    // the theme keeps readable (TestThemeContrast).
    QStyleOptionViewItem shifted = option;
    initStyleOption(&shifted, index); // the cell's own font, alignment and colours
    const QRect badge = badgeRect(shifted, option.rect);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = shifted.text;
    shifted.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &shifted, painter, widget);
    const QRect textRect = option.rect.adjusted(badge.right() - option.rect.left() + gap, 0, 0, 0);
    painter->save();
    painter->setClipRect(option.rect); // a narrow column cuts the badge, never its neighbour's text
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(shifted.font);
    const QFontMetrics metrics(shifted.font);
    painter->drawText(textRect, int(Qt::AlignLeft | Qt::AlignVCenter),
                      metrics.elidedText(text, Qt::ElideRight, std::max(0, textRect.width())));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Highlight));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    QFont bold = shifted.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Active, selected ? QPalette::Highlight : QPalette::HighlightedText));
    painter->drawText(badge, Qt::AlignCenter, m_text);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_flagRole).toBool() && !m_text.isEmpty())
        size.rwidth() += badgeRect(option, QRect(QPoint(), size)).width() + gap + 3;
    return size;
}

} // namespace Vigie
