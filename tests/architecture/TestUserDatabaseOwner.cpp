// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the rule that only the user-data service opens the user database (UserDatabaseRules.h) on small trees
// written here, then holds the real tree to it: outside core/data/UserData.* and core/data/UserDatabase.*, no
// file of core/, widgets/ or app/ names UserDatabase, and outside core/ nothing calls ThreatDatabase::openFile,
// QSqlDatabase::addDatabase or sqlite3_open.

#include <QTemporaryDir>
#include <QTest>

#include "tests/architecture/SyntheticTree.h"
#include "tests/architecture/UserDatabaseRules.h"

using SourceScan::Finding;

namespace {

/// A tree that keeps the rule: the service and the connection name UserDatabase, core/ opens databases, the
/// others go through UserData.
SyntheticTree::Files cleanTree()
{
    return {
        {QStringLiteral("core/data/UserDatabase.h"), "class UserDatabase;\n"},
        {QStringLiteral("core/data/UserDatabase.cpp"),
         "#include \"core/data/UserDatabase.h\"\nauto db = QSqlDatabase::addDatabase(\"QSQLITE\");\n"},
        {QStringLiteral("core/data/UserData.h"),
         "#include \"core/data/UserDatabase.h\"\nclass UserData { std::unique_ptr<UserDatabase> m_db; };\n"},
        {QStringLiteral("core/data/UserData.cpp"), "UserDatabase::open(path);\nThreatDatabase::openFile(path);\n"},
        {QStringLiteral("core/data/ThreatDatabase.cpp"),
         "std::unique_ptr<ThreatDatabase> ThreatDatabase::openFile(const QString& path)\n"},
        {QStringLiteral("core/data/NativeStatement.cpp"), "sqlite3_open_v2(name, &handle, flags, nullptr);\n"},
        {QStringLiteral("core/dataio/SqlConnection.cpp"),
         "m_db(QSqlDatabase::addDatabase(QStringLiteral(\"QSQLITE\")))\n"},
        {QStringLiteral("app/Services.cpp"),
         "#include \"core/data/UserData.h\"\nQString Services::checkUserDatabase() { return m_userData.check(); }\n"
         "// ThreatDatabase::openFile is for core/ only\n/* neither QSqlDatabase::addDatabase\n nor sqlite3_open */\n"
         "const auto url = QStringLiteral(\"https://example.org\"); // sqlite3_open in a comment after a string\n"},
        {QStringLiteral("app/pages/ChartsPage.cpp"), "const auto totals = m_context.userData->totals(topic);\n"},
        {QStringLiteral("widgets/ChartView.cpp"), "// the user database: none here\n"},
        {QStringLiteral("tests/core/TestUserDatabase.cpp"), "UserDatabase::open(path);\nsqlite3_open(path, &db);\n"},
        {QStringLiteral("bench/bench_data.cpp"), "ThreatDatabase::openFile(path);\n"},
        {QStringLiteral("app/CMakeLists.txt"), "# UserDatabase\n"},
    };
}

} // namespace

class TestUserDatabaseOwner : public QObject {
    Q_OBJECT

private slots:
    void cleanTreeHasNoFinding();
    void openedOutsideTheService_data();
    void openedOutsideTheService();
    void realTree();
};

void TestUserDatabaseOwner::cleanTreeHasNoFinding()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(SyntheticTree::write(dir.path(), cleanTree()));
    const QList<Finding> findings = UserDatabaseRules::violations(dir.path());
    QVERIFY2(findings.isEmpty(), qPrintable(SourceScan::report(findings)));
}

void TestUserDatabaseOwner::openedOutsideTheService_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("rule");

    const QString named = QStringLiteral("name UserDatabase");
    QTest::newRow("app includes the connection")
        << "app/MainWindow.cpp" << QByteArray("#include \"core/data/UserDatabase.h\"") << named;
    QTest::newRow("page opens it") << "app/pages/SourcesPage.cpp"
                                   << QByteArray("if (const auto user = UserDatabase::open(path, &error))") << named;
    QTest::newRow("widget names it") << "widgets/ChartView.h" << QByteArray("class UserDatabase;") << named;
    QTest::newRow("other core file names it")
        << "core/data/ThreatDatabase.h" << QByteArray("static void import(UserDatabase& database);") << named;
    QTest::newRow("in a comment too") << "app/cli/DataCommands.cpp" << QByteArray("// see UserDatabase::open") << named;
    QTest::newRow("a look-alike outside core/data")
        << "core/models/UserData.cpp" << QByteArray("UserDatabase* m_db;") << named;
    QTest::newRow("app opens a database file")
        << "app/pages/ChartsPage.cpp" << QByteArray("const auto user = ThreatDatabase::openFile(path, &error);")
        << "ThreatDatabase::openFile outside core/";
    QTest::newRow("widget adds a connection")
        << "widgets/KpiCard.cpp" << QByteArray("auto db = QSqlDatabase::addDatabase(\"QSQLITE\", name);")
        << "QSqlDatabase::addDatabase outside core/";
    QTest::newRow("app opens SQLite itself")
        << "app/Services.cpp" << QByteArray("sqlite3_open_v2(p, &h, flags, nullptr);")
        << "sqlite3_open_v2 outside core/";
}

void TestUserDatabaseOwner::openedOutsideTheService()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, line);
    QFETCH(QString, rule);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto tree = cleanTree();
    tree.append({file, "// SPDX-License-Identifier: GPL-3.0-or-later\n\n" + line + "\n"});
    QVERIFY(SyntheticTree::write(dir.path(), tree));

    const QString problem = SyntheticTree::notTheOneFinding(UserDatabaseRules::violations(dir.path()), file, 3, line, rule);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestUserDatabaseOwner::realTree()
{
    const QString root = QStringLiteral(VIGIE_SOURCE_DIR);
    QVERIFY(!SourceScan::sourceFiles(root, QStringLiteral("app/")).isEmpty());
    const QList<Finding> findings = UserDatabaseRules::violations(root);
    if (!findings.isEmpty())
        QFAIL(qPrintable(SourceScan::report(findings)));
}

QTEST_GUILESS_MAIN(TestUserDatabaseOwner)
#include "TestUserDatabaseOwner.moc"
