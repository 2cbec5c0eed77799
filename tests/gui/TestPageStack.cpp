// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the window's page stack: a page is built only when first shown or asked for, it takes its own place
// in the stack, and its title is known before it exists.

#include <QTest>

#include "app/PageStack.h"
#include "app/pages/Page.h"

using namespace Vigie;

namespace {

class NamedPage : public Page
{
public:
    NamedPage(QString name, QWidget* parent)
        : Page(parent)
        , m_name(std::move(name))
    {
    }
    QString title() const override { return m_name; }

private:
    QString m_name;
};

} // namespace

class TestPageStack : public QObject
{
    Q_OBJECT

private slots:
    void buildsOnlyWhatIsShown();
    void buildsEverythingWhenAsked();
};

void TestPageStack::buildsOnlyWhatIsShown()
{
    PageStack stack;
    QList<int> built;
    for (int i = 0; i < 3; ++i) {
        stack.addPage([i] { return QStringLiteral("title %1").arg(i); }, [i, &built](QWidget* parent) {
            built.append(i);
            return new NamedPage(QStringLiteral("page %1").arg(i), parent);
        });
    }
    QCOMPARE(stack.count(), 3);
    QCOMPARE(stack.title(1), QStringLiteral("title 1"));
    QVERIFY(!stack.currentPage());

    stack.showPage(1);
    stack.show();
    QCOMPARE(built, QList<int>{1});
    QCOMPARE(stack.currentPage(), stack.builtPage(1));
    QVERIFY(stack.currentPage()->isVisible());
    QCOMPARE(stack.title(1), QStringLiteral("page 1")); // the page's own title, once built
    QVERIFY(!stack.builtPage(0));

    stack.showPage(2);
    stack.showPage(1);
    QCOMPARE(built, (QList<int>{1, 2}));
    QCOMPARE(stack.currentPage()->title(), QStringLiteral("page 1"));
    QVERIFY(!stack.builtPage(2)->isVisible());
}

void TestPageStack::buildsEverythingWhenAsked()
{
    PageStack stack;
    for (int i = 0; i < 3; ++i) {
        stack.addPage([] { return QString(); },
                      [i](QWidget* parent) { return new NamedPage(QStringLiteral("page %1").arg(i), parent); });
    }
    stack.showPage(0);
    stack.show();
    const QList<Page*> pages = stack.pages();
    QCOMPARE(pages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(pages.at(i)->title(), QStringLiteral("page %1").arg(i));
        QCOMPARE(pages.at(i)->parentWidget(), &stack);
    }
    QCOMPARE(stack.currentPage(), pages.at(0)); // building the others did not bring them forward
    QVERIFY(stack.findChildren<QWidget*>(Qt::FindDirectChildrenOnly).size() == 3); // no placeholder left
    QVERIFY(!stack.page(3));
}

QTEST_MAIN(TestPageStack)
#include "TestPageStack.moc"
