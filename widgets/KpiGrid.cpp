// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/KpiGrid.h"

#include <QEvent>

#include "widgets/KpiCard.h"

namespace Vigie {

namespace {
constexpr int spacing = 12;
constexpr int preferredCardWidth = 220; ///< below it, a card's title takes three lines in French
}

KpiGrid::KpiGrid(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void KpiGrid::addCard(KpiCard* card)
{
    card->setParent(this);
    m_cards.append(card);
    // A hidden grid is arranged when it is first shown, at its real width: arranging it for each card as the
    // page is built would measure every text at a width it never has.
    if (isVisible())
        arrange();
}

int KpiGrid::narrowest() const
{
    // Kept while the cards' texts and fonts stay the same: the layouts above ask for it at every pass, and
    // each card answers by measuring all its texts.
    size_t key = 0;
    for (const KpiCard* card : m_cards)
        key = qHashMulti(key, card->textsKey());
    if (m_narrowest >= 0 && key == m_narrowestKey)
        return m_narrowest;
    int least = preferredCardWidth;
    for (const KpiCard* card : m_cards)
        least = std::max(least, card->minimumSizeHint().width());
    m_narrowest = least;
    m_narrowestKey = key;
    return least;
}

int KpiGrid::columnsFor(int width) const
{
    const int count = int(m_cards.size());
    const int least = narrowest();
    // Every card in one row, or half of them (an even grid), or one a row.
    for (const int columns : {count, (count + 1) / 2}) {
        if (columns > 0 && (width - (columns - 1) * spacing) / columns >= least)
            return columns;
    }
    return 1;
}

QSize KpiGrid::sizeHint() const
{
    return {int(m_cards.size()) * (preferredCardWidth + spacing), minimumHeight()};
}

QSize KpiGrid::minimumSizeHint() const
{
    return {narrowest(), minimumHeight()};
}

void KpiGrid::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange();
}

bool KpiGrid::event(QEvent* event)
{
    // A new language or font changes how the texts wrap.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::FontChange
        || event->type() == QEvent::LanguageChange)
        arrange();
    return QWidget::event(event);
}

void KpiGrid::arrange()
{
    if (m_arranging || m_cards.isEmpty())
        return;
    m_arranging = true;
    const int columns = columnsFor(width());
    const int cardWidth = std::max(1, (width() - (columns - 1) * spacing) / columns);
    int y = 0;
    for (qsizetype first = 0; first < m_cards.size(); first += columns) {
        const QList<KpiCard*> row = m_cards.mid(first, columns);
        // One title height for the row, then one card height: the figures align.
        int title = 0;
        for (KpiCard* card : row)
            title = std::max(title, card->titleHeightFor(cardWidth));
        int height = 0;
        for (KpiCard* card : row) {
            card->setTitleHeight(title);
            height = std::max(height, card->heightForWidth(cardWidth));
        }
        for (qsizetype i = 0; i < row.size(); ++i)
            row.at(i)->setGeometry(int(i) * (cardWidth + spacing), y, cardWidth, height);
        y += height + spacing;
    }
    const int needed = y - spacing;
    if (needed != minimumHeight())
        setFixedHeight(needed);
    m_arranging = false;
}

} // namespace Vigie
