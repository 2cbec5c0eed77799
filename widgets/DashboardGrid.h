// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace Vigie {

/// The tiles of a dashboard: where the width allows, the first tile (the main one) takes the left and the others
/// stand in a column at its right; in a narrow window all stand in one column, each at its own height, and the
/// page scrolls.
class DashboardGrid : public QWidget
{
    Q_OBJECT

public:
    /// The least width, in device-independent pixels, at which the tiles stand side by side.
    static constexpr int sideBySideWidth = 960;

    explicit DashboardGrid(QWidget* parent = nullptr);

    void addTile(QWidget* tile, int minimumHeight);
    bool isSideBySide() const { return m_sideBySide; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void arrange(bool sideBySide);

    QGridLayout* m_layout;
    QList<QWidget*> m_tiles;
    QList<int> m_heights;
    bool m_sideBySide = false;
    bool m_arranged = false;
};

} // namespace Vigie
