// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the light and dark themes against a fake desktop portal served on a private session bus (CTest runs
// this under dbus-run-session): the window follows the desktop's appearance setting, live, through the
// portal's Read and SettingChanged; a choice in the View menu overrides it and is remembered; with no portal,
// the palette Vigie started with decides. Charts and the map draw in the theme's colours.

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QMenuBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include "app/MainWindow.h"
#include "app/ThemeController.h"
#include "app/pages/MapPage.h"
#include "app/pages/OverviewPage.h"
#include "core/settings/DesktopAppearance.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/ChartView.h"
#include "widgets/design/Theme.h"
#include "widgets/map/MapCanvas.h"

#include <qcustomplot.h>

using namespace Vigie;

namespace {
const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString settingsInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearance = QStringLiteral("org.freedesktop.appearance");
const QString colorScheme = QStringLiteral("color-scheme");
}

/// The portal's Settings interface as xdg-desktop-portal serves it on Debian 12: Read answers the value as a
/// variant inside a variant; SettingChanged tells of a change.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 1; ///< 0: no preference, 1: dark, 2: light

    void change(uint value)
    {
        scheme = value;
        QDBusMessage signal = QDBusMessage::createSignal(portalPath, settingsInterface, QStringLiteral("SettingChanged"));
        signal << appearance << colorScheme << QVariant::fromValue(QDBusVariant(value));
        QDBusConnection::sessionBus().send(signal);
    }

public slots:
    QDBusVariant Read(const QString& group, const QString& key)
    {
        if (group != appearance || key != colorScheme)
            return QDBusVariant(QVariant());
        return QDBusVariant(QVariant::fromValue(QDBusVariant(scheme)));
    }
};

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void readsTheValueInsideAVariant();
    void followsTheDesktopLive();
    void aChoiceOverridesTheDesktopAndIsRemembered();
    void withoutAPortalThePaletteDecides();

private:
    static bool windowIsDark() { return Theme::isDark(QApplication::palette()); }

    FakePortal m_portal;
};

void TestTheme::initTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "run under dbus-run-session");
    QVERIFY(bus.registerObject(portalPath, &m_portal, QDBusConnection::ExportAllSlots));
    QVERIFY(bus.registerService(portalService));
}

void TestTheme::cleanup()
{
    // Each window starts from the style's own palette, as Vigie does.
    QApplication::setPalette(QApplication::style()->standardPalette());
    QDBusConnection::sessionBus().registerService(portalService);
}

void TestTheme::readsTheValueInsideAVariant()
{
    using Scheme = DesktopAppearance::Scheme;
    QCOMPARE(DesktopAppearance::schemeFrom(QVariant(1u)), Scheme::Dark);
    QCOMPARE(DesktopAppearance::schemeFrom(QVariant::fromValue(QDBusVariant(QVariant::fromValue(QDBusVariant(2u))))),
             Scheme::Light);
    QCOMPARE(DesktopAppearance::schemeFrom(QVariant(0u)), Scheme::NoPreference);
    QCOMPARE(DesktopAppearance::schemeFrom(QVariant(7u)), Scheme::Unknown);
    QCOMPARE(DesktopAppearance::schemeFrom(QVariant(QStringLiteral("dark"))), Scheme::Unknown);
}

void TestTheme::followsTheDesktopLive()
{
    m_portal.scheme = 1;
    WindowFixture app;
    QVERIFY(app.open().isEmpty());
    QTRY_VERIFY(windowIsDark());
    QCOMPARE(app.window->theme()->mode(), Theme::Mode::Dark);
    // The chart redrew in the dark theme's colours.
    auto* chart = app.window->pages().first()->findChild<ChartView*>();
    QVERIFY(chart);
    QTRY_VERIFY(Theme::isDark(chart->palette()));
    QCOMPARE(chart->plot()->xAxis->basePen().color(), ChartTheme::dark().muted);
    // The map too: its corner is drawn in the dark style's colours.
    app.window->setCurrentPage(app.pageIndex<MapPage>());
    auto* canvas = app.window->findChild<MapCanvas*>();
    QVERIFY(canvas);
    const auto corner = [canvas] { return canvas->grab().toImage().pixelColor(2, 2); };
    QVERIFY2(corner() == MapStyle::dark().background || corner() == MapStyle::dark().ocean, qPrintable(corner().name()));
    // The desktop turns light: so does Vigie, at once.
    m_portal.change(2);
    QTRY_VERIFY(!windowIsDark());
    QTRY_COMPARE(chart->plot()->xAxis->basePen().color(), ChartTheme::light().muted);
    QVERIFY2(corner() == MapStyle::light().background || corner() == MapStyle::light().ocean, qPrintable(corner().name()));
}

void TestTheme::aChoiceOverridesTheDesktopAndIsRemembered()
{
    m_portal.scheme = 1;
    WindowFixture app;
    QVERIFY(app.open().isEmpty());
    QTRY_VERIFY(windowIsDark());
    // View → Theme → Light, as the menu does it.
    QAction* light = nullptr;
    for (QAction* action : app.window->findChildren<QAction*>()) {
        if (action->text() == QLatin1String("&Light"))
            light = action;
    }
    QVERIFY(light);
    light->trigger();
    QVERIFY(!windowIsDark());
    m_portal.change(1); // the desktop says dark again: the choice holds
    QTest::qWait(200);
    QVERIFY(!windowIsDark());
    QCOMPARE(app.services->context().settings.theme(), Settings::Theme::Light);
    // The next window starts light, whatever the desktop says.
    app.window.reset();
    QApplication::setPalette(QApplication::style()->standardPalette());
    app.window = std::make_unique<MainWindow>(app.services->context());
    QTest::qWait(200);
    QVERIFY(!windowIsDark());
    QCOMPARE(app.window->theme()->choice(), Settings::Theme::Light);
}

void TestTheme::withoutAPortalThePaletteDecides()
{
    QVERIFY(QDBusConnection::sessionBus().unregisterService(portalService));
    // A desktop without a portal, set dark: Vigie takes the dark theme; set light, the light one.
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    for (const Theme::Mode desktop : {Theme::Mode::Dark, Theme::Mode::Light}) {
        ThemeController theme(settings, nullptr, Theme::palette(desktop));
        QTest::qWait(300); // the portal's Read fails
        QCOMPARE(theme.desktop().scheme(), DesktopAppearance::Scheme::Unknown);
        QCOMPARE(theme.mode(), desktop);
        QCOMPARE(windowIsDark(), desktop == Theme::Mode::Dark);
    }
}

QTEST_MAIN(TestTheme)
#include "TestTheme.moc"
