// SPDX-License-Identifier: GPL-3.0-or-later
// Tests what assistive technology reads, through Qt's own QAccessible interfaces (those that AT-SPI relays to
// Orca): on every page and in the two dialogs, in both languages, every element that takes the focus has a
// name and a role; a combo box is named by its label; a table names every column; every chart's
// description is its summary. scripts/check-accessibility walks the same tree over the real AT-SPI bus.

#include <QAccessible>
#include <QApplication>
#include <QTest>
#include <qcustomplot.h>

#include "app/MainWindow.h"
#include "app/dialogs/GuideDialog.h"
#include "app/dialogs/SearchDialog.h"
#include "app/pages/Page.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/ChartView.h"

using namespace Vigie;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyFocusableElementIsNamed_data();
    void everyFocusableElementIsNamed();
    void chartsAreDescribedByTheirSummary_data();
    void chartsAreDescribedByTheirSummary();
    void aMissingNameIsFound();

private:
    /// What is wrong with the accessible tree under @p root, one line a problem.
    static QStringList problems(QAccessibleInterface* root);
    static void walk(QAccessibleInterface* iface, const QString& path, QStringList& found, int depth);

    std::unique_ptr<WindowFixture> m_app;
};

void TestAccessibility::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open(QSize(1280, 800));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_app->importTwoFigures().isEmpty()); // the seventh chart tab, and the user's rows
}

void TestAccessibility::cleanup()
{
    m_app.reset();
}

void TestAccessibility::walk(QAccessibleInterface* iface, const QString& path, QStringList& found, int depth)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    const QString name = iface->text(QAccessible::Name).trimmed();
    const QAccessible::Role role = iface->role();
    const QString here = QStringLiteral("%1 > %2 \"%3\"").arg(path).arg(int(role)).arg(name);
    // A widget that hands its focus to another (a tab widget to its tab bar) is not where the focus stops.
    const auto* widget = qobject_cast<const QWidget*>(iface->object());
    if (state.focusable && !state.disabled && !(widget && widget->focusProxy())) {
        if (name.isEmpty())
            found.append(here + QStringLiteral(": focusable without a name"));
        if (role == QAccessible::NoRole || role == QAccessible::Client)
            found.append(here + QStringLiteral(": focusable without a role"));
        // On Linux a combo box is read by its current item; only a label says what it chooses.
        if (role == QAccessible::ComboBox && iface->relations(QAccessible::Label).isEmpty())
            found.append(here + QStringLiteral(": a combo box without a label"));
    }
    if (QAccessibleTableInterface* table = iface->tableInterface()) {
        // Read as a table, never cell by cell: a table may hold a million rows.
        for (int column = 0; column < table->columnCount(); ++column) {
            if (table->columnDescription(column).trimmed().isEmpty())
                found.append(here + QStringLiteral(": no header for column %1").arg(column));
        }
        return;
    }
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), here, found, depth + 1);
}

QStringList TestAccessibility::problems(QAccessibleInterface* root)
{
    QStringList found;
    walk(root, QString(), found, 0);
    found.removeDuplicates();
    return found;
}

void TestAccessibility::everyFocusableElementIsNamed_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("en") << Language::English;
    QTest::newRow("fr") << Language::French;
}

void TestAccessibility::everyFocusableElementIsNamed()
{
    QFETCH(Language, language);
    m_app->switchTo(language);
    MainWindow& window = *m_app->window;
    const int pages = int(window.pages().size());
    for (int page = 0; page < pages; ++page) {
        window.setCurrentPage(page);
        QTest::qWait(50); // what is drawn after the first frame
        const QStringList found = problems(QAccessible::queryAccessibleInterface(&window));
        QVERIFY2(found.isEmpty(), qPrintable(window.currentPage()->title() + u'\n' + found.join(u'\n')));
        // Every tab of a page with tabs: a chart is shown once its tab is.
        for (QTabWidget* tabs : window.currentPage()->findChildren<QTabWidget*>()) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                const QStringList inTab = problems(QAccessible::queryAccessibleInterface(&window));
                QVERIFY2(inTab.isEmpty(), qPrintable(tabs->tabText(tab) + u'\n' + inTab.join(u'\n')));
            }
        }
    }
    // The dialogs of Search Everything and of the guide.
    window.searchEverything();
    window.searchDialog()->field()->setText(QStringLiteral("hopital"));
    QTRY_VERIFY(window.searchDialog()->isSearched());
    QStringList found = problems(QAccessible::queryAccessibleInterface(window.searchDialog()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    window.searchDialog()->close();
    window.showGuide();
    found = problems(QAccessible::queryAccessibleInterface(window.guideDialog()));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestAccessibility::chartsAreDescribedByTheirSummary_data()
{
    everyFocusableElementIsNamed_data();
}

void TestAccessibility::chartsAreDescribedByTheirSummary()
{
    QFETCH(Language, language);
    m_app->switchTo(language);
    int charts = 0;
    for (Page* page : m_app->window->pages()) {
        m_app->window->setCurrentPage(int(m_app->window->pages().indexOf(page)));
        QTest::qWait(20);
        for (ChartView* view : page->findChildren<ChartView*>()) {
            if (!view->hasChart())
                continue;
            QAccessibleInterface* plot = QAccessible::queryAccessibleInterface(view->plot());
            QVERIFY(plot);
            QCOMPARE(plot->text(QAccessible::Name), view->chart().title.text(language));
            QCOMPARE(plot->text(QAccessible::Description), view->chart().summary.text(language));
            QVERIFY(!plot->text(QAccessible::Description).isEmpty());
            ++charts;
        }
    }
    QVERIFY2(charts >= 9, qPrintable(QString::number(charts))); // two on the Overview, seven in Charts
}

void TestAccessibility::aMissingNameIsFound()
{
    // The walk fails when a name goes: here the Sources page's filter loses its own.
    MainWindow& window = *m_app->window;
    window.setCurrentPage(int(window.pages().size()) - 1);
    QWidget* field = window.currentPage()->searchField();
    QVERIFY(field);
    const QStringList before = problems(QAccessible::queryAccessibleInterface(&window));
    QVERIFY2(before.isEmpty(), qPrintable(before.join(u'\n')));
    field->setAccessibleName(QString());
    qobject_cast<QLineEdit*>(field)->setPlaceholderText(QString());
    const QStringList found = problems(QAccessible::queryAccessibleInterface(&window));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().contains(QStringLiteral("focusable without a name")));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
