// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/FocusStyle.h"

#include <algorithm>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStyleOption>
#include <QTextEdit>

#include "widgets/design/DeferredIcon.h"
#include "widgets/design/FocusMark.h"

namespace Vigie {

namespace {

/// A list, a table or a text: a frame whose inside the keyboard works in, and which shows the ring.
bool takesTheRingOnItsFrame(const QWidget* widget)
{
    return qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTextEdit*>(widget)
        || qobject_cast<const QPlainTextEdit*>(widget);
}

bool keyboardFocused(const QStyleOption* option)
{
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_KeyboardFocusChange);
}

} // namespace

FocusStyle::FocusStyle(QStyle* base)
    : QProxyStyle(base)
{
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    switch (element) {
    case PE_FrameFocusRect: {
        // Qt's rule: drawn once the keyboard has moved the focus in the window, not after every click.
        if (!(option->state & State_KeyboardFocusChange))
            return;
        const auto* focus = qstyleoption_cast<const QStyleOptionFocusRect*>(option);
        // A view says what the row is painted in: the mark stands out of a selected one too.
        const QColor ground = focus ? focus->backgroundColor : QColor();
        if (qobject_cast<const QAbstractItemView*>(widget)) {
            // The view's frame carries the ring; its current row gets a line one pixel wide, clear of its text.
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, false);
            painter->setPen(FocusMark::colour(option->palette, ground));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
            painter->restore();
            return;
        }
        FocusMark::paint(*painter, option->rect, option->palette, FocusMark::Over::Surface, 2, ground);
        return;
    }
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // A text field shows its focus however it came, as Fusion's own outline does: the typing goes there.
        if (option->state & State_HasFocus)
            FocusMark::paint(*painter, option->rect, option->palette, FocusMark::Over::Surface, 2);
        return;
    case PE_Frame:
        if (takesTheRingOnItsFrame(widget)) {
            QProxyStyle::drawPrimitive(element, option, painter, widget);
            if (keyboardFocused(option)) {
                FocusMark::paint(*painter, option->rect, option->palette);
            } else {
                // The frame's second pixel (pixelMetric) in the colour of the inside, so that it looks as thin
                // as the style's own until the ring comes.
                painter->save();
                painter->setRenderHint(QPainter::Antialiasing, false);
                painter->setPen(option->palette.color(QPalette::Base));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(option->rect.adjusted(1, 1, -2, -2));
                painter->restore();
            }
            return;
        }
        break;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (!keyboardFocused(option))
        return;
    // Neither Qt 6 on the current tab nor Fusion on a push button draws its focus through this style.
    if (element == CE_TabBarTabLabel)
        FocusMark::paint(*painter, option->rect.adjusted(2, 2, -2, -2), option->palette, FocusMark::Over::Surface, 2);
    else if (element == CE_PushButtonBevel)
        FocusMark::paint(*painter, option->rect, option->palette, FocusMark::Over::Surface, 3);
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                    const QWidget* widget) const
{
    if (control == CC_ToolButton && (option->state & State_HasFocus)) {
        // The ring round the whole button, not the style's rectangle three pixels in, tight on the text.
        if (const auto* button = qstyleoption_cast<const QStyleOptionToolButton*>(option)) {
            QStyleOptionToolButton unfocused(*button);
            unfocused.state &= ~State_HasFocus;
            QProxyStyle::drawComplexControl(control, &unfocused, painter, widget);
            if (keyboardFocused(option))
                FocusMark::paint(*painter, option->rect, option->palette, FocusMark::Over::Surface, 3);
            return;
        }
    }
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Fusion draws a combo box's focus through itself, not through this style: the ring goes round the box.
    if (control == CC_ComboBox && keyboardFocused(option))
        FocusMark::paint(*painter, option->rect, option->palette, FocusMark::Over::Surface, 2);
}

int FocusStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    // Room for the ring, inside the frame: the view's contents never cover it.
    if (metric == PM_DefaultFrameWidth && takesTheRingOnItsFrame(widget))
        return std::max(value, int(FocusMark::width));
    return value;
}

QIcon FocusStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton)
        return QProxyStyle::standardIcon(icon, option, widget);
    // The widget, or this style, may be gone by the time the arrow is drawn: asked without the widget, of
    // the application's style if this one's base has gone.
    const QPointer<QStyle> base = baseStyle();
    return DeferredIcon::make([base, icon] { return (base ? base.data() : QApplication::style())->standardIcon(icon); });
}

} // namespace Vigie
