// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Vigie {

class ChartView;

/// A page of the main window. The window asks it for its title and for the chart that export acts on.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    /// The chart that File → Export acts on, or nullptr when the page has none.
    virtual ChartView* activeChart() const { return nullptr; }

signals:
    /// The page's title changed (after a language switch).
    void titleChanged();
};

} // namespace Vigie
