// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/FocusMark.h"

#include <algorithm>

#include <QEvent>
#include <QPainter>
#include <QPalette>
#include <QWidget>

#include "widgets/design/Theme.h"

namespace Vigie::FocusMark {

namespace {

constexpr double leastContrast = 3.0; // WCAG 1.4.11, for the parts of a control that show its state

/// The target's mark, laid over it: shown while the target shows it, hidden (and so not drawn) otherwise.
class Overlay : public QWidget
{
public:
    explicit Overlay(QWidget* target)
        : QWidget(target)
        , m_target(target)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents); // clicks, drags, wheel and tooltips reach the target
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        setGeometry(target->rect());
        setVisible(shows(*target));
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_target) {
            switch (event->type()) {
            case QEvent::Resize:
                setGeometry(m_target->rect());
                break;
            case QEvent::FocusIn:
                raise(); // above any child the target made since
                setVisible(shows(*m_target));
                break;
            case QEvent::FocusOut:
                hide();
                break;
            default:
                break;
            }
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        paint(painter, rect(), m_target->palette());
    }

private:
    QWidget* m_target;
};

} // namespace

bool shows(const QWidget& widget)
{
    return widget.hasFocus() && widget.window()->testAttribute(Qt::WA_KeyboardFocusChange);
}

QColor colour(const QPalette& palette, const QColor& ground)
{
    const QColor focus = Theme::focus(palette);
    if (!ground.isValid() || Theme::contrast(focus, ground) >= leastContrast)
        return focus;
    const QColor text = palette.color(QPalette::HighlightedText);
    const QColor windowText = palette.color(QPalette::WindowText);
    return Theme::contrast(text, ground) >= Theme::contrast(windowText, ground) ? text : windowText;
}

void paint(QPainter& painter, const QRectF& rect, const QPalette& palette, Over over, double radius,
           const QColor& ground)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    // The pen runs along the middle of the band it covers, so that the ring lies inside the rectangle.
    const double half = width / 2;
    const double maxRadius = std::max(0.0, std::min(rect.width(), rect.height()) / 2 - half);
    const double ringRadius = std::clamp(radius - half, 0.0, maxRadius);
    painter.setPen(QPen(colour(palette, ground), width));
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), ringRadius, ringRadius);
    if (over == Over::Picture) {
        // Where the picture's colour is close to the ring's, it stands apart from this line (Theme::focus).
        const double inset = width + half;
        const double lineRadius = std::max(0.0, ringRadius - width);
        painter.setPen(QPen(palette.color(QPalette::Base), width));
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), lineRadius, lineRadius);
    }
    painter.restore();
}

void follow(QWidget* target)
{
    new Overlay(target);
}

} // namespace Vigie::FocusMark
