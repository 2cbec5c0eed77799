// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the one text folding that every search in Vigie uses.

#include <QTest>

#include "core/i18n/TextFold.h"

using Vigie::TextFold;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void folds_data();
    void folds();
    void spellingsFindTheSameText();
    void mapsBackToTheOriginal();
    void findsWhereAWordBegins();
};

void TestTextFold::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents") << QStringLiteral("Hôpital, sécurité, Thésée") << QStringLiteral("hopital, securite, thesee");
    QTest::newRow("capitals with accents") << QStringLiteral("ÉTAT ÀÇÏ") << QStringLiteral("etat aci");
    QTest::newRow("ligatures") << QStringLiteral("Œuvre, cœur, Æsir, Straße") << QStringLiteral("oeuvre, coeur, aesir, strasse");
    QTest::newRow("apostrophes") << QStringLiteral("l’ANSSI, l'ANSSI") << QStringLiteral("l'anssi, l'anssi");
    QTest::newRow("dashes") << QStringLiteral("Ministère de l'Intérieur – COMCYBER‑MI") << QStringLiteral("ministere de l'interieur - comcyber-mi");
    QTest::newRow("no-break spaces") << QStringLiteral("278\u202f770\u00a0atteintes") << QStringLiteral("278 770 atteintes");
    QTest::newRow("decomposed already") << QStringLiteral("se\u0301curite\u0301") << QStringLiteral("securite");
    QTest::newRow("other scripts keep their letters") << QStringLiteral("Црна Гора") << QStringLiteral("црна гора");
}

void TestTextFold::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFold::fold(text), folded);
}

void TestTextFold::spellingsFindTheSameText()
{
    const QString haystack = TextFold::fold(QStringLiteral("Cyberattaque contre l’hôpital de Rouen"));
    for (const QString& query : {QStringLiteral("hopital"), QStringLiteral("HÔPITAL"), QStringLiteral("hôp"),
                                 QStringLiteral("Hop rouen"), QStringLiteral("l'hopital"), QStringLiteral("h")})
        QVERIFY2(TextFold::matchesAll(haystack, TextFold::words(query)), qPrintable(query));
    QVERIFY(!TextFold::matchesAll(haystack, TextFold::words(QStringLiteral("hôpital Dax"))));
    QCOMPARE(TextFold::words(QStringLiteral("  Hôpital   DAX ")), (QStringList {QStringLiteral("hopital"), QStringLiteral("dax")}));
    QVERIFY(TextFold::words(QStringLiteral("   ")).isEmpty());
}

void TestTextFold::mapsBackToTheOriginal()
{
    // "cœur" folds to five letters; "oe" is the one original "œ".
    const QString text = QStringLiteral("Un cœur, une sécurité");
    const TextFold::Mapped mapped = TextFold::foldMapped(text);
    QCOMPARE(mapped.text, QStringLiteral("un coeur, une securite"));
    const qsizetype oe = mapped.text.indexOf(QStringLiteral("oe"));
    const auto [start, end] = mapped.originalRange(oe, 2);
    QCOMPARE(text.mid(start, end - start), QStringLiteral("œ"));
    const qsizetype at = mapped.text.indexOf(QStringLiteral("securite"));
    const auto [from, to] = mapped.originalRange(at, 8);
    QCOMPARE(text.mid(from, to - from), QStringLiteral("sécurité"));
    QCOMPARE(mapped.originalRange(-1, 2), (std::pair<qsizetype, qsizetype> {0, 0}));
}

void TestTextFold::findsWhereAWordBegins()
{
    const QString text = TextFold::fold(u"cathôpital, l'Hôpital et hôpitaux");
    QCOMPARE(TextFold::wordStart(text, u"hopital"), text.indexOf(QStringLiteral("l'hopital")) + 2);
    QCOMPARE(TextFold::wordStart(text, u"hopita", 15), text.lastIndexOf(QStringLiteral("hopitaux")));
    QCOMPARE(TextFold::wordStart(text, u"pital"), -1); // only inside words
    QCOMPARE(TextFold::wordStart(text, u""), -1);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "TestTextFold.moc"
