// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the layer rules (LayerRules.h) on small trees written here, then holds the real tree to them:
// core/ includes only core/, widgets/ core/ and widgets/, app/ the three, tools/ core/dataio/; quoted includes
// are written from the root; no Qt Widgets in core/, no SQL in widgets/ or app/.

#include <QTemporaryDir>
#include <QTest>

#include "tests/architecture/LayerRules.h"
#include "tests/architecture/SyntheticTree.h"

using SourceScan::Finding;

namespace {

const QByteArray header = "// SPDX-License-Identifier: GPL-3.0-or-later\n#pragma once\n\n";

/// A tree that keeps every rule, with one file of each layer.
SyntheticTree::Files cleanTree()
{
    return {
        {QStringLiteral("core/dataio/CsvReader.h"), header + "#include <QString>\n#include <QSqlDatabase>\n"},
        {QStringLiteral("core/dataio/CsvReader.cpp"), "#include \"core/dataio/CsvReader.h\"\n#include <sqlite3.h>\n"},
        {QStringLiteral("core/data/ThreatDatabase.cpp"),
         "#include \"core/data/ThreatDatabase.h\"\n#include \"core/dataio/CsvReader.h\"\n#include <QSqlQuery>\n"
         "#include <QPainterPath>\n#include <QCoreApplication>\n"},
        {QStringLiteral("widgets/ChartView.h"),
         header + "#include <QWidget>\n#include <qcustomplot.h>\n#include \"core/charts/ChartData.h\"\n"},
        {QStringLiteral("widgets/map/MapView.cpp"),
         "#include \"widgets/map/MapView.h\"\n#  include \"widgets/ChartView.h\"\n#include "
         "\"core/dataio/FigureTotals.h\"\n"
         "#include \"MapView.moc\"\n"},
        {QStringLiteral("app/MainWindow.cpp"),
         "#include \"app/MainWindow.h\"\n#include \"widgets/ChartView.h\"\n#include \"core/data/Records.h\"\n"
         "#include <QApplication>\n// #include \"../core/commented-out.h\" is only a comment\n"},
        {QStringLiteral("tools/vigie-dbgen/main.cpp"),
         "#include \"core/dataio/DatabaseBuilder.h\"\n#include \"tools/vigie-dbgen/Options.h\"\n#include "
         "<QSqlQuery>\n"},
        {QStringLiteral("tests/core/TestCore.cpp"), "#include \"app/MainWindow.h\"\n#include \"../anything.h\"\n"},
        {QStringLiteral("core/CMakeLists.txt"), "# not C++: #include \"widgets/ChartView.h\"\n"},
    };
}

} // namespace

class TestLayers : public QObject {
    Q_OBJECT

private slots:
    void cleanTreeHasNoFinding();
    void forbiddenInclude_data();
    void forbiddenInclude();
    void findingNamesFileLineAndInclude();
    void widgetsHeadersComeFromQt();
    void realTree();
};

void TestLayers::cleanTreeHasNoFinding()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(SyntheticTree::write(dir.path(), cleanTree()));
    const QList<Finding> findings = LayerRules::violations(dir.path());
    QVERIFY2(findings.isEmpty(), qPrintable(SourceScan::report(findings)));
}

void TestLayers::forbiddenInclude_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("rule");

    QTest::newRow("core includes a widget")
        << "core/charts/ChartCatalog.cpp" << QByteArray("#include \"widgets/ChartView.h\"")
        << "core/ may include only core/";
    QTest::newRow("core includes the app")
        << "core/data/Records.h" << QByteArray("#include \"app/AppContext.h\"") << "core/ may include only core/";
    QTest::newRow("core includes a test")
        << "core/i18n/Language.cpp" << QByteArray("#include \"tests/support/SyntheticFigures.h\"")
        << "core/ may include only core/";
    QTest::newRow("core through angle brackets")
        << "core/map/WorldMap.cpp" << QByteArray("#include <widgets/map/MapView.h>") << "core/ may include only core/";
    QTest::newRow("dataio includes core")
        << "core/dataio/CsvReader.cpp" << QByteArray("#include \"core/data/Records.h\"")
        << "core/dataio/ may include only core/dataio/";
    QTest::newRow("widgets include the app") << "widgets/ChartView.cpp" << QByteArray("#include \"app/MainWindow.h\"")
                                             << "widgets/ may include only core/ and widgets/";
    QTest::newRow("widgets include a benchmark")
        << "widgets/map/MapRenderer.cpp" << QByteArray("#include \"bench/BenchUtil.h\"")
        << "widgets/ may include only core/ and widgets/";
    QTest::newRow("app includes a test") << "app/main.cpp" << QByteArray("#include \"tests/gui/WindowFixture.h\"")
                                         << "app/ may include only core/ and widgets/ and app/";
    QTest::newRow("tool includes core") << "tools/vigie-dbgen/main.cpp"
                                        << QByteArray("#include \"core/data/ThreatDatabase.h\"")
                                        << "tools/ may include only core/dataio/ and tools/";
    QTest::newRow("tool includes widgets")
        << "tools/vigie-dbgen/main.cpp" << QByteArray("#include \"widgets/ChartView.h\"")
        << "tools/ may include only core/dataio/ and tools/";
    QTest::newRow("relative include") << "core/data/ThreatDatabase.cpp" << QByteArray("#include \"ThreatDatabase.h\"")
                                      << "written from the repository root";
    QTest::newRow("parent include") << "widgets/map/MapView.cpp" << QByteArray("#include \"../ChartView.h\"")
                                    << "written from the repository root";
    QTest::newRow("dot in a root path") << "app/MainWindow.cpp" << QByteArray("#include \"app/../widgets/./KpiCard.h\"")
                                        << "written from the repository root";
    QTest::newRow("moc in a folder") << "app/MainWindow.cpp" << QByteArray("#include \"moc/MainWindow.moc\"")
                                     << "written from the repository root";
    QTest::newRow("QWidget in core") << "core/charts/Kpi.h" << QByteArray("#include <QWidget>")
                                     << "core/ uses no Qt Widgets";
    QTest::newRow("QLabel in core") << "core/models/SourcesModel.cpp" << QByteArray("#include <QLabel>")
                                    << "core/ uses no Qt Widgets";
    QTest::newRow("QApplication in core")
        << "core/i18n/LanguageManager.cpp" << QByteArray("#include <QApplication>") << "core/ uses no Qt Widgets";
    QTest::newRow("QtWidgets module in core")
        << "core/settings/Settings.cpp" << QByteArray("#include <QtWidgets>") << "core/ uses no Qt Widgets";
    QTest::newRow("QtWidgets/ in core") << "core/settings/Settings.cpp" << QByteArray("#include <QtWidgets/QComboBox>")
                                        << "core/ uses no Qt Widgets";
    QTest::newRow("qwidget.h in core") << "core/map/MapLayer.cpp" << QByteArray("#include <qwidget.h>")
                                       << "core/ uses no Qt Widgets";
    QTest::newRow("QCustomPlot in core") << "core/charts/ChartData.cpp" << QByteArray("#include <qcustomplot.h>")
                                         << "core/ uses no Qt Widgets and no QCustomPlot";
    QTest::newRow("QProgressDialog in dataio")
        << "core/dataio/DatabaseBuilder.cpp" << QByteArray("#include <QProgressDialog>")
        << "core/dataio/ uses no Qt Widgets";
    QTest::newRow("QSqlQuery in widgets")
        << "widgets/ChartExporter.cpp" << QByteArray("#include <QSqlQuery>") << "widgets/ uses no SQL";
    QTest::newRow("QtSql in app") << "app/Services.cpp" << QByteArray("#include <QtSql/QSqlDatabase>")
                                  << "app/ uses no SQL";
    QTest::newRow("qsqldatabase.h in app")
        << "app/pages/ChartsPage.cpp" << QByteArray("#include <qsqldatabase.h>") << "app/ uses no SQL";
    QTest::newRow("sqlite3.h in app") << "app/cli/DataCommands.cpp" << QByteArray("#include <sqlite3.h>")
                                      << "app/ uses no SQL";
    QTest::newRow("quoted sqlite3.h in widgets")
        << "widgets/KpiCard.cpp" << QByteArray("#include \"sqlite3.h\"") << "written from the repository root";
}

void TestLayers::forbiddenInclude()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, line);
    QFETCH(QString, rule);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto tree = cleanTree();
    // On line 4, after lines that are allowed everywhere.
    tree.append({file, "// SPDX-License-Identifier: GPL-3.0-or-later\n#include <QString>\n\n" + line + "\n"});
    QVERIFY(SyntheticTree::write(dir.path(), tree));

    const QString problem = SyntheticTree::notTheOneFinding(LayerRules::violations(dir.path()), file, 4, line, rule);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestLayers::findingNamesFileLineAndInclude()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(SyntheticTree::write(dir.path(),
                                 {{QStringLiteral("core/data/Bad.cpp"),
                                   "#include \"core/data/Bad.h\"\n  #  include \"widgets/ChartView.h\"\n"
                                   "#include \"app/MainWindow.h\"\n"}}));
    const QList<Finding> findings = LayerRules::violations(dir.path());
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).toString(),
             QStringLiteral("core/data/Bad.cpp:2: #  include \"widgets/ChartView.h\" (core/ may include only core/)"));
    QVERIFY(findings.at(1).toString().startsWith(QStringLiteral("core/data/Bad.cpp:3: #include \"app/MainWindow.h\"")));
}

void TestLayers::widgetsHeadersComeFromQt()
{
    const QSet<QString> headers = LayerRules::qtWidgetsHeaders();
    QVERIFY(headers.contains(QStringLiteral("QWidget")));
    QVERIFY(!headers.contains(QStringLiteral("QString")));
    QVERIFY(!headers.contains(QStringLiteral("QPainter")));
    // Read from Qt's include folder, not only the list in LayerRules.h.
    QVERIFY2(headers.contains(QStringLiteral("QCalendarWidget")) && headers.contains(QStringLiteral("qwidget.h")),
             "the QtWidgets include folder was not found");
}

void TestLayers::realTree()
{
    const QString root = QStringLiteral(VIGIE_SOURCE_DIR);
    for (const char* folder : {"core/", "core/dataio/", "widgets/", "app/", "tools/"})
        QVERIFY2(!SourceScan::sourceFiles(root, QString::fromLatin1(folder)).isEmpty(), folder);
    const QList<Finding> findings = LayerRules::violations(root);
    if (!findings.isEmpty())
        QFAIL(qPrintable(SourceScan::report(findings)));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "TestLayers.moc"
