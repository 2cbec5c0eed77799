// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace Vigie {

AfterFirstPaint::AfterFirstPaint(QWidget* widget, std::function<void()> then)
    : QObject(widget)
    , m_then(std::move(then))
{
    widget->installEventFilter(this);
}

void AfterFirstPaint::watch(QWidget* widget, std::function<void()> then)
{
    new AfterFirstPaint(widget, std::move(then));
}

bool AfterFirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_queued) {
        m_queued = true;
        watched->removeEventFilter(this);
        // Queued: the frame this paint belongs to is flushed first.
        QTimer::singleShot(0, this, [this] {
            m_then();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Vigie
