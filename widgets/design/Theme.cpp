// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/design/Theme.h"

#include <algorithm>
#include <cmath>

namespace Vigie::Theme {

namespace {

/// Sets @p colour for every colour group, and a muted form of it for the disabled one.
void set(QPalette& palette, QPalette::ColorRole role, const QColor& colour, const QColor& disabled = {})
{
    palette.setColor(QPalette::Active, role, colour);
    palette.setColor(QPalette::Inactive, role, colour);
    palette.setColor(QPalette::Disabled, role, disabled.isValid() ? disabled : colour);
}

} // namespace

QPalette palette(Mode mode)
{
    QPalette p;
    if (mode == Mode::Light) {
        // Text at 15:1 on the window, links and highlights in the charts' first blue.
        set(p, QPalette::Window, QColor(0xf3f4f6));
        set(p, QPalette::WindowText, QColor(0x1f2328), QColor(0x8c959f));
        set(p, QPalette::Base, QColor(0xffffff), QColor(0xf3f4f6));
        set(p, QPalette::AlternateBase, QColor(0xf6f8fa));
        set(p, QPalette::Text, QColor(0x1f2328), QColor(0x8c959f));
        set(p, QPalette::Button, QColor(0xf6f8fa));
        set(p, QPalette::ButtonText, QColor(0x1f2328), QColor(0x8c959f));
        set(p, QPalette::BrightText, QColor(0xffffff));
        set(p, QPalette::Highlight, QColor(0x0969da), QColor(0xd0d7de));
        set(p, QPalette::HighlightedText, QColor(0xffffff));
        set(p, QPalette::Link, QColor(0x0550ae));
        set(p, QPalette::LinkVisited, QColor(0x6639ba));
        set(p, QPalette::ToolTipBase, QColor(0xffffff));
        set(p, QPalette::ToolTipText, QColor(0x1f2328));
        set(p, QPalette::PlaceholderText, QColor(0x57606a));
        set(p, QPalette::Light, QColor(0xffffff));
        set(p, QPalette::Midlight, QColor(0xeaeef2));
        set(p, QPalette::Mid, QColor(0xd0d7de));
        set(p, QPalette::Dark, QColor(0xafb8c1));
        set(p, QPalette::Shadow, QColor(0x6e7781));
    } else {
        // Text at 13:1 on the window; the placeholder grey still above 4.5:1 on the base.
        set(p, QPalette::Window, QColor(0x1c1e21));
        set(p, QPalette::WindowText, QColor(0xe6edf3), QColor(0x6e7681));
        set(p, QPalette::Base, QColor(0x24272b), QColor(0x1c1e21));
        set(p, QPalette::AlternateBase, QColor(0x2b2f34));
        set(p, QPalette::Text, QColor(0xe6edf3), QColor(0x6e7681));
        set(p, QPalette::Button, QColor(0x2d3136));
        set(p, QPalette::ButtonText, QColor(0xe6edf3), QColor(0x6e7681));
        set(p, QPalette::BrightText, QColor(0xffffff));
        set(p, QPalette::Highlight, QColor(0x2f6fbd), QColor(0x3a3f44));
        set(p, QPalette::HighlightedText, QColor(0xffffff));
        set(p, QPalette::Link, QColor(0x6cb6ff));
        set(p, QPalette::LinkVisited, QColor(0xd2a8ff));
        set(p, QPalette::ToolTipBase, QColor(0x2d3136));
        set(p, QPalette::ToolTipText, QColor(0xe6edf3));
        set(p, QPalette::PlaceholderText, QColor(0xa0a8b0));
        set(p, QPalette::Light, QColor(0x3a3f44));
        set(p, QPalette::Midlight, QColor(0x33373c));
        set(p, QPalette::Mid, QColor(0x2a2d31));
        set(p, QPalette::Dark, QColor(0x141618));
        set(p, QPalette::Shadow, QColor(Qt::black));
    }
    return p;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

ChartTheme chartTheme(const QPalette& palette)
{
    return isDark(palette) ? ChartTheme::dark() : ChartTheme::light();
}

MapStyle mapStyle(const QPalette& palette)
{
    return isDark(palette) ? MapStyle::dark() : MapStyle::light();
}

QColor focus(const QPalette& palette)
{
    // Blue, as the highlight, but at 9:1 or more on the base colour (a deep blue by day, a pale one by night):
    // over a map, with a line of the base colour inside the ring, one of the two then stands at 3:1 on any colour
    // (WCAG technique C40). On the window, the cards and the style's grey frames, the ring stands alone.
    return isDark(palette) ? QColor(0xa5d2ff) : QColor(0x08428f);
}

double contrast(const QColor& a, const QColor& b)
{
    auto luminance = [](const QColor& colour) {
        auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace Vigie::Theme
