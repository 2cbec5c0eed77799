// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the policy page as users read it: the displayed paragraphs equal the published files in both
// languages, search counts matches, side by side aligns paragraphs, links are reported, PDF export works.

#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QLabel>
#include <QTest>
#include <QTextBrowser>

#include "app/MainWindow.h"
#include "app/pages/PolicyPage.h"
#include "core/i18n/LanguageManager.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/PolicyTextView.h"

using namespace Vigie;

class TestPolicyPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsThePublishedText();
    void searchCountsMatches();
    void sideBySideAlignsParagraphs();
    void linksAreReported();
    void exportsPdf();

private:
    static QStringList published(const QString& code);

    std::unique_ptr<WindowFixture> m_app;
    PolicyPage* m_page = nullptr;
};

QStringList TestPolicyPage::published(const QString& code)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/resources/policy-text/%1.txt").arg(code));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).split(u'\n') : QStringList();
}

void TestPolicyPage::init()
{
    m_app = std::make_unique<WindowFixture>();
    const QString error = m_app->open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_page = m_app->page<PolicyPage>();
    QVERIFY(m_page);
}

void TestPolicyPage::cleanup()
{
    m_app.reset();
}


void TestPolicyPage::showsThePublishedText()
{
    QCOMPARE(m_page->view()->displayedParagraphs(), published(QStringLiteral("en")));
    m_app->switchTo(Language::French);
    QCOMPARE(m_page->view()->displayedParagraphs(), published(QStringLiteral("fr")));
    m_app->switchTo(Language::English);
    QCOMPARE(m_page->view()->displayedParagraphs(), published(QStringLiteral("en")));
}

void TestPolicyPage::searchCountsMatches()
{
    m_app->switchTo(Language::French);
    m_page->searchField()->setText(QStringLiteral("cybercriminalité")); // keyClicks only types ASCII
    const QString text = published(QStringLiteral("fr")).join(u'\n');
    QCOMPARE(m_page->view()->matchCount(), int(text.count(QStringLiteral("cybercriminalité"), Qt::CaseInsensitive)));
    QVERIFY(m_page->view()->matchCount() > 5);
    QCOMPARE(m_page->view()->browser()->extraSelections().size(), m_page->view()->matchCount());
    m_page->searchField()->clear();
    QCOMPARE(m_page->view()->matchCount(), 0);
    QCOMPARE(m_page->view()->search(QStringLiteral("Podgorica")), 1);

    // Without accents or case: "securite" finds each "sécurité", and the highlight covers its letters.
    m_page->searchField()->setText(QStringLiteral("securite"));
    QCOMPARE(m_page->view()->matchCount(), int(text.count(QStringLiteral("sécurité"), Qt::CaseInsensitive)));
    QVERIFY(m_page->view()->matchCount() >= 5);
    for (const QTextEdit::ExtraSelection& selection : m_page->view()->browser()->extraSelections())
        QCOMPARE(selection.cursor.selectedText().toLower(), QStringLiteral("sécurité"));
    m_page->searchField()->setText(QStringLiteral("SÉCURITÉ"));
    QCOMPARE(m_page->view()->matchCount(), int(text.count(QStringLiteral("sécurité"), Qt::CaseInsensitive)));
    // A search with no match, then cleared: no count and no highlight left.
    m_page->searchField()->setText(QStringLiteral("zzzz"));
    QCOMPARE(m_page->matchLabel()->text(), QStringLiteral("0 résultat"));
    m_page->searchField()->clear();
    QVERIFY2(m_page->matchLabel()->text().isEmpty(), qPrintable(m_page->matchLabel()->text()));
    QVERIFY(m_page->view()->browser()->extraSelections().isEmpty());
    QVERIFY(!m_page->view()->browser()->textCursor().hasSelection());
}

void TestPolicyPage::sideBySideAlignsParagraphs()
{
    m_page->view()->setSideBySide(true);
    const QString shown = m_page->view()->browser()->toPlainText();
    const QStringList fr = published(QStringLiteral("fr"));
    const QStringList en = published(QStringLiteral("en"));
    for (int i = 0; i < fr.size(); ++i) {
        const qsizetype frAt = shown.indexOf(fr.at(i).left(60));
        const qsizetype enAt = shown.indexOf(en.at(i).left(60));
        QVERIFY2(frAt >= 0 && enAt > frAt, qPrintable(QString::number(i)));
        if (i + 1 < fr.size())
            QVERIFY(enAt < shown.indexOf(fr.at(i + 1).left(60))); // row i ends before row i + 1 starts
    }
}

void TestPolicyPage::linksAreReported()
{
    QSignalSpy spy(m_page, &PolicyPage::linkActivated);
    emit m_page->view()->browser()->anchorClicked(QUrl(QStringLiteral("map:envr")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toString(), QStringLiteral("map:envr"));
    const QString html = m_page->view()->browser()->toHtml();
    QVERIFY(html.contains(QStringLiteral("href=\"figure:offences.total.2023\"")));
}

void TestPolicyPage::exportsPdf()
{
    const QString file = m_app->dir.filePath(QStringLiteral("policy.pdf"));
    QCOMPARE(m_page->exportPdf(file), QString());
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 10000);
    QVERIFY(!m_page->exportPdf(m_app->dir.filePath(QStringLiteral("missing/policy.pdf"))).isEmpty());
}

QTEST_MAIN(TestPolicyPage)
#include "TestPolicyPage.moc"
