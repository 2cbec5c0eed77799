// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the one formatter that screen and exports share, in both languages.

#include <limits>

#include <QDate>
#include <QTest>

#include "core/i18n/NumberFormat.h"

using namespace Vigie;

Q_DECLARE_METATYPE(Vigie::Language)

class TestNumberFormat : public QObject {
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void longDates();
    void languageCodes_data();
    void languageCodes();
};

void TestNumberFormat::formats_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    const QChar nnbsp(0x202F);
    QTest::newRow("fr integer") << Language::French << "integer" << 278770.0 << QStringLiteral("278") + nnbsp + "770";
    QTest::newRow("en integer") << Language::English << "integer" << 278770.0 << QStringLiteral("278,770");
    QTest::newRow("fr million") << Language::French << "integer" << 1730000.0
                                << QStringLiteral("1") + nnbsp + "730" + nnbsp + "000";
    QTest::newRow("en past long long") << Language::English << "integer" << 1.0e19
                                       << QStringLiteral("10,000,000,000,000,000,000");
    QTest::newRow("en -2^63") << Language::English << "integer" << -9223372036854775808.0
                              << QStringLiteral("-9,223,372,036,854,775,808");
    QTest::newRow("en 2^53") << Language::English << "integer" << 9007199254740992.0
                             << QStringLiteral("9,007,199,254,740,992");
    QTest::newRow("en infinite") << Language::English << "integer" << std::numeric_limits<double>::infinity()
                                 << QStringLiteral("∞");
    QTest::newRow("fr small") << Language::French << "integer" << 143.0 << QStringLiteral("143");
    QTest::newRow("fr percent") << Language::French << "percent" << 40.0 << QStringLiteral("40") + nnbsp + "%";
    QTest::newRow("en percent") << Language::English << "percent" << 40.0 << QStringLiteral("40%");
    QTest::newRow("fr signed") << Language::French << "signed" << 40.0 << QStringLiteral("+40") + nnbsp + "%";
    QTest::newRow("en signed") << Language::English << "signed" << 40.0 << QStringLiteral("+40%");
    QTest::newRow("en negative") << Language::English << "signed" << -13.0 << QStringLiteral("-13%");
    QTest::newRow("fr decimal") << Language::French << "decimal" << 34.5 << QStringLiteral("34,5");
    QTest::newRow("en decimal") << Language::English << "decimal" << 34.5 << QStringLiteral("34.5");
    QTest::newRow("fr year") << Language::French << "year" << 2023.0 << QStringLiteral("2023");
    QTest::newRow("en year") << Language::English << "year" << 2023.0 << QStringLiteral("2023");
    QTest::newRow("fr unit percent") << Language::French << "value:percent" << 34.5
                                     << QStringLiteral("34,5") + nnbsp + "%";
    QTest::newRow("en unit count") << Language::English << "value:count" << 348000.0 << QStringLiteral("348,000");
}

void TestNumberFormat::formats()
{
    QFETCH(Language, language);
    QFETCH(QString, kind);
    QFETCH(double, value);
    QFETCH(QString, expected);

    const NumberFormat format(language);
    QString actual;
    if (kind == QLatin1String("integer"))
        actual = format.integer(value);
    else if (kind == QLatin1String("percent"))
        actual = format.percent(value);
    else if (kind == QLatin1String("signed"))
        actual = format.signedPercent(value);
    else if (kind == QLatin1String("decimal"))
        actual = format.decimal(value, 1);
    else if (kind == QLatin1String("year"))
        actual = format.year(int(value));
    else
        actual = format.value(value, kind.section(u':', 1));
    QCOMPARE(actual, expected);
}

void TestNumberFormat::longDates()
{
    const NumberFormat french(Language::French);
    const NumberFormat english(Language::English);
    QCOMPARE(french.longDate(QDate(2006, 5, 1)), QStringLiteral("1er mai 2006"));
    QCOMPARE(french.longDate(QDate(2006, 5, 2)), QStringLiteral("2 mai 2006"));
    QCOMPARE(english.longDate(QDate(2006, 5, 1)), QStringLiteral("1 May 2006"));
    QCOMPARE(french.period(QStringLiteral("2004-07-01")), QStringLiteral("1er juillet 2004"));
}

void TestNumberFormat::languageCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Language>("language");
    QTest::newRow("fr") << "fr" << true << Language::French;
    QTest::newRow("fr_CA") << "fr_CA" << true << Language::French;
    QTest::newRow("EN") << "EN" << true << Language::English;
    QTest::newRow("en-GB") << "en-GB" << true << Language::English;
    QTest::newRow("de") << "de" << false << Language::English;
    QTest::newRow("empty") << "" << false << Language::English;
}

void TestNumberFormat::languageCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(Language, language);
    const auto parsed = languageFromCode(code);
    QCOMPARE(parsed.has_value(), known);
    if (known)
        QCOMPARE(*parsed, language);
    QCOMPARE(languageForLocale(QLocale(QLocale::French, QLocale::Canada)), Language::French);
    QCOMPARE(languageForLocale(QLocale(QLocale::German)), Language::English);
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "TestNumberFormat.moc"
