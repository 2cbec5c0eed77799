// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ThemeController.h"

#include <QApplication>
#include <QStyleFactory>

#include "widgets/design/FocusStyle.h"

namespace Vigie {

const QPalette& ThemeController::desktopPalette()
{
    // The palette the application had before any theme was applied: the desktop's own.
    static const QPalette palette = QApplication::palette();
    return palette;
}

ThemeController::ThemeController(Settings& settings, QObject* parent, const QPalette& desktop)
    : QObject(parent)
    , m_settings(settings)
    , m_startPalette(desktop)
    , m_choice(settings.theme())
{
    connect(&m_desktop, &DesktopAppearance::schemeChanged, this, &ThemeController::apply);
    apply();
}

void ThemeController::setChoice(Settings::Theme choice)
{
    m_choice = choice;
    m_settings.setTheme(choice);
    apply();
}

void ThemeController::apply()
{
    Theme::Mode mode = Theme::Mode::Light;
    switch (m_choice) {
    case Settings::Theme::Light:
        break;
    case Settings::Theme::Dark:
        mode = Theme::Mode::Dark;
        break;
    case Settings::Theme::FollowDesktop:
        switch (m_desktop.scheme()) {
        case DesktopAppearance::Scheme::Dark:
            mode = Theme::Mode::Dark;
            break;
        case DesktopAppearance::Scheme::Light:
            break;
        case DesktopAppearance::Scheme::NoPreference:
        case DesktopAppearance::Scheme::Unknown:
            mode = Theme::isDark(m_startPalette) ? Theme::Mode::Dark : Theme::Mode::Light;
            break;
        }
        break;
    }
    if (m_applied && mode == m_mode)
        return;
    m_mode = mode;
    m_applied = true;
    // Qt's widgets take Vigie's focus mark, over the style they had (set before the palette, which a new style
    // may reset).
    if (!qobject_cast<FocusStyle*>(QApplication::style()))
        QApplication::setStyle(new FocusStyle(QStyleFactory::create(QApplication::style()->name())));
    // Every widget gets a PaletteChange: charts and maps redraw in the new colours (Theme::chartTheme).
    QApplication::setPalette(Theme::palette(mode));
    emit modeChanged(mode);
}

} // namespace Vigie
