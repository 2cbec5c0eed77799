// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the live language switch: the installed catalogues, Qt's own, the default locale, and the
// per-language lookups that exports use.

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

#include "core/i18n/LanguageManager.h"
#include "core/i18n/Translations.h"

using namespace Vigie;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void cataloguesAreEmbedded();
    void switchesInstalledCatalogues();
    void qtOwnCatalogueFollows();
    void translatesInAnyLanguage();
    void frenchPluralsTreatZeroAndOneAsSingular();
};

void TestLanguageManager::cataloguesAreEmbedded()
{
    Translations translations;
    QVERIFY(translations.isComplete());
    QVERIFY(translations.appTranslator(Language::French));
    QVERIFY(translations.appTranslator(Language::English));
}

void TestLanguageManager::switchesInstalledCatalogues()
{
    Translations translations;
    LanguageManager manager(translations);
    QSignalSpy spy(&manager, &LanguageManager::languageChanged);

    manager.setLanguage(Language::English);
    QCOMPARE(QCoreApplication::translate("Vigie::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QLocale().language(), QLocale::English);

    manager.setLanguage(Language::French);
    QCOMPARE(manager.language(), Language::French);
    QCOMPARE(QCoreApplication::translate("Vigie::MainWindow", "&File"), QStringLiteral("&Fichier"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(spy.count(), 2);

    manager.setLanguage(Language::French); // no change, no signal
    QCOMPARE(spy.count(), 2);

    manager.setLanguage(Language::English);
    QCOMPARE(QCoreApplication::translate("Vigie::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestLanguageManager::qtOwnCatalogueFollows()
{
    Translations translations;
    if (!translations.qtTranslator(Language::French))
        QSKIP("Qt's French catalogue (qt6-translations-l10n) is not installed");
    LanguageManager manager(translations);
    manager.setLanguage(Language::French);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
    manager.setLanguage(Language::English);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguageManager::translatesInAnyLanguage()
{
    Translations translations;
    LanguageManager manager(translations);
    manager.setLanguage(Language::English);
    // An export in French while the interface speaks English.
    QCOMPARE(translations.translate(Language::French, "Vigie::ChartCatalog", "Year"), QStringLiteral("Année"));
    QCOMPARE(translations.translate(Language::English, "Vigie::ChartCatalog", "Year"), QStringLiteral("Year"));
    const LocalizedText both = translations.both("Vigie::ChartRenderer", "Series break");
    QCOMPARE(both.french, QStringLiteral("Rupture de série"));
    QCOMPARE(both.english, QStringLiteral("Series break"));
    // Unknown text falls back to the source.
    QCOMPARE(translations.translate(Language::French, "Nowhere", "Not a message"), QStringLiteral("Not a message"));
}

void TestLanguageManager::frenchPluralsTreatZeroAndOneAsSingular()
{
    Translations translations;
    const char* text = "%Ln source(s)";
    QCOMPARE(translations.translate(Language::French, "Vigie::MainWindow", text, nullptr, 0), QStringLiteral("0 source"));
    QCOMPARE(translations.translate(Language::French, "Vigie::MainWindow", text, nullptr, 1), QStringLiteral("1 source"));
    QCOMPARE(translations.translate(Language::French, "Vigie::MainWindow", text, nullptr, 2), QStringLiteral("2 sources"));
    QCOMPARE(translations.translate(Language::English, "Vigie::MainWindow", text, nullptr, 0), QStringLiteral("0 sources"));
    QCOMPARE(translations.translate(Language::English, "Vigie::MainWindow", text, nullptr, 1), QStringLiteral("1 source"));
    // The count in each language's digit grouping.
    QCOMPARE(translations.translate(Language::French, "Vigie::MainWindow", text, nullptr, 12345), QStringLiteral("12\u202f345 sources"));
    QCOMPARE(translations.translate(Language::English, "Vigie::MainWindow", text, nullptr, 12345), QStringLiteral("12,345 sources"));
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "TestLanguageManager.moc"
