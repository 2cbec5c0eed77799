// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/DesktopAppearance.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace Vigie {

namespace {
const QString service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString interface = QStringLiteral("org.freedesktop.portal.Settings");
const QString group = QStringLiteral("org.freedesktop.appearance");
const QString key = QStringLiteral("color-scheme");
}

DesktopAppearance::DesktopAppearance(QObject* parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return; // no session bus: the palette decides
    bus.connect(service, path, interface, QStringLiteral("SettingChanged"), this,
                SLOT(settingChanged(QString, QString, QDBusVariant)));
    // Read() answers v(v(u)) on Debian 12's portal; asynchronously, so that start-up never waits on it.
    QDBusMessage read = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Read"));
    read << group << key;
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(read, 2000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* call) {
        call->deleteLater();
        const QDBusPendingReply<QVariant> reply = *call;
        if (!reply.isError() && !m_changed) // a change that came first is newer than this answer
            setScheme(schemeFrom(reply.value()));
    });
}

DesktopAppearance::Scheme DesktopAppearance::schemeFrom(const QVariant& value)
{
    QVariant inner = value;
    // Unwrap a variant inside a variant, however it arrives: as QDBusVariant, or as a D-Bus argument.
    for (int depth = 0; depth < 3; ++depth) {
        if (inner.canConvert<QDBusVariant>() && inner.userType() == qMetaTypeId<QDBusVariant>())
            inner = qvariant_cast<QDBusVariant>(inner).variant();
        else if (inner.userType() == qMetaTypeId<QDBusArgument>()) {
            QDBusVariant unwrapped;
            qvariant_cast<QDBusArgument>(inner) >> unwrapped;
            inner = unwrapped.variant();
        } else
            break;
    }
    bool ok = false;
    const uint code = inner.toUInt(&ok);
    if (!ok)
        return Scheme::Unknown;
    switch (code) {
    case 0:
        return Scheme::NoPreference;
    case 1:
        return Scheme::Dark;
    case 2:
        return Scheme::Light;
    default:
        return Scheme::Unknown;
    }
}

void DesktopAppearance::settingChanged(const QString& changedGroup, const QString& changedKey, const QDBusVariant& value)
{
    if (changedGroup == group && changedKey == key) {
        m_changed = true;
        setScheme(schemeFrom(value.variant()));
    }
}

void DesktopAppearance::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    emit schemeChanged(scheme);
}

} // namespace Vigie
