// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QDBusVariant>
#include <QVariant>

namespace Vigie {

/// The desktop's appearance setting, light or dark, read from the XDG settings portal over D-Bus
/// (org.freedesktop.appearance color-scheme), asynchronously, and followed as it changes. Qt 6.4 has no
/// QStyleHints::colorScheme. Where there is no portal (or no session bus), the scheme stays Unknown, and
/// the caller falls back to the palette.
class DesktopAppearance : public QObject
{
    Q_OBJECT

public:
    enum class Scheme
    {
        Unknown, ///< no portal, or no answer yet
        NoPreference,
        Dark,
        Light,
    };
    Q_ENUM(Scheme)

    explicit DesktopAppearance(QObject* parent = nullptr);

    Scheme scheme() const { return m_scheme; }

    /// The portal's value (a uint, possibly wrapped in a variant, as Debian 12's portal sends it) as a scheme.
    static Scheme schemeFrom(const QVariant& value);

signals:
    void schemeChanged(Vigie::DesktopAppearance::Scheme scheme);

private slots:
    void settingChanged(const QString& group, const QString& key, const QDBusVariant& value);

private:
    void setScheme(Scheme scheme);

    Scheme m_scheme = Scheme::Unknown;
    bool m_changed = false; ///< a SettingChanged came: the first Read's answer is older
};

} // namespace Vigie
