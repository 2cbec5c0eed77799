// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the CSV reader that both the database build tool and the import use.

#include <QTest>

#include "core/dataio/CsvReader.h"

using Vigie::CsvReader;
using Vigie::CsvTable;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void validFiles_data();
    void validFiles();
    void invalidFiles_data();
    void invalidFiles();
};

void TestCsvReader::validFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("lastCell");
    QTest::addColumn<int>("lastLine");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << 2 << QStringLiteral("4") << 3;
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << 1 << QStringLiteral("2") << 2;
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << 1 << QStringLiteral("2") << 2;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a,b\n1,x\n") << 1 << QStringLiteral("x") << 2;
    QTest::newRow("quoted comma") << QByteArray("a,b\n1,\"x, y\"\n") << 1 << QStringLiteral("x, y") << 2;
    QTest::newRow("doubled quote") << QByteArray("a,b\n1,\"say \"\"hi\"\"\"\n") << 1 << QStringLiteral("say \"hi\"")
                                   << 2;
    QTest::newRow("line break in quotes") << QByteArray("a,b\n1,\"x\ny\"\n2,z\n") << 2 << QStringLiteral("z") << 4;
    QTest::newRow("utf-8") << QByteArray("a,b\n1,Thésée ≠ 278\xE2\x80\xAF" "770\n") << 1
                           << QStringLiteral("Thésée ≠ 278\u202F770") << 2;
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n\n") << 1 << QStringLiteral("2") << 3;
    QTest::newRow("empty cells") << QByteArray("a,b,c\n,,\n") << 1 << QString() << 2;
}

void TestCsvReader::validFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(int, rows);
    QFETCH(QString, lastCell);
    QFETCH(int, lastLine);

    const CsvTable table = CsvReader::parse(input);
    QVERIFY2(table.ok(), qPrintable(table.error));
    QCOMPARE(table.header.first(), QStringLiteral("a"));
    QCOMPARE(table.rows.size(), rows);
    QCOMPARE(table.rows.last().cells.last(), lastCell);
    QCOMPARE(table.rows.last().line, lastLine);
}

void TestCsvReader::invalidFiles_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("empty");
    QTest::newRow("only spaces") << QByteArray("  \n \n") << 1 << QStringLiteral("empty");
    QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2,3\n4,5\n") << 3 << QStringLiteral("expected 3 fields");
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2,3\n") << 2 << QStringLiteral("found 3");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"open\n") << 3 << QStringLiteral("not closed");
    QTest::newRow("quote inside field") << QByteArray("a,b\n1,x\"y\n") << 2 << QStringLiteral("quote inside");
    QTest::newRow("text after quote") << QByteArray("a,b\n1,\"x\"y\n") << 2 << QStringLiteral("after a closing");
    QTest::newRow("latin-1 byte") << QByteArray("a,b\n1,2\n3,Th\xE9s\xE9" "e\n") << 3 << QStringLiteral("UTF-8");
}

void TestCsvReader::invalidFiles()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);
    QFETCH(QString, reason);

    const CsvTable table = CsvReader::parse(input);
    QVERIFY(!table.ok());
    QCOMPARE(table.errorLine, line);
    QVERIFY2(table.error.contains(reason), qPrintable(table.error));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
