// SPDX-License-Identifier: GPL-3.0-or-later
// Tests Search Everything (Ctrl+K): one search over Vigie's figures, the user's, the sources, the statement in
// both languages, the centres and the events, without case or accents; results grouped by kind; Enter opens
// the place with the words highlighted there; Ctrl+F goes to the page's own search.

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <qcustomplot.h>

#include "app/MainWindow.h"
#include "app/dialogs/SearchDialog.h"
#include "app/pages/ChartsPage.h"
#include "app/pages/MapPage.h"
#include "app/pages/PolicyPage.h"
#include "app/pages/SourcesPage.h"
#include "core/charts/ChartTableModel.h"
#include "core/i18n/RichText.h"
#include "core/i18n/TextFold.h"
#include "core/models/SearchResultsModel.h"
#include "core/search/EverythingSearch.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/ChartView.h"
#include "widgets/PolicyTextView.h"
#include "widgets/map/MapView.h"

using namespace Vigie;

class TestSearchEverything : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wordsBeginWords();
    void passageShowsTheMatch();
    void highlightsWhatIsFound();
    void findsHopitalInEveryKind_data();
    void findsHopitalInEveryKind();
    void findsTheCentres();
    void modelIsSound();
    void arrowsAndEnterOpenTheStatement();
    void enterOpensAFigureHighlighted();
    void enterOpensACentreAndAnEvent();
    void speaksTheInterfaceLanguage();
    void findInPageGoesToThePageSearch();
    void aClearedSearchThenANewOne();

private:
    /// Opens the dialog with Ctrl+K, types @p text and waits for the answer.
    SearchDialog* searchFor(const QString& text);
    /// The kinds the dialog lists now, in order.
    QList<SearchKind> kindsListed() const;
    /// Chooses the first place of @p kind in the list, as the arrows would; false if there is none.
    bool choose(SearchKind kind);

    std::unique_ptr<WindowFixture> m_app;
};

void TestSearchEverything::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSearchEverything::cleanup()
{
    m_app.reset();
}

SearchDialog* TestSearchEverything::searchFor(const QString& text)
{
    m_app->window->activateWindow(); // as after a dialog: the shortcut is the window's
    if (!QTest::qWaitForWindowActive(m_app->window.get()))
        return nullptr;
    QTest::keyClick(m_app->window.get(), Qt::Key_K, Qt::ControlModifier);
    SearchDialog* dialog = m_app->window->searchDialog();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    dialog->field()->setText(text);
    if (!QTest::qWaitFor([&] { return dialog->isSearched(); }, 10000))
        return nullptr;
    return dialog;
}

QList<SearchKind> TestSearchEverything::kindsListed() const
{
    QList<SearchKind> kinds;
    for (const SearchGroup& group : m_app->window->searchDialog()->model()->results().groups)
        kinds.append(group.kind);
    return kinds;
}

bool TestSearchEverything::choose(SearchKind kind)
{
    SearchDialog* dialog = m_app->window->searchDialog();
    for (int i = 0; i < 200; ++i) {
        const QModelIndex current = dialog->results()->currentIndex();
        if (current.isValid() && current.data(SearchResultsModel::KindRole).toInt() == int(kind)
            && !current.data(SearchResultsModel::TargetRole).toString().isEmpty())
            return true;
        const QModelIndex before = current;
        QTest::keyClick(dialog->field(), Qt::Key_Down);
        if (dialog->results()->currentIndex() == before)
            return false; // the last place
    }
    return false;
}

void TestSearchEverything::wordsBeginWords()
{
    const QString text = TextFold::fold(u"Cyberattaque contre l'hôpital de Cannes");
    QVERIFY(EverythingSearch::beginsWords(text, TextFold::words(u"hopital")));
    QVERIFY(EverythingSearch::beginsWords(text, TextFold::words(u"HÔP cann")));
    QVERIFY(EverythingSearch::beginsWords(text, TextFold::words(u"attaque")) == false); // inside a word
    QVERIFY(!EverythingSearch::beginsWords(text, TextFold::words(u"hopital paris")));
}

void TestSearchEverything::passageShowsTheMatch()
{
    const QString text = QStringLiteral("Un long début de paragraphe qui ne dit rien de particulier, puis encore des mots "
                                        "et des mots, avant que ne vienne enfin l'hôpital attaqué par un rançongiciel, "
                                        "et une longue suite qui ne compte pas davantage pour la recherche.");
    const QString passage = EverythingSearch::passage(text, TextFold::words(u"hopital"), 80);
    QVERIFY2(passage.contains(QStringLiteral("l'hôpital")), qPrintable(passage));
    QVERIFY(passage.startsWith(u'…'));
    QVERIFY(passage.endsWith(u'…'));
    QVERIFY(passage.size() <= 82);
    QCOMPARE(EverythingSearch::passage(QStringLiteral("Court."), TextFold::words(u"court")), QStringLiteral("Court."));
}

void TestSearchEverything::highlightsWhatIsFound()
{
    const QString html = RichText::highlighted(QStringLiteral("L'Hôpital <b> & hôpitalier, cathôpital"),
                                               TextFold::words(u"hopital"), QStringLiteral("#ffe066"));
    // Both places where a word begins with it, in their original letters; nothing inside a word; escaped.
    QCOMPARE(html.count(QStringLiteral("background-color:#ffe066")), 2);
    QVERIFY(html.contains(QStringLiteral(">Hôpital</span>")));
    QVERIFY(html.contains(QStringLiteral(">hôpital</span>ier")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt; &amp;")));
    QCOMPARE(RichText::highlighted(QStringLiteral("<i>"), {}), QStringLiteral("&lt;i&gt;"));
}

void TestSearchEverything::findsHopitalInEveryKind_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("plain") << QStringLiteral("hopital");
    QTest::newRow("capitals and accent") << QStringLiteral("HÔPITAL");
    QTest::newRow("accented") << QStringLiteral("hôpital");
}

void TestSearchEverything::findsHopitalInEveryKind()
{
    QFETCH(QString, query);
    // One of the user's own figures, named in French.
    const QString csv = m_app->dir.filePath(QStringLiteral("hopital.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,"
               "source_url,quote,note_en,note_fr\n"
               "mine.h,health,3,count,2024,Hospital incidents,Incidents à l'hôpital,high,ARS,Bilan,,trois,,\n");
    file.close();
    QCOMPARE(m_app->window->dataActions()->importData(csv), QString());

    SearchDialog* dialog = searchFor(query);
    QVERIFY(dialog);
    const QList<SearchKind> kinds = kindsListed();
    // Vigie's figures, the user's, the sources, the French statement and the hospital events, in that order.
    QCOMPARE(kinds, (QList<SearchKind> {SearchKind::Figure, SearchKind::YourFigure, SearchKind::Source,
                                        SearchKind::Statement, SearchKind::Event}));
    const SearchResults& results = dialog->model()->results();
    QCOMPARE(results.groups.at(1).total, 1);
    QCOMPARE(results.groups.at(1).hits.first().target, QStringLiteral("figure:mine.h"));
    for (const SearchGroup& group : results.groups) {
        QVERIFY(group.total >= group.hits.size());
        QVERIFY(group.hits.size() <= EverythingSearch::hitsPerKind);
        QVERIFY(!group.hits.isEmpty());
    }
    // The statement's "hôpital" is in its French paragraphs only.
    for (const SearchHit& hit : results.groups.at(3).hits) {
        QVERIFY2(hit.target.startsWith(QStringLiteral("statement:fr:")), qPrintable(hit.target));
        QVERIFY2(TextFold::fold(hit.text.english).contains(QStringLiteral("hopital")), qPrintable(hit.text.english));
    }
    // The status line counts them all.
    QVERIFY2(dialog->status()->text().contains(QString::number(results.total())), qPrintable(dialog->status()->text()));
}

void TestSearchEverything::findsTheCentres()
{
    SearchDialog* dialog = searchFor(QStringLiteral("podgorica"));
    QVERIFY(dialog);
    QVERIFY(kindsListed().contains(SearchKind::Centre));
    const SearchResults& results = dialog->model()->results();
    const auto centres = std::find_if(results.groups.cbegin(), results.groups.cend(),
                                      [](const SearchGroup& g) { return g.kind == SearchKind::Centre; });
    QCOMPARE(centres->total, 1);
    QCOMPARE(centres->hits.first().target, QStringLiteral("map:wb3c"));
    dialog->field()->setText(QStringLiteral("DAKAR"));
    QVERIFY(QTest::qWaitFor([&] { return dialog->isSearched(); }, 10000));
    QVERIFY(kindsListed().contains(SearchKind::Centre));
    dialog->field()->setText(QStringLiteral("zzzqqq"));
    QVERIFY(QTest::qWaitFor([&] { return dialog->isSearched(); }, 10000));
    QVERIFY(kindsListed().isEmpty());
    QVERIFY(dialog->status()->text().contains(QStringLiteral("Nothing found for “zzzqqq”.")));
    QVERIFY(!dialog->openChosen());
}

void TestSearchEverything::modelIsSound()
{
    SearchDialog* dialog = searchFor(QStringLiteral("budapest"));
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->field()->setText(QStringLiteral("cyber"));
    QVERIFY(QTest::qWaitFor([&] { return dialog->isSearched(); }, 10000));
    QVERIFY(dialog->model()->rowCount() > 1);
    // A kind's row is a heading, not a place to open.
    const QModelIndex heading = dialog->model()->index(0, 0);
    QVERIFY(!(dialog->model()->flags(heading) & Qt::ItemIsSelectable));
    QVERIFY(heading.data().toString().contains(QStringLiteral("Figures (")));
    const QModelIndex place = dialog->model()->index(0, 0, heading);
    QVERIFY(!place.data(Qt::AccessibleTextRole).toString().isEmpty());
}

void TestSearchEverything::arrowsAndEnterOpenTheStatement()
{
    SearchDialog* dialog = searchFor(QStringLiteral("hopital"));
    QVERIFY(dialog);
    QVERIFY(dialog->field()->hasFocus());
    QVERIFY(choose(SearchKind::Statement));
    const QString target = dialog->results()->currentIndex().data(SearchResultsModel::TargetRole).toString();
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    QVERIFY(!dialog->isVisible());
    auto* policy = qobject_cast<PolicyPage*>(m_app->window->currentPage());
    QVERIFY(policy);
    // The word is highlighted, and the paragraph found is shown beside the English one.
    QCOMPARE(policy->searchField()->text(), QStringLiteral("hopital"));
    QVERIFY(policy->view()->matchCount() >= 1);
    QVERIFY(policy->view()->isSideBySide());
    const QTextCursor cursor = policy->view()->browser()->textCursor();
    QVERIFY(TextFold::fold(cursor.selectedText()) == QStringLiteral("hopital"));
    QVERIFY(target.startsWith(QStringLiteral("statement:fr:")));
}

void TestSearchEverything::enterOpensAFigureHighlighted()
{
    SearchDialog* dialog = searchFor(QStringLiteral("hopital"));
    QVERIFY(dialog);
    // The first place is chosen already: Vigie's first figure.
    const QString target = dialog->results()->currentIndex().data(SearchResultsModel::TargetRole).toString();
    QVERIFY(target.startsWith(QStringLiteral("figure:")));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    auto* sources = qobject_cast<SourcesPage*>(m_app->window->currentPage());
    QVERIFY(sources);
    QTRY_COMPARE(sources->selectedKey(), target.section(u':', 1));
    QCOMPARE(sources->filter()->text(), QStringLiteral("hopital"));
    QVERIFY(sources->details()->toHtml().contains(QStringLiteral("background-color:#ffe066")));
}

void TestSearchEverything::enterOpensACentreAndAnEvent()
{
    SearchDialog* dialog = searchFor(QStringLiteral("podgorica"));
    QVERIFY(dialog);
    QVERIFY(choose(SearchKind::Centre));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    auto* map = qobject_cast<MapPage*>(m_app->window->currentPage());
    QVERIFY(map);
    QCOMPARE(map->mapView()->selectedCentre(), QStringLiteral("wb3c"));

    dialog = searchFor(QStringLiteral("Cannes"));
    QVERIFY(dialog);
    QVERIFY(choose(SearchKind::Event));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    // Its place is its point on the timeline: marked, its row selected in the table, the chart focused.
    auto* charts = qobject_cast<ChartsPage*>(m_app->window->currentPage());
    QVERIFY(charts);
    auto* timeline = qobject_cast<ChartView*>(charts->findChild<QTabWidget*>()->currentWidget());
    QVERIFY(timeline);
    QCOMPARE(timeline->chart().id, QStringLiteral("events-timeline"));
    QCOMPARE(timeline->shownPoint(), QStringLiteral("hospital_case.cannes.date"));
    const QModelIndexList selected = timeline->tableView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QVERIFY2(selected.first().siblingAtColumn(ChartTableModel::ValueColumn).data().toString().contains(u"Cannes"),
             qPrintable(selected.first().siblingAtColumn(ChartTableModel::ValueColumn).data().toString()));
    QCOMPARE(m_app->window->focusWidget(), timeline->plot()); // the window's focus, active or not
    QCPItemTracer* ring = nullptr;
    for (int i = 0; i < timeline->plot()->itemCount(); ++i) {
        if (timeline->plot()->item(i)->objectName() == QLatin1String("shownPoint"))
            ring = qobject_cast<QCPItemTracer*>(timeline->plot()->item(i));
    }
    QVERIFY(ring);
    QCOMPARE(ring->position->coords().x(), fractionalYear(QStringLiteral("2024-04-16")));
    QVERIFY(timeline->plot()->axisRect()->rect().contains(ring->position->pixelPosition().toPoint()));
    QVERIFY2(m_app->window->statusBar()->currentMessage().contains(u"Cannes"),
             qPrintable(m_app->window->statusBar()->currentMessage()));

    // An event the timeline leaves out (before 2017) opens the figure it rests on.
    dialog = searchFor(QStringLiteral("Budapest"));
    QVERIFY(dialog);
    QVERIFY(choose(SearchKind::Event));
    QTest::keyClick(dialog->field(), Qt::Key_Return);
    auto* sources = qobject_cast<SourcesPage*>(m_app->window->currentPage());
    QVERIFY(sources);
    QTRY_VERIFY(sources->selectedKey().startsWith(QStringLiteral("budapest.")));
}

void TestSearchEverything::speaksTheInterfaceLanguage()
{
    SearchDialog* dialog = searchFor(QStringLiteral("budapest"));
    QVERIFY(dialog);
    m_app->switchTo(Language::French);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Tout rechercher"));
    const QString heading = dialog->model()->index(0, 0).data().toString();
    QVERIFY2(heading.startsWith(QStringLiteral("Chiffres (")), qPrintable(heading));
    QVERIFY2(dialog->status()->text().contains(QStringLiteral("résultats trouvés")), qPrintable(dialog->status()->text()));
    // A figure's label in French.
    const QModelIndex figure = dialog->model()->index(0, 0, dialog->model()->index(0, 0));
    QVERIFY(!figure.data().toString().isEmpty());
    m_app->switchTo(Language::English);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Search Everything"));
}

void TestSearchEverything::findInPageGoesToThePageSearch()
{
    // Edit lists both searches with their shortcuts.
    QCOMPARE(m_app->window->searchAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(m_app->window->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    m_app->window->setCurrentPage(m_app->pageIndex<SourcesPage>());
    m_app->window->activateWindow();
    QTest::keyClick(m_app->window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_app->page<SourcesPage>()->filter()->hasFocus());
    m_app->window->setCurrentPage(m_app->pageIndex<PolicyPage>());
    QTest::keyClick(m_app->window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_app->page<PolicyPage>()->searchField()->hasFocus());
}

void TestSearchEverything::aClearedSearchThenANewOne()
{
    // Clearing the field answers at once, and the next search is waited for, not taken for answered.
    SearchDialog* dialog = searchFor(QStringLiteral("hopital"));
    QVERIFY(dialog);
    dialog->field()->clear();
    QVERIFY(QTest::qWaitFor([&] { return dialog->isSearched(); }, 10000));
    QVERIFY(kindsListed().isEmpty());
    dialog->field()->setText(QStringLiteral("podgorica"));
    QVERIFY(QTest::qWaitFor([&] { return dialog->isSearched(); }, 10000));
    QVERIFY(kindsListed().contains(SearchKind::Centre));
    QCOMPARE(dialog->model()->results().query, QStringLiteral("podgorica"));
}

QTEST_MAIN(TestSearchEverything)
#include "TestSearchEverything.moc"
