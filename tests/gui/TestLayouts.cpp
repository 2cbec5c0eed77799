// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that every page holds from 800×600 up, in both languages: the window can be made that small, and at
// each size no label, button or heading is clipped or elided, and nothing lies outside its parent
// (LayoutCheck), and every chart's tab is in view. Run again under QT_SCALE_FACTOR by CTest.

#include <QFile>
#include <QListWidget>
#include <QTest>

#include "app/MainWindow.h"
#include "app/actions/DataActions.h"
#include "app/pages/ChartsPage.h"
#include "app/pages/Page.h"
#include "core/charts/ChartCatalog.h"
#include "tests/gui/LayoutCheck.h"
#include "tests/gui/WindowFixture.h"

using namespace Vigie;

class TestLayouts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void windowGoesDownTo800x600();
    void navigationBecomesARail();
    void everyPageHolds_data();
    void everyPageHolds();

private:
    std::unique_ptr<WindowFixture> m_app;
};

void TestLayouts::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open(QSize(800, 600));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // With figures of the user's own, so that the Charts page has its last tab and Sources its rows.
    QCOMPARE(m_app->importTwoFigures(), QString());
    QCOMPARE(m_app->page<ChartsPage>()->charts().size(), ChartCatalog::chartIds().size() + 1);
}

void TestLayouts::cleanup()
{
    m_app.reset();
}

void TestLayouts::windowGoesDownTo800x600()
{
    for (const Language language : {Language::English, Language::French}) {
        m_app->switchTo(language);
        for (int page = 0; page < m_app->window->pages().size(); ++page) {
            m_app->window->setCurrentPage(page);
            QCoreApplication::processEvents();
            const QSize least = m_app->window->minimumSizeHint().expandedTo(m_app->window->minimumSize());
            QVERIFY2(least.width() <= 800 && least.height() <= 600,
                     qPrintable(QStringLiteral("page %1 needs %2×%3:\n").arg(page).arg(least.width()).arg(least.height())
                                + LayoutCheck::demanding(m_app->window.get(), QSize(500, 300)).join(u'\n')));
        }
    }
}

void TestLayouts::navigationBecomesARail()
{
    // Narrow, the navigation shows its icons, named by their tooltips and for screen readers; wide, names too.
    auto* navigation = m_app->window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    m_app->window->resize(800, 600);
    QCoreApplication::processEvents();
    const int rail = navigation->width();
    for (int row = 0; row < navigation->count(); ++row) {
        const QListWidgetItem* item = navigation->item(row);
        QVERIFY(!item->icon().isNull());
        QVERIFY(item->text().isEmpty());
        QCOMPARE(item->toolTip(), m_app->window->pages().at(row)->title());
        QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), m_app->window->pages().at(row)->title());
    }
    QVERIFY(rail < 80);
    m_app->window->resize(1280, 800);
    QCoreApplication::processEvents();
    QCOMPARE(navigation->item(4)->text(), QStringLiteral("Sources"));
    QVERIFY(navigation->width() > rail);
    // Every name fits beside its icon.
    for (int row = 0; row < navigation->count(); ++row) {
        const QRect shown = navigation->visualItemRect(navigation->item(row));
        QVERIFY2(navigation->viewport()->rect().contains(shown), qPrintable(navigation->item(row)->text()));
        QVERIFY(navigation->fontMetrics().horizontalAdvance(navigation->item(row)->text()) + navigation->iconSize().width()
                < shown.width());
    }
}

void TestLayouts::everyPageHolds_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QSize>("size");
    for (const Language language : {Language::English, Language::French}) {
        for (const QSize size : {QSize(800, 600), QSize(1024, 640), QSize(1280, 800), QSize(1920, 1080)})
            QTest::addRow("%s %dx%d", language == Language::French ? "fr" : "en", size.width(), size.height())
                << language << size;
    }
}

void TestLayouts::everyPageHolds()
{
    QFETCH(Language, language);
    QFETCH(QSize, size);
    m_app->switchTo(language);
    m_app->window->resize(size);
    QStringList problems;
    for (int page = 0; page < m_app->window->pages().size(); ++page) {
        m_app->window->setCurrentPage(page);
        QTest::qWait(50); // layouts settle, lazily built pages show
        QCOMPARE(m_app->window->size(), size);
        for (const QString& problem : LayoutCheck::problems(m_app->window.get()))
            problems.append(QStringLiteral("page %1: %2").arg(page).arg(problem));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestLayouts)
#include "TestLayouts.moc"
