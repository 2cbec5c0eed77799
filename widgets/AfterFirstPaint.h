// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>

class QWidget;

namespace Vigie {

/// Runs a function once, just after @p widget first paints: work that can wait for the window's first frame
/// (a chart's layout, parsing the map's outlines) is done after it, so that the window opens at once.
class AfterFirstPaint : public QObject
{
    Q_OBJECT

public:
    /// The object belongs to @p widget and goes once it has run @p then.
    static void watch(QWidget* widget, std::function<void()> then);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QWidget* widget, std::function<void()> then);

    std::function<void()> m_then;
    bool m_queued = false;
};

} // namespace Vigie
