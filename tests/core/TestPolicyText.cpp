// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that the policy text reaches users exactly as published, in both languages, and that its links
// lead to data that exists.

#include <QFile>
#include <QTest>

#include "core/data/ThreatDatabase.h"
#include "core/i18n/PolicyText.h"
#include "core/i18n/Translations.h"

using namespace Vigie;

Q_DECLARE_METATYPE(Vigie::Language)

class TestPolicyText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exactAsPublished_data();
    void exactAsPublished();
    void markupParses_data();
    void markupParses();
    void linksMarkTheFigures();
    void figureLinksResolve();

private:
    static QStringList published(const QString& code);
    std::unique_ptr<Translations> m_translations;
};

QStringList TestPolicyText::published(const QString& code)
{
    QFile file(QStringLiteral(VIGIE_SOURCE_DIR "/resources/policy-text/%1.txt").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n');
}

void TestPolicyText::initTestCase()
{
    m_translations = std::make_unique<Translations>();
    QVERIFY(m_translations->isComplete());
}

void TestPolicyText::exactAsPublished_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("code");
    QTest::newRow("fr") << Language::French << QStringLiteral("fr");
    QTest::newRow("en") << Language::English << QStringLiteral("en");
}

void TestPolicyText::exactAsPublished()
{
    QFETCH(Language, language);
    QFETCH(QString, code);
    const QStringList paragraphs = published(code);
    QCOMPARE(paragraphs.size(), PolicyText::paragraphCount);
    const PolicyText text(*m_translations);
    for (int i = 0; i < PolicyText::paragraphCount; ++i)
        QCOMPARE(text.plain(language, i), paragraphs.at(i));
    // The typos stay: the text is the ministry's, not ours.
    if (language == Language::French) {
        QVERIFY(text.plain(language, 5).contains(QStringLiteral("fondements de nos économiques")));
        QVERIFY(text.plain(language, 3).contains(QStringLiteral("les gouvernementaux autoritaires")));
    }
}

void TestPolicyText::markupParses_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<int>("links");
    QTest::newRow("none") << QStringLiteral("plain text") << QStringLiteral("plain text") << 0;
    QTest::newRow("one") << QStringLiteral("a [[figure:x|278 770]] b") << QStringLiteral("a 278 770 b") << 1;
    QTest::newRow("at ends") << QStringLiteral("[[map:envr|Dakar]] and [[map:wb3c|Podgorica]]")
                             << QStringLiteral("Dakar and Podgorica") << 2;
    QTest::newRow("unclosed stays text") << QStringLiteral("a [[b|c") << QStringLiteral("a [[b|c") << 0;
    QTest::newRow("brackets alone") << QStringLiteral("x [not] y") << QStringLiteral("x [not] y") << 0;
}

void TestPolicyText::markupParses()
{
    QFETCH(QString, marked);
    QFETCH(QString, plain);
    QFETCH(int, links);
    QString joined;
    int targets = 0;
    for (const PolicySpan& span : PolicyText::parse(marked)) {
        joined += span.text;
        targets += span.target.isEmpty() ? 0 : 1;
    }
    QCOMPARE(joined, plain);
    QCOMPARE(targets, links);
}

void TestPolicyText::linksMarkTheFigures()
{
    const PolicyText text(*m_translations);
    auto linked = [&](Language language, int paragraph) {
        QStringList words;
        for (const PolicySpan& span : text.spans(language, paragraph)) {
            if (!span.target.isEmpty())
                words.append(span.text);
        }
        return words;
    };
    QVERIFY(linked(Language::French, 0).contains(QStringLiteral("278 770")));
    QVERIFY(linked(Language::English, 0).contains(QStringLiteral("278,770")));
    QVERIFY(linked(Language::French, 1).contains(QStringLiteral("8 novembre 2024")));
    QVERIFY(linked(Language::English, 1).contains(QStringLiteral("8 November 2024")));
    QCOMPARE(linked(Language::French, 4), (QStringList{QStringLiteral("Dakar"), QStringLiteral("Podgorica")}));
    QCOMPARE(linked(Language::English, 4), (QStringList{QStringLiteral("Dakar"), QStringLiteral("Podgorica")}));
    // Both languages link the same things.
    for (int i = 0; i < PolicyText::paragraphCount; ++i) {
        QStringList fr;
        QStringList en;
        for (const PolicySpan& s : text.spans(Language::French, i))
            fr += s.target;
        for (const PolicySpan& s : text.spans(Language::English, i))
            en += s.target;
        fr.removeAll(QString());
        en.removeAll(QString());
        QCOMPARE(fr, en);
    }
}

void TestPolicyText::figureLinksResolve()
{
    const auto db = ThreatDatabase::openEmbedded();
    QVERIFY(db);
    const PolicyText text(*m_translations);
    int figures = 0;
    for (const QString& target : text.targets()) {
        const QString kind = target.section(u':', 0, 0);
        QVERIFY2(QStringList({"figure", "topic", "map"}).contains(kind), qPrintable(target));
        if (kind == QLatin1String("figure")) {
            ++figures;
            QVERIFY2(db->figure(target.section(u':', 1)), qPrintable(target));
        }
    }
    QCOMPARE(figures, 2);
}

QTEST_GUILESS_MAIN(TestPolicyText)
#include "TestPolicyText.moc"
