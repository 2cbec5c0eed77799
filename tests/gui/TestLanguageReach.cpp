// SPDX-License-Identifier: GPL-3.0-or-later
// Walks every widget of the window, with every page built, and checks that a language switch reaches
// every visible string: labels, buttons, actions, menus, tooltips, list items, table headers, chart
// texts and the policy text. A widget that forgets QEvent::LanguageChange makes this test fail.

#include <algorithm>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <qcustomplot.h>

#include "app/MainWindow.h"
#include "app/pages/MapPage.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/LanguageManager.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/ChartView.h"

using namespace Vigie;

class TestLanguageReach : public QObject
{
    Q_OBJECT

private slots:
    void everyStringFollowsTheLanguage();

private:
    using Texts = QMap<QString, QString>;
    Texts collect() const;
    bool sameInBothLanguages(const QString& text) const;

    QStringList m_sameInData; ///< names the data itself gives alike in French and English

    std::unique_ptr<WindowFixture> m_app;
};

bool TestLanguageReach::sameInBothLanguages(const QString& text) const
{
    if (m_sameInData.contains(text))
        return true;
    // A name abridged to fit its chart ("CH de Villefranch…") is still that name.
    if (text.endsWith(u'…')
        && std::any_of(m_sameInData.begin(), m_sameInData.end(),
                       [&](const QString& name) { return name.startsWith(text.chopped(1)); }))
        return true;
    // Names, codes and numbers read the same in French and English.
    static const QStringList names = {QStringLiteral("Vigie"),   QStringLiteral("Pages"),
                                      QStringLiteral("Source"),  QStringLiteral("Français"),
                                      QStringLiteral("English"), QStringLiteral("ANSSI"),
                                      QStringLiteral("ENVR"),    QStringLiteral("WB3C"),
                                      QStringLiteral("Ctrl+T"),  QStringLiteral("Sources"),
                                      QStringLiteral("Dakar"),   QStringLiteral("Podgorica"),
                                      QStringLiteral("Budapest"), QStringLiteral("Guide")};
    static const QRegularExpression number(QStringLiteral("^[\\d\\s\u202F\u00A0,.%+\u2212-]*\\*?$")); // '*': a caveat
    QString stripped = text;
    stripped.remove(u'&');
    return names.contains(stripped) || number.match(stripped).hasMatch();
}

TestLanguageReach::Texts TestLanguageReach::collect() const
{
    // A chart behind another page lays itself out when it is shown, or when asked for its plot: as a
    // reader would see it.
    for (const ChartView* chart : m_app->window->findChildren<ChartView*>())
        chart->plot();
    Texts texts;
    auto add = [&](const QObject* owner, const QString& what, const QString& text) {
        if (!text.trimmed().isEmpty())
            texts.insert(QStringLiteral("%1 %2 %3")
                             .arg(QString::number(quintptr(owner), 16), owner->metaObject()->className(), what),
                         text);
    };
    add(m_app->window.get(), QStringLiteral("windowTitle"), m_app->window->windowTitle());
    for (const QAction* action : m_app->window->findChildren<QAction*>()) {
        add(action, QStringLiteral("text"), action->text());
        add(action, QStringLiteral("statusTip"), action->statusTip());
    }
    for (const QWidget* widget : m_app->window->findChildren<QWidget*>()) {
        add(widget, QStringLiteral("toolTip"), widget->toolTip());
        add(widget, QStringLiteral("accessibleName"), widget->accessibleName());
        add(widget, QStringLiteral("accessibleDescription"), widget->accessibleDescription());
        if (auto* label = qobject_cast<const QLabel*>(widget))
            add(widget, QStringLiteral("text"), label->text());
        if (auto* button = qobject_cast<const QAbstractButton*>(widget))
            add(widget, QStringLiteral("text"), button->text());
        if (auto* edit = qobject_cast<const QLineEdit*>(widget))
            add(widget, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* box = qobject_cast<const QGroupBox*>(widget))
            add(widget, QStringLiteral("title"), box->title());
        if (auto* menu = qobject_cast<const QMenu*>(widget))
            add(widget, QStringLiteral("title"), menu->title());
        if (auto* list = qobject_cast<const QListWidget*>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                add(widget, QStringLiteral("item %1").arg(i), list->item(i)->text());
        }
        if (auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(widget, QStringLiteral("header %1").arg(c), view->model()->headerData(c, Qt::Horizontal).toString());
        }
        if (auto* browser = qobject_cast<const QTextBrowser*>(widget))
            add(widget, QStringLiteral("document"), browser->toPlainText());
        if (auto* plot = qobject_cast<const QCustomPlot*>(widget)) {
            for (int i = 0; i < plot->plotLayout()->elementCount(); ++i) {
                if (auto* element = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
                    add(widget, QStringLiteral("element %1").arg(i), element->text());
            }
            add(widget, QStringLiteral("x label"), plot->xAxis->label());
            add(widget, QStringLiteral("y label"), plot->yAxis->label());
            for (int i = 0; i < plot->graphCount(); ++i)
                add(widget, QStringLiteral("graph %1").arg(i), plot->graph(i)->name());
            for (int i = 0; i < plot->itemCount(); ++i) {
                if (auto* item = qobject_cast<QCPItemText*>(plot->item(i)))
                    add(widget, QStringLiteral("item %1").arg(i), item->text());
            }
        }
    }
    return texts;
}


void TestLanguageReach::everyStringFollowsTheLanguage()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Event& event : m_app->services->context().database.events()) {
        if (event.title.english == event.title.french)
            m_sameInData.append(event.title.english); // "CHU de Rennes" is a name in both languages
    }
    for (int page = 0; page < m_app->window->pages().size(); ++page) {
        m_app->window->setCurrentPage(page);
        QCoreApplication::processEvents();
        // The map loads its outlines in the background, and names its markers' countries once they arrive.
        if (auto* map = qobject_cast<MapPage*>(m_app->window->pages().at(page)); map && !map->isWorldLoaded()) {
            QSignalSpy loaded(map, &MapPage::worldLoaded);
            QVERIFY(loaded.wait(20000));
        }
    }

    const Texts english = collect();
    QVERIFY(english.size() > 60);
    m_app->switchTo(Language::French);
    const Texts french = collect();

    QStringList stray;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        const QString after = french.value(it.key());
        if (after == it.value() && !sameInBothLanguages(after))
            stray.append(QStringLiteral("%1: “%2”").arg(it.key(), after.left(80)));
    }
    QVERIFY2(stray.isEmpty(), qPrintable(QStringLiteral("Still in English after the switch:\n") + stray.join(u'\n')));

    m_app->switchTo(Language::English);
    const Texts back = collect();
    QStringList changed;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (back.value(it.key()) != it.value())
            changed.append(QStringLiteral("%1: “%2” → “%3”").arg(it.key(), it.value().left(60), back.value(it.key()).left(60)));
    }
    QVERIFY2(changed.isEmpty(), qPrintable(QStringLiteral("Not restored after switching back:\n") + changed.join(u'\n')));
}

QTEST_MAIN(TestLanguageReach)
#include "TestLanguageReach.moc"
