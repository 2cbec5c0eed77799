// SPDX-License-Identifier: GPL-3.0-or-later
// Tests the CSV reader that both the database build tool and the import use.

#include <QBuffer>
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
    void seamsBetweenBlocks_data();
    void seamsBetweenBlocks();
    void recordLongerThanTheMaximum();
};

namespace {

using namespace Vigie;

/// What a reader of @p input from a device, @p block bytes at a time, gives: the same table as parse().
CsvTable readInBlocks(const QByteArray& input, qsizetype block, qsizetype maximumRecord = CsvReader::defaultMaximumRecord)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, maximumRecord, block);
    return CsvReader::readAll(reader);
}

} // namespace

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

void TestCsvReader::seamsBetweenBlocks_data()
{
    validFiles_data();
}

void TestCsvReader::seamsBetweenBlocks()
{
    // Every file above, and every invalid one, read from a device with a seam at every byte: the same rows,
    // the same lines, the same errors as from memory.
    QFETCH(QByteArray, input);
    QList<QByteArray> inputs {input};
    // A file with every kind of seam: a quoted line break, CRLF, a doubled quote, characters of 2 to 4 bytes.
    inputs.append(QByteArray("k,v\r\n1,\"a\r\nb\"\r\n2,\"x\"\"y\"\r\n3,é€𝄞\r\n\r\n4,\"\"\r\n"));
    // And the invalid files, each with one fault: the same error at the same line.
    for (const char* bad : {"", "  \n \n", "a,b,c\n1,2,3\n4,5\n", "a,b\n1,2,3\n", "a,b\n1,2\n3,\"open\n", "a,b\n1,x\"y\n",
                            "a,b\n1,\"x\"y\n", "a,b\n1,2\n3,Th\xE9s\xE9" "e\n", "a,b\n1,2\n3,ok\n4,\xF0\x9D\x84\n5,x\n"})
        inputs.append(QByteArray(bad));
    for (const QByteArray& bytes : std::as_const(inputs)) {
        const CsvTable whole = CsvReader::parse(bytes);
        for (qsizetype block = 1; block <= bytes.size() + 1; ++block) {
            const CsvTable read = readInBlocks(bytes, block);
            QCOMPARE(read.error, whole.error);
            QCOMPARE(read.errorLine, whole.errorLine);
            if (whole.ok()) // a file read whole is checked as UTF-8 before its header
                QCOMPARE(read.header, whole.header);
            QCOMPARE(read.rows.size(), whole.rows.size());
            for (qsizetype r = 0; r < read.rows.size(); ++r) {
                QCOMPARE(read.rows.at(r).line, whole.rows.at(r).line);
                QCOMPARE(read.rows.at(r).cells, whole.rows.at(r).cells);
            }
        }
    }
}

void TestCsvReader::recordLongerThanTheMaximum()
{
    // A line with no end is an error at its own line once it passes the maximum, not once the file is read.
    QByteArray input("a,b\n1,2\n3,");
    input.append(QByteArray(5000, 'x'));
    const CsvTable table = readInBlocks(input, 256, 1024);
    QCOMPARE(table.errorLine, 3);
    QVERIFY2(table.error.contains(QStringLiteral("longer than 1024 bytes")), qPrintable(table.error));
    // Under the maximum, the same line is read whole.
    const CsvTable whole = readInBlocks(input, 256, 8192);
    QVERIFY2(whole.ok(), qPrintable(whole.error));
    QCOMPARE(whole.rows.last().cells.last().size(), 5000);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
