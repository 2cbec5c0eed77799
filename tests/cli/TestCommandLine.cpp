// SPDX-License-Identifier: GPL-3.0-or-later
// Tests command-line parsing: global options, the language option read before parsing, and errors.

#include <QTest>

#include "app/cli/CommandLine.h"

using namespace Vigie;

Q_DECLARE_METATYPE(Vigie::CommandLine::Action)

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void languageOptionIsReadEarly_data();
    void languageOptionIsReadEarly();
};

void TestCommandLine::parses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<QString>("error");

    QTest::newRow("nothing") << QStringList{"vigie"} << CommandLine::Action::Gui << QString();
    QTest::newRow("version") << QStringList{"vigie", "--version"} << CommandLine::Action::Version << QString();
    QTest::newRow("help") << QStringList{"vigie", "--help"} << CommandLine::Action::Help << QString();
    QTest::newRow("lang fr") << QStringList{"vigie", "--lang", "fr"} << CommandLine::Action::Gui << QString();
    QTest::newRow("lang=en") << QStringList{"vigie", "--lang=en"} << CommandLine::Action::Gui << QString();
    QTest::newRow("unknown language") << QStringList{"vigie", "--lang", "de"} << CommandLine::Action::Gui
                                      << QStringLiteral("Unknown language “de”");
    QTest::newRow("unknown option") << QStringList{"vigie", "--frobnicate"} << CommandLine::Action::Gui
                                    << QStringLiteral("frobnicate");
    QTest::newRow("unknown command") << QStringList{"vigie", "explode"} << CommandLine::Action::Gui
                                     << QStringLiteral("Unknown command “explode”");
    QTest::newRow("missing lang value") << QStringList{"vigie", "--lang"} << CommandLine::Action::Gui
                                        << QStringLiteral("lang");
}

void TestCommandLine::parses()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    QFETCH(QString, error);

    const CommandLine line = CommandLine::parse(arguments);
    if (error.isEmpty()) {
        QVERIFY2(line.error.isEmpty(), qPrintable(line.error));
        QCOMPARE(line.action, action);
    } else {
        QVERIFY2(line.error.contains(error), qPrintable(line.error));
    }
    QVERIFY(line.helpText.contains(QStringLiteral("--lang")));
}

void TestCommandLine::languageOptionIsReadEarly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("value");
    QTest::newRow("none") << QStringList{"vigie", "--version"} << QString();
    QTest::newRow("separate") << QStringList{"vigie", "--lang", "fr", "--help"} << QStringLiteral("fr");
    QTest::newRow("joined") << QStringList{"vigie", "--lang=en"} << QStringLiteral("en");
}

void TestCommandLine::languageOptionIsReadEarly()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, value);
    QCOMPARE(CommandLine::languageOption(arguments).value_or(QString()), value);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
