// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/charts/ChartData.h"
#include "widgets/ChartTheme.h"

class QCustomPlot;
class QPaintDevice;
class QSize;

namespace Vigie {

class Translations;

/// The drawing code that the screen, the files and the clipboard share: it sets a QCustomPlot up for a
/// chart in a given language and theme, and paints it with its footer for exports.
class ChartRenderer
{
public:
    explicit ChartRenderer(const Translations& translations);

    /// Rebuilds everything @p plot shows from @p chart. Safe to call again on the same plot (language or
    /// theme change). With @p withFooter, the footer (title, sources, data date) is drawn under the chart.
    void setUp(QCustomPlot& plot, const ChartData& chart, Language language, const ChartTheme& theme,
               bool withFooter = false) const;

    /// Adapts @p plot's type, texts, legend and ticks to @p logicalSize: before every drawing at a new size.
    static void fit(QCustomPlot& plot, const QSize& logicalSize);

    /// Which chart segment @p plottable draws (a series and its provisional points), or -1.
    static int segmentOf(const QObject* plottable);

    /// How a footer cites: in full where the page has room for it, else in the short form the card uses.
    enum class Citations { Brief, Full };
    /// "Title — Source: …; … — data as of 12 March 2026", in @p language.
    QString footer(const ChartData& chart, Language language, Citations form = Citations::Brief) const;

    /// Paints the chart and its footer on @p device through an offscreen plot set up exactly as the screen's.
    /// The plot is laid out at @p logicalSize (96-DPI pixels) and drawn scaled by @p scale.
    void paint(QPaintDevice& device, const QSize& logicalSize, double scale, const ChartData& chart,
               Language language, const ChartTheme& theme) const;

    const Translations& translations() const { return m_translations; }

private:
    QString tr(Language language, const char* sourceText) const;

    const Translations& m_translations;
};

} // namespace Vigie
