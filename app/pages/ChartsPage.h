// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "app/pages/ChartPage.h"

class QTabWidget;

namespace Vigie {

struct AppContext;
class ChartView;

/// Every chart of the catalogue, one tab each; File → Export acts on the tab in front.
class ChartsPage : public ChartPage
{
    Q_OBJECT

public:
    explicit ChartsPage(const AppContext& context, QWidget* parent = nullptr);

    /// The page's name in the navigation, known before the page is built.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    ChartView* activeChart() const override;
    QList<ChartView*> charts() const { return m_charts; }
    /// Brings the chart with @p id to the front; false if there is none.
    bool showChart(const QString& id);
    /// Brings to the front the first chart with a point of the figure @p figureKey, that point marked and
    /// its chart focused; false if no chart shows it.
    bool showPoint(const QString& figureKey);
    /// A chart's tab: a word or two, so that every tab fits from an 800-pixel window up; the chart's full
    /// title is on the chart and in the tab's tooltip. A chart without one gets its full title.
    static QString tabTitle(const QString& chartId);
    /// Reads the user's own figures again: adds, updates or removes their chart, the last tab.
    void reloadUserFigures();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const AppContext& m_context;
    QTabWidget* m_tabs;
    QList<ChartView*> m_charts;
    ChartView* m_userChart = nullptr; ///< the chart of the user's figures, when they have some
};

} // namespace Vigie
