// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Vigie {

/// The desktop's style (Fusion where there is none), with Vigie's focus mark (FocusMark) for Qt's own widgets.
/// Fusion marks the focus with a one-pixel line at a third of the highlight's strength, under 2:1 in either
/// theme, and a text browser not at all. Here, once the keyboard has moved the focus in the window (as Qt's
/// focus rectangles wait for), lists, tables and texts get the ring in a frame two pixels wide, buttons, tabs
/// and combo boxes the ring, and the current row of a view a one-pixel line in its colour; a text field gets
/// the ring whenever it has the focus.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /// On @p base, or the desktop's style when null. Takes ownership of @p base.
    explicit FocusStyle(QStyle* base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
    /// The base style's icons, except that the overflow arrows are made when first shown: the menu bar asks
    /// for one as it is built, and making it would load every image plugin before the window's first frame.
    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace Vigie
