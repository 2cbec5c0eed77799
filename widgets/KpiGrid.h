// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace Vigie {

class KpiCard;

/// Headline cards on a grid that reflows with its width: all in one row where they fit, else half of them a
/// row, else one a row. The cards of a row share their height, and their titles too, so that their figures
/// stand on one line.
class KpiGrid : public QWidget
{
    Q_OBJECT

public:
    explicit KpiGrid(QWidget* parent = nullptr);

    void addCard(KpiCard* card);
    /// How many cards a row holds at @p width.
    int columnsFor(int width) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// Places the cards for the current width, and takes the height they need.
    void arrange();
    int narrowest() const; ///< the least width a card can take

    QList<KpiCard*> m_cards;
    bool m_arranging = false;
    mutable int m_narrowest = -1; ///< narrowest()'s last answer, for the texts of m_narrowestKey
    mutable size_t m_narrowestKey = 0;
};

} // namespace Vigie
