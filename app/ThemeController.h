// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>

#include "core/settings/DesktopAppearance.h"
#include "core/settings/Settings.h"
#include "widgets/design/Theme.h"

namespace Vigie {

/// Applies the light or the dark theme to the whole application, live: as the desktop's appearance setting
/// says (DesktopAppearance, followed as it changes; where there is no portal, the palette Vigie started
/// with), unless the user chose one in the View menu. The choice is remembered. Qt's widgets get Vigie's focus
/// mark through FocusStyle, over the desktop's style.
class ThemeController : public QObject
{
    Q_OBJECT

public:
    /// @p desktop: the palette to follow where no portal says (by default, the application's before any theme).
    explicit ThemeController(Settings& settings, QObject* parent = nullptr, const QPalette& desktop = desktopPalette());
    static const QPalette& desktopPalette();

    Settings::Theme choice() const { return m_choice; }
    void setChoice(Settings::Theme choice);
    Theme::Mode mode() const { return m_mode; }
    const DesktopAppearance& desktop() const { return m_desktop; }

signals:
    void modeChanged(Vigie::Theme::Mode mode);

private:
    void apply();

    Settings& m_settings;
    DesktopAppearance m_desktop;
    const QPalette m_startPalette; ///< the desktop's, where no portal says
    Settings::Theme m_choice;
    Theme::Mode m_mode = Theme::Mode::Light;
    bool m_applied = false;
};

} // namespace Vigie
