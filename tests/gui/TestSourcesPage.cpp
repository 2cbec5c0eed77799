// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the Sources view: every figure listed with its source, filtering by words and topic, the details
// shown as plain text, only web links opened, and the KPI cards and policy links that lead to it.

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStyleOptionViewItem>
#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "app/MainWindow.h"
#include "app/pages/OverviewPage.h"
#include "app/pages/SourcesPage.h"
#include "app/AppContext.h"
#include "core/data/ThreatDatabase.h"
#include "core/i18n/LanguageManager.h"
#include "core/i18n/Translations.h"
#include "core/models/SourcesModel.h"
#include "core/data/UserData.h"
#include "tests/gui/WindowFixture.h"
#include "tests/support/SyntheticFigures.h"
#include "core/i18n/NumberFormat.h"
#include "widgets/BadgeDelegate.h"
#include "widgets/KpiCard.h"
#include "app/actions/DataActions.h"

using namespace Vigie;

class TestSourcesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelIsSound();
    void listsEveryFigure();
    void filtersByWordsAndTopic();
    void countsAreFormattedInBothLanguages();
    void detailsAreEscaped();
    void opensOnlyWebLinks_data();
    void opensOnlyWebLinks();
    void kpiCardLeadsToItsSource();
    void policyLinksLeadToTheData();
    void yourFiguresAreMarkedAndFiltered();

private:
    /// Types @p text into the filter and waits for the list it asks for.
    void filterBy(const QString& text);

    std::unique_ptr<WindowFixture> m_app;
    SourcesPage* m_page = nullptr;
};

void TestSourcesPage::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_page = m_app->page<SourcesPage>();
    QVERIFY(m_page);
    QTRY_VERIFY(m_page->isListed());
}

void TestSourcesPage::filterBy(const QString& text)
{
    m_page->filter()->setText(text);
    QVERIFY(!m_page->isListed()); // typing waits for a pause
    QTRY_VERIFY(m_page->isListed());
}

void TestSourcesPage::cleanup()
{
    m_app.reset();
}

void TestSourcesPage::modelIsSound()
{
    Translations translations;
    const AppContext& context = m_app->services->context();
    SourcesModel model(translations, context.database, context.userData);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.isListed());
    QCOMPARE(model.rowCount(), context.database.count(QStringLiteral("figure")));
    model.setLanguage(Language::French);
    QCOMPARE(model.headerData(SourcesModel::ConfidenceColumn, Qt::Horizontal).toString(), QStringLiteral("Confiance"));
    const int row = model.rowOf(QStringLiteral("offences.total.2023"));
    QCOMPARE(model.index(row, SourcesModel::ValueColumn).data().toString(), QStringLiteral("278\u202F770*"));
}

void TestSourcesPage::listsEveryFigure()
{
    QCOMPARE(m_page->visibleCount(), m_app->services->context().database.count(QStringLiteral("figure")));
}

void TestSourcesPage::filtersByWordsAndTopic()
{
    filterBy(QStringLiteral("278 770"));
    QVERIFY(m_page->visibleCount() >= 1);
    QVERIFY(m_page->visibleCount() < 10);
    filterBy(QStringLiteral("no such words anywhere"));
    QCOMPARE(m_page->visibleCount(), 0);
    // Without accents or case, in both languages: the same rows for each spelling, a one-letter word too.
    filterBy(QStringLiteral("hôpital"));
    const int hospitals = m_page->visibleCount();
    QVERIFY(hospitals >= 5);
    for (const QString& spelling : {QStringLiteral("hopital"), QStringLiteral("HÔPITAL"), QStringLiteral("Hopital")}) {
        filterBy(spelling);
        QCOMPARE(m_page->visibleCount(), hospitals);
    }
    filterBy(QStringLiteral("hôp"));
    QVERIFY(m_page->visibleCount() >= hospitals);
    filterBy(QStringLiteral("hop"));
    const int hop = m_page->visibleCount();
    filterBy(QStringLiteral("hôp"));
    QCOMPARE(m_page->visibleCount(), hop);
    filterBy(QStringLiteral("é"));
    const int e = m_page->visibleCount();
    filterBy(QStringLiteral("e"));
    QCOMPARE(m_page->visibleCount(), e);
    QVERIFY(e > hospitals);
    // The figures' own typography: a narrow no-break space in "278 770" is found by a plain space.
    filterBy(QStringLiteral("278 770 atteintes"));
    QVERIFY(m_page->visibleCount() >= 1);
    m_page->showTopic(QStringLiteral("unsc"));
    QTRY_VERIFY(m_page->isListed());
    QVERIFY(m_page->visibleCount() >= 10);
    QVERIFY(m_page->filter()->text().isEmpty());
    for (int row = 0; row < m_page->table()->model()->rowCount(); ++row)
        QCOMPARE(m_page->table()->model()->index(row, 0).data(SourcesModel::TopicRole).toString(), QStringLiteral("unsc"));
}

void TestSourcesPage::countsAreFormattedInBothLanguages()
{
    const int embedded = m_page->visibleCount();
    const QString file = m_app->dir.filePath(QStringLiteral("many.csv"));
    QVERIFY(SyntheticFigures::write(file, 1500));
    const FigureCsv::ImportResult result = m_app->services->context().userData.importFile(file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QTRY_COMPARE(m_page->visibleCount(), embedded + 1500);
    const QString count = QString::number(embedded + 1500);
    const QString english = count.left(1) + u',' + count.mid(1);
    QCOMPARE(m_page->countLabel()->text(), english + QStringLiteral(" figures, 1,500 of them yours"));
    m_app->switchTo(Language::French);
    QCOMPARE(m_page->countLabel()->text(),
             count.left(1) + u'\u202f' + count.mid(1) + QStringLiteral(" chiffres, dont 1\u202f500 à vous"));
}

void TestSourcesPage::detailsAreEscaped()
{
    QVERIFY(m_page->showFigure(QStringLiteral("offences.total.2023")));
    QCOMPARE(m_page->selectedKey(), QStringLiteral("offences.total.2023"));
    const QString text = m_page->details()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("KultureGeek")));
    QVERIFY(text.contains(QStringLiteral("278 770 atteintes numériques ont été enregistrées en 2023")));
    QVERIFY(text.contains(QStringLiteral("Confidence:")));
    QVERIFY(!m_page->showFigure(QStringLiteral("no.such.figure")));
}

void TestSourcesPage::opensOnlyWebLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("program") << QStringLiteral("/usr/bin/xterm");
    QTest::newRow("empty") << QString();
    QTest::newRow("smb") << QStringLiteral("smb://host/share");
}

void TestSourcesPage::opensOnlyWebLinks()
{
    QFETCH(QString, url);
    QVERIFY(!SourcesPage::openSourceUrl(url));
}

void TestSourcesPage::kpiCardLeadsToItsSource()
{
    auto* overview = qobject_cast<OverviewPage*>(m_app->window->pages().first());
    QVERIFY(overview);
    QVERIFY(overview->kpiCards().size() >= 4);
    m_app->window->setCurrentPage(0);
    QTest::mouseClick(overview->kpiCard(), Qt::LeftButton);
    QCOMPARE(m_app->window->currentPage(), m_page);
    QCOMPARE(m_page->selectedKey(), QStringLiteral("offences.total.2023"));
}

void TestSourcesPage::policyLinksLeadToTheData()
{
    m_app->window->openLink(QStringLiteral("figure:offences.growth_5y.2023"));
    QCOMPARE(m_app->window->currentPage(), m_page);
    QCOMPARE(m_page->selectedKey(), QStringLiteral("offences.growth_5y.2023"));
    m_app->window->openLink(QStringLiteral("topic:budapest"));
    QCOMPARE(m_app->window->currentPage(), m_page);
    QTRY_VERIFY(m_page->isListed());
    QVERIFY(m_page->visibleCount() > 5);
}

void TestSourcesPage::yourFiguresAreMarkedAndFiltered()
{
    m_app->window->setCurrentPage(m_app->pageIndex<SourcesPage>()); // the badge is looked at
    const int vigie = m_page->visibleCount();
    // Two figures of the user's, their topic named by the file.
    const QString csv = m_app->dir.filePath(QStringLiteral("named.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("key,topic,value,unit,period,label_en,label_fr,confidence,source_publisher,source_title,source_url,"
               "quote,note_en,note_fr,topic_label_en,topic_label_fr\n"
               "mine.1,ransomware-local,12,count,2023,Mine,Le mien,high,Me,My notes,,my words,,,Local ransomware,"
               "Rançongiciels locaux\n"
               "mine.2,ransomware-local,30,count,2024,Mine too,Le mien aussi,low,Me,My notes,,my words,a guess,,,\n");
    file.close();
    QCOMPARE(m_app->window->dataActions()->importData(csv), QString());
    // The count follows the import, and says how many are yours.
    QTRY_COMPARE(m_page->visibleCount(), vigie + 2);
    QTRY_VERIFY(m_page->isListed());
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("%1 figures, 2 of them yours").arg(vigie + 2));
    // Each is marked as yours: the badge's role, its words for a screen reader, the source and the tooltip.
    auto* model = m_page->table()->model();
    const int row = vigie; // after Vigie's, in the order they were imported
    QCOMPARE(model->index(row, SourcesModel::FigureColumn).data(SourcesModel::KeyRole).toString(), QStringLiteral("mine.1"));
    QVERIFY(model->index(row, 0).data(SourcesModel::YoursRole).toBool());
    QVERIFY(!model->index(0, 0).data(SourcesModel::YoursRole).toBool());
    QCOMPARE(model->index(row, 0).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Mine (your data)"));
    QCOMPARE(model->index(row, SourcesModel::SourceColumn).data().toString(), QStringLiteral("Me (your data)"));
    QVERIFY(model->index(row, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Your data: my words")));
    // Low confidence shows as for Vigie's: the grade, and the caveat mark on the value.
    QCOMPARE(model->index(row + 1, SourcesModel::ConfidenceColumn).data().toString(), QStringLiteral("Low"));
    QCOMPARE(model->index(row + 1, SourcesModel::ValueColumn).data().toString(), QStringLiteral("30*"));
    // The badge is drawn, in the selection's colour, where the delegate says.
    m_page->table()->scrollTo(model->index(row, 0));
    QTest::qWait(20);
    const QRect cell = m_page->table()->visualRect(model->index(row, 0));
    QStyleOptionViewItem option;
    option.initFrom(m_page->table());
    const QRect badge = m_page->badge()->badgeRect(option, cell);
    const QImage shot = m_page->table()->viewport()->grab().toImage();
    const QColor mark = m_page->table()->palette().color(QPalette::Highlight);
    int marked = 0;
    for (int x = badge.left() + 2; x < badge.right() - 2; ++x)
        marked += QColor(shot.pixel(x, badge.center().y())).rgb() == mark.rgb() ? 1 : 0;
    QVERIFY2(marked > 0, qPrintable(QStringLiteral("no badge at %1,%2").arg(badge.x()).arg(badge.y())));
    // The topic is named as the file named it, in each language.
    auto* topics = m_page->findChild<QComboBox*>();
    QTRY_VERIFY(topics->findText(QStringLiteral("Local ransomware")) >= 0);
    // Only yours: the list keeps the user's two.
    m_page->yoursOnly()->setChecked(true);
    QTRY_VERIFY(m_page->isListed());
    QTRY_COMPARE(m_page->visibleCount(), 2);
    QCOMPARE(m_page->countLabel()->text(), QStringLiteral("2 figures"));
    m_app->switchTo(Language::French);
    QVERIFY(topics->findText(QStringLiteral("Rançongiciels locaux")) >= 0);
    m_page->yoursOnly()->setChecked(false);
    QTRY_COMPARE(m_page->visibleCount(), vigie + 2);
    QTRY_VERIFY(m_page->isListed());
    QCOMPARE(m_page->countLabel()->text(),
             QStringLiteral("%1 chiffres, dont 2 à vous").arg(NumberFormat(Language::French).integer(vigie + 2)));
    QCOMPARE(m_page->badge()->text(), QStringLiteral("à vous"));
    // Only yours never hides a figure of Vigie's that another page shows here.
    m_page->yoursOnly()->setChecked(true);
    QTRY_VERIFY(m_page->isListed());
    QVERIFY(m_page->showFigure(QStringLiteral("offences.total.2023")));
    QTRY_COMPARE(m_page->selectedKey(), QStringLiteral("offences.total.2023"));
    QVERIFY(!m_page->yoursOnly()->isChecked());
}

QTEST_MAIN(TestSourcesPage)
#include "TestSourcesPage.moc"
